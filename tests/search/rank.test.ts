/** Ranking: phrase before scattered, all words before some, natural questions, structure. */
import { beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../lib/search/fold';
import type { SearchEngine, SearchHit } from '../../lib/search/search-engine';
import { allHits, buildEngine, foldedTextOf, holdsWording, keyOf, loadCorpus, unitKeyOf } from './helpers';

let engine: SearchEngine;
beforeAll(async () => {
  engine = (await buildEngine()).engine;
});

const TIER = { phrase: 0, all: 1, some: 2 } as const;
const isOrdered = (hits: SearchHit[]) => hits.every((h, i) => i === 0 || (TIER[hits[i - 1].match] <= TIER[h.match] && hits[i - 1].score >= h.score));

/** The provision that holds the clause starting with this text. */
function unitKey(documentId: string, startsWith: string): string {
  const c = loadCorpus().clauses.find((x) => x.documentId === documentId && x.text.startsWith(startsWith));
  if (!c) throw new Error(`no clause of ${documentId} starts with ${startsWith}`);
  return unitKeyOf(documentId, c.id);
}

describe('tiers', () => {
  it.each(['信访工作责任', '维护社会稳定责任制', '综治维稳领导责任制'])('%s: exact phrase matches come before scattered ones', async (q) => {
    const hits = await allHits(engine, q);
    expect(hits.some((h) => h.match === 'phrase')).toBe(true);
    expect(hits.some((h) => h.match !== 'phrase')).toBe(true);
    expect(isOrdered(hits)).toBe(true);
  });

  it.each(['约谈 整改', '考核 奖惩', '信访 责任追究', '一票否决 警示 整改'])('%s: clauses with every word come first', async (q) => {
    const result = await engine.search(q, { limit: 100_000 });
    const hits = result.hits;
    expect(result.counts.all + result.counts.phrase).toBeGreaterThan(0);
    expect(result.counts.some).toBeGreaterThan(0);
    expect(isOrdered(hits)).toBe(true);
    const complete = hits.filter((h) => h.match !== 'some');
    for (const h of complete) expect(result.words.every((w) => holdsWording(foldedTextOf(h), w))).toBe(true);
    for (const h of hits.filter((x) => x.match === 'some')) expect(result.words.every((w) => holdsWording(foldedTextOf(h), w))).toBe(false);
  });

  it('约谈 整改: the first hits are the provisions on 约谈 that order 整改', async () => {
    const top = (await allHits(engine, '约谈 整改')).slice(0, 3);
    for (const h of top) {
      expect(h.kind).toBe('article');
      expect(textOf(h)).toMatch(/约谈[^。]*整改|整改[^。]*约谈/);
    }
  });
});

describe('natural questions', () => {
  it('重大情报信息多长时间内上报 puts the one-hour reporting rule in the top 3', async () => {
    const target = unitKey('x-weiwen-zerenzhi-xize', '（4）重大情报信息必须在事件发生后1小时内上报');
    const top = (await allHits(engine, '重大情报信息多长时间内上报')).slice(0, 3).map(keyOf);
    expect(top).toContain(target);
  });

  it('question words are dropped, the content words kept', async () => {
    const r = await engine.search('哪些情形实行一票否决');
    expect(r.words).toContain('一票否决');
    expect(r.words).not.toContain('哪些');
    expect(r.hits.length).toBeGreaterThan(0);
    expect(foldedTextOf(r.hits[0])).toContain('一票否决');
  });
});

describe('structure', () => {
  it('article-level text ranks above the title lines that repeat the query', async () => {
    const hits = (await allHits(engine, '维护社会稳定责任制')).filter((h) => h.match === 'phrase');
    const firstTitle = hits.findIndex((h) => h.kind === 'title');
    expect(firstTitle).toBeGreaterThan(0);
    expect(hits.slice(0, firstTitle).some((h) => ['article', 'item', 'subitem', 'paragraph'].includes(h.kind))).toBe(true);
  });

  it('a hit links to the smallest clause that holds its matches', async () => {
    const [h] = (await engine.search('重大情报信息必须在事件发生后1小时内上报', { limit: 1 })).hits;
    expect(h.label).toBe('三、（二）1.（4）');
    expect(textOf(h)).toContain('1小时内上报');
    // An outline's name holds its headings; a 第N条's path gives the chapter its name leaves out.
    expect(h.path).toEqual([]);
    const [item] = (await engine.search('本地区本系统本单位发生特别重大刑事案件', { limit: 1 })).hits;
    expect([item.label, item.path]).toEqual(['第二十条第（三）项', ['第五章']]);
  });
});

describe('hits carry what the UI shows', () => {
  it('label, path, document title and a snippet whose marks are matches', async () => {
    const [h] = (await engine.search('挂牌督办', { limit: 1 })).hits;
    expect(h.label).not.toBe('');
    expect(h.documentTitle.length).toBeGreaterThan(0);
    for (const [a, b] of h.snippet.highlights) expect(fold(h.snippet.text.slice(a, b))).toBe('挂牌督办');
  });

  it('marks in a traditional-character query land on the simplified text', async () => {
    const [h] = (await engine.search('掛牌督辦', { limit: 1 })).hits;
    expect(h.snippet.highlights.length).toBeGreaterThan(0);
    for (const [a, b] of h.snippet.highlights) expect(h.snippet.text.slice(a, b)).toBe('挂牌督办');
  });
});

/** The text of the clause a hit links to. */
function textOf(h: SearchHit): string {
  return loadCorpus().clauses.find((c) => c.documentId === h.documentId && c.id === h.clauseId)!.text;
}
