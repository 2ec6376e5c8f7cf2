/**
 * `kb build` is incremental: an unchanged source is not parsed again, an
 * unchanged document not segmented again and an unchanged pair of documents
 * not aligned again, and what the cache gives back is byte for byte what a
 * build without it computes.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildCorpus, type ContentFiles } from '../../lib/corpus/build-corpus';
import type { SourceBuild } from '../../lib/corpus/build-source';
import type { ParseCache } from '../../lib/corpus/parse-cache';
import type { LinkRecord } from '../../lib/corpus/export-contract';
import type { LinkCache } from '../../lib/refs/link-cache';
import { buildVocabulary } from '../../lib/search/build-vocabulary';
import { createSegmenter } from '../../lib/text/segmenter';
import { readContent } from '../../scripts/lib/read-content';
import { contentConfig } from '../../scripts/lib/content-config';
import { cachedVocabulary } from '../../scripts/lib/cached-vocabulary';
import { runKb } from '../helpers/run-kb';
import { TEST_CONTENT } from '../helpers/test-content';

/** Stores values as JSON, as the file cache does, and counts what it is asked. */
class CountingCache implements ParseCache {
  readonly store = new Map<string, string>();
  gets = 0;
  hits = 0;
  sets = 0;
  get(key: string): SourceBuild | undefined {
    this.gets++;
    const v = this.store.get(key);
    if (v !== undefined) this.hits++;
    return v === undefined ? undefined : (JSON.parse(v) as SourceBuild);
  }
  set(key: string, value: SourceBuild): void {
    this.sets++;
    this.store.set(key, JSON.stringify(value));
  }
  reset() {
    this.gets = this.hits = this.sets = 0;
  }
}

const json = (files: ContentFiles, options?: Parameters<typeof buildCorpus>[1]) => JSON.stringify(buildCorpus(files, options));
const DEHONG_SOURCE = '003_c581a559be9e3d5d.txt';
/** Text added to one source: it keeps the content valid, so the CLI build still publishes. */
const withAddition = (text: string) => text.replace('。', '。（增补）');

describe('the parse cache', () => {
  const files = readContent();
  const plain = json(files);

  it('gives the same corpus as no cache, and a second build takes every source from it', () => {
    const cache = new CountingCache();
    expect(json(files, { cache }) === plain).toBe(true);
    expect([cache.gets, cache.hits, cache.sets]).toEqual([files.sources.length, 0, files.sources.length]);
    cache.reset();
    expect(json(files, { cache }) === plain).toBe(true);
    expect([cache.gets, cache.hits, cache.sets]).toEqual([files.sources.length, files.sources.length, 0]);
  });

  it('hands out its values unchanged: nothing after the parse mutates them', () => {
    const store = new Map<string, SourceBuild>();
    const cache: ParseCache = { get: (k) => store.get(k), set: (k, v) => void store.set(k, v) };
    expect(json(files, { cache }) === plain).toBe(true);
    expect(json(files, { cache }) === plain).toBe(true);
  });

  it('parses again only the source whose text changed', () => {
    const cache = new CountingCache();
    buildCorpus(files, { cache });
    cache.reset();
    const edited = { ...files, sources: files.sources.map((s) => (s.file === DEHONG_SOURCE ? { ...s, text: withAddition(s.text) } : s)) };
    const out = json(edited, { cache });
    expect([cache.hits, cache.sets]).toEqual([files.sources.length - 1, 1]);
    expect(out).toContain('（增补）');
    expect(out === json(edited)).toBe(true);
  });

  it('parses again the source of a document whose errata or declared lines changed, but not for a new title', () => {
    const cache = new CountingCache();
    buildCorpus(files, { cache });
    const errata = files.errata[0];
    cache.reset();
    const withErrata = { ...files, errata: files.errata.map((e) => (e === errata ? { ...e, text: `${e.text}\n# edited\n` } : e)) };
    expect(json(withErrata, { cache }) === json(withErrata)).toBe(true);
    expect(cache.sets).toBe(1);

    const doc = files.documents.find((d) => d.id === 'zongzhi-weiwen-jiedu')!;
    cache.reset();
    const moved = { ...files, documents: files.documents.map((d) => (d === doc ? { ...d, text: d.text.replace('lines: "56-64"', 'lines: "57-64"') } : d)) };
    expect(json(moved, { cache }) === json(moved)).toBe(true);
    expect(cache.sets).toBe(1);

    const renamed = { ...files, documents: files.documents.map((d) => (d === doc ? { ...d, text: d.text.replace(/^(title: \{ value: )/m, '$1新') } : d)) };
    expect(renamed.documents.find((d) => d.id === doc.id)!.text).not.toBe(doc.text);
    cache.reset();
    const out = json(renamed, { cache });
    expect(cache.sets).toBe(0);
    expect(out === json(renamed)).toBe(true);
  });

  it('parses everything again when the salt (the parser code) changes', () => {
    const cache = new CountingCache();
    buildCorpus(files, { cache, salt: 'a' });
    cache.reset();
    expect(json(files, { cache, salt: 'b' }) === plain).toBe(true);
    expect(cache.sets).toBe(files.sources.length);
  });
});

/** Stores links as JSON, as the file cache does, and counts what it is asked. */
class CountingLinks implements LinkCache {
  readonly store = new Map<string, string>();
  hits = 0;
  sets = 0;
  get(key: string): LinkRecord[] | undefined {
    const v = this.store.get(key);
    if (v !== undefined) this.hits++;
    return v === undefined ? undefined : (JSON.parse(v) as LinkRecord[]);
  }
  set(key: string, value: LinkRecord[]): void {
    this.sets++;
    this.store.set(key, JSON.stringify(value));
  }
  reset() {
    this.hits = this.sets = 0;
  }
}

describe('the alignment cache', () => {
  const files = readContent();
  const plain = json(files);
  const docOf = (globalId: string) => globalId.slice(0, globalId.indexOf('#'));

  it('gives the same corpus as no cache, and a second build aligns no pair again', () => {
    const store = new CountingLinks();
    expect(json(files, { links: { store, salt: '' } }) === plain).toBe(true);
    const pairs = store.sets;
    expect(pairs).toBeGreaterThan(3);
    store.reset();
    expect(json(files, { links: { store, salt: '' } }) === plain).toBe(true);
    expect([store.hits, store.sets]).toEqual([pairs, 0]);
  });

  it('aligns again only the pairs of the document whose text changed, and everything when the salt changes', () => {
    const store = new CountingLinks();
    const before = buildCorpus(files, { links: { store, salt: '' } }).corpus;
    const pairs = store.sets;
    // The central rule: the parent in several pairs, and the document whose edit must reach them all.
    const parentId = 'zongzhi-zerenzhi-2016';
    const parent = before.documents.find((d) => d.id === parentId)!;
    const involved = new Set(before.links.filter((l) => docOf(l.to) === parentId).map((l) => docOf(l.from)));
    expect(involved.size).toBeGreaterThan(1);
    // A line of the rule's own text, lengthened: its clauses change, the rest of the source does not.
    const line = before.clauses.find((c) => c.documentId === parentId && c.kind === 'article')!.line;
    const lengthened = (text: string) => text.split('\n').map((l, i) => (i === line - 1 ? `${l}（增补）` : l)).join('\n');
    const edited = { ...files, sources: files.sources.map((s) => (s.file === parent.sourceFile ? { ...s, text: lengthened(s.text) } : s)) };
    store.reset();
    expect(json(edited, { links: { store, salt: '' } }) === json(edited)).toBe(true);
    expect(store.sets).toBe(involved.size);
    expect(store.hits).toBe(pairs - involved.size);
    store.reset();
    buildCorpus(files, { links: { store, salt: 'other code' } });
    expect([store.hits, store.sets]).toEqual([0, pairs]);
  });
});

describe('the segmentation cache', () => {
  it('gives the vocabulary of all clauses at once, and reuses every document the second time', () => {
    const files = readContent();
    const terms = files.terms ?? [];
    const { clauses } = buildCorpus(files).corpus;
    const whole = buildVocabulary(clauses, createSegmenter(terms).cut, terms);
    const store = new Map<string, string[]>();
    const cache = { get: (k: string) => store.get(k), set: (k: string, v: string[]) => void store.set(k, v) };
    const documents = new Set(clauses.map((c) => c.documentId)).size;
    const first = cachedVocabulary(clauses, terms, { cache });
    expect(first.words).toEqual(whole);
    expect([first.segmented, first.reused]).toEqual([documents, 0]);
    const second = cachedVocabulary(clauses, terms, { cache });
    expect(second.words).toEqual(whole);
    expect([second.segmented, second.reused]).toEqual([0, documents]);
  });
});

describe('kb build, twice', () => {
  // The build writes .generated/ and public/data/ under its working directory: run it in a copy.
  let work: string;
  let sources: number;

  async function build(extraEnv: Record<string, string> = {}) {
    const env: NodeJS.ProcessEnv = { ...process.env, KB_CONTENT: join(work, 'content'), ...extraEnv };
    if (!('KB_NO_CACHE' in extraEnv)) delete env.KB_NO_CACHE;
    const r = await runKb(['build'], { cwd: work, env });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  }

  /** Every published file except the cache, Word files included: they no longer record the time they were made. */
  function outputs(): Record<string, string> {
    const out: Record<string, string> = {};
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (path !== join(work, '.generated', 'cache')) walk(path);
        } else out[relative(work, path)] = readFileSync(path, 'latin1');
      }
    };
    walk(join(work, '.generated'));
    walk(join(work, 'public'));
    return out;
  }

  // Each test builds in its own copy, so neither depends on what the other left.
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'kb-incremental-'));
    cpSync(TEST_CONTENT, join(work, 'content'), { recursive: true });
    sources = readContent(contentConfig(join(work, 'content'))).sources.length;
  });

  it('parses every source the first time and none the second, writing the same files', async () => {
    const first = await build();
    expect(first).toContain(`parse: ${sources} sources re-parsed, 0 reused (cache .generated/cache)`);
    expect(first).toMatch(/segment: \d+ documents segmented, 0 reused/);
    expect(first).toMatch(/align: [1-9]\d* pairs aligned, 0 reused/);
    expect(first).toContain("(reused: 0 pairs' CSV, 0 documents' data)");
    expect(first).toContain('(reused: 0 Word files)');
    expect(existsSync(join(work, 'public', 'data', 'search', 'manifest.json'))).toBe(true);
    const before = outputs();
    expect(Object.keys(before).length).toBeGreaterThan(10);

    const second = await build();
    expect(second).toContain(`parse: 0 sources re-parsed, ${sources} reused`);
    expect(second).toMatch(/segment: 0 documents segmented, \d+ reused/);
    expect(second).toMatch(/align: 0 pairs aligned, [1-9]\d* reused/);
    const documents = (JSON.parse(before[join('.generated', 'corpus.json')]) as { documents: unknown[] }).documents.length;
    const pairs = Number(/comparisons: (\d+) pairs/.exec(second)![1]);
    expect(pairs).toBeGreaterThan(3);
    expect(second).toContain(`(reused: ${pairs} pairs' CSV, ${documents} documents' data)`);
    expect(second).toContain(`(reused: ${documents} Word files)`);
    expect(outputs()).toEqual(before);

    const uncached = await build({ KB_NO_CACHE: '1' });
    expect(uncached).toContain('cache off');
    expect(outputs()).toEqual(before);
  }, 180_000);

  it('parses only the edited source, and drops the cache entry it replaced', async () => {
    await build();
    const file = join(work, 'content', 'sources', DEHONG_SOURCE);
    writeFileSync(file, withAddition(readFileSync(file, 'utf8')));
    const out = await build();
    expect(out).toContain(`parse: 1 source re-parsed, ${sources - 1} reused`);
    expect(out).toMatch(/segment: 1 document segmented, \d+ reused/);
    // Only the edited document's comparison data and Word file are made again.
    const documents = (JSON.parse(readFileSync(join(work, '.generated', 'corpus.json'), 'utf8')) as { documents: unknown[] }).documents.length;
    expect(out).toMatch(new RegExp(`pairs' CSV, ${documents - 1} documents' data\\)`));
    expect(out).toContain(`(reused: ${documents - 1} Word files)`);
    expect(readdirSync(join(work, '.generated', 'cache', 'parse')).length).toBe(sources);
    expect(readFileSync(join(work, '.generated', 'corpus.json'), 'utf8')).toContain('（增补）');
  }, 180_000);
});
