/**
 * What makes `kb build` incremental: each source's parse and each document's
 * segmentation are kept in .generated/cache/ under a hash of their input and
 * of the code that computes them, so an unchanged source is not parsed again
 * an unchanged document not segmented again, and an unchanged pair of
 * documents not aligned again. KB_NO_CACHE=1 turns it off.
 */
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { SourceBuild } from '../../lib/corpus/build-source';
import type { LinkRecord } from '../../lib/corpus/export-contract';
import type { LinkCacheOptions } from '../../lib/refs/link-cache';
import { codeHash } from './code-hash';
import { FileCache } from './file-cache';

export const CACHE_DIR = join('.generated', 'cache');

export type BuildCache = {
  parse: FileCache<SourceBuild>;
  parseSalt: string;
  words: FileCache<string[]>;
  wordsSalt: string;
  links: FileCache<LinkRecord[]>;
  linksSalt: string;
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
}
