/**
 * What makes `kb build` incremental: each source's parse and each document's
 * segmentation are kept in .generated/cache/ under a hash of their input and
 * of the code that computes them, so an unchanged source is not parsed again
 * and an unchanged document not segmented again. KB_NO_CACHE=1 turns it off.
 */
import { join } from 'node:path';
import type { SourceBuild } from '../../lib/corpus/build-source';
import { codeHash } from './code-hash';
import { FileCache } from './file-cache';

export const CACHE_DIR = join('.generated', 'cache');

export type BuildCache = {
  parse: FileCache<SourceBuild>;
  parseSalt: string;
  words: FileCache<string[]>;
  wordsSalt: string;
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
  };
}

/** After a successful build: drop the entries it did not use. */
export function pruneBuildCache(cache: BuildCache): void {
  cache.parse.prune();
  cache.words.prune();
}
