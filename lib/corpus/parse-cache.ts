/**
 * Reuse of a source's parse between builds. buildSource depends on its input
 * alone, so the input's hash is a sound key: an unchanged source (with its
 * manifest, errata and declared lines unchanged) is not parsed again. The
 * store itself is the caller's (scripts keep it in files).
 */
import { createHash } from 'node:crypto';
import type { SourceBuild, SourceInput } from './build-source';

/** Bump when SourceBuild's shape changes, so entries of the old shape are never read back. */
const PARSE_CACHE_VERSION = '1';

export interface ParseCache {
  get(key: string): SourceBuild | undefined;
  set(key: string, value: SourceBuild): void;
}

/** `salt`: whatever else the result depends on that the input does not show — the scripts pass a hash of the parser's code. */
export function parseCacheKey(input: SourceInput, salt = ''): string {
  return createHash('sha256')
    .update(JSON.stringify([PARSE_CACHE_VERSION, salt, input]))
    .digest('hex');
}
