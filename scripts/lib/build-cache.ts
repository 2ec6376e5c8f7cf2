/**
 * What makes `kb build` incremental: each source's parse and each document's
 * segmentation are kept in .generated/cache/ under a hash of their input and
 * of the code that computes them, so an unchanged source is not parsed again
 * an unchanged document not segmented again, and an unchanged pair of
 * documents not aligned again. The costliest per-document and per-pair
 * outputs are kept the same way: each document's comparison data, each
 * comparison's CSV files and each document's Word download.
 * KB_NO_CACHE=1 turns it off.
 */
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { SourceBuild } from '../../lib/corpus/build-source';
import type { LinkRecord } from '../../lib/corpus/export-contract';
import type { LinkCacheOptions } from '../../lib/refs/link-cache';
import { codeHash } from './code-hash';
import { FileCache } from './file-cache';
import { FileStore } from './file-store';

export const CACHE_DIR = join('.generated', 'cache');

export type BuildCache = {
  parse: FileCache<SourceBuild>;
  parseSalt: string;
  words: FileCache<string[]>;
  wordsSalt: string;
  links: FileCache<LinkRecord[]>;
  linksSalt: string;
  /** public/data/compare/doc/<id>.json, as written. */
  compareDocs: FileStore;
  /** A comparison's CSV file, one per wording (校订本, 原文). */
  compareCsv: FileStore;
  compareSalt: string;
  /** A document's .docx. */
  docx: FileStore;
  docxSalt: string;
};

/** null when KB_NO_CACHE is set. */
export function openBuildCache(dir = CACHE_DIR): BuildCache | null {
  const off = process.env.KB_NO_CACHE;
  if (off && off !== '0') return null;
  return {
    parse: new FileCache<SourceBuild>(join(dir, 'parse')),
    parseSalt: codeHash(['lib/corpus/build-source.ts', 'lib/corpus/parse-cache.ts']),
    words: new FileCache<string[]>(join(dir, 'words')),
    wordsSalt: codeHash(['scripts/lib/cached-vocabulary.ts', 'lib/search/build-vocabulary.ts', 'lib/text/segmenter.ts']),
    links: new FileCache<LinkRecord[]>(join(dir, 'links')),
    linksSalt: codeHash(['lib/refs/link-corpus.ts', 'lib/text/segmenter.ts']),
    compareDocs: new FileStore(join(dir, 'compare-docs')),
    compareCsv: new FileStore(join(dir, 'compare-csv')),
    compareSalt: codeHash(['scripts/lib/compare-data.ts', 'lib/text/segmenter.ts']),
    docx: new FileStore(join(dir, 'docx')),
    docxSalt: codeHash(['lib/study/handout-model.ts', 'lib/study/document-docx.ts', 'lib/study/pack-docx.ts', 'lib/site/site-name.ts']),
  };
}

/** The links cache for buildCorpus: alignment segments with the content's dictionary, so the dictionary is part of the key. */
export function linkCache(cache: BuildCache, terms: string[]): LinkCacheOptions {
  return { store: cache.links, salt: createHash('sha256').update(JSON.stringify([cache.linksSalt, terms])).digest('hex') };
}

/** After a successful build: drop the entries it did not use. */
export function pruneBuildCache(cache: BuildCache): void {
  cache.parse.prune();
  cache.words.prune();
  cache.links.prune();
  cache.compareDocs.prune();
  cache.compareCsv.prune();
  cache.docx.prune();
}

/** A cache key: the hash of a salt and the inputs, in order. */
export function cacheKey(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(typeof p === 'string' ? p : JSON.stringify(p)).update('\0');
  return hash.digest('hex');
}
