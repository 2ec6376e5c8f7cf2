/**
 * Reuse of a pair's alignment between builds. The links of a local
 * document against one other depend only on the two inputs (records,
 * clauses, citations), the segmentation dictionary and the code; the input
 * hashes and a salt for the rest make a sound key. Without it, a rebuild
 * after one document changed aligned every pair of the corpus again. The
 * store itself is the caller's (scripts keep it in files).
 */
import { createHash } from 'node:crypto';
import type { LinkRecord } from '../corpus/export-contract';
import type { AlignInput } from './alignment-units';

/** Bump when LinkRecord's shape changes, so entries of the old shape are never read back. */
const LINK_CACHE_VERSION = '1';

export interface LinkCache {
  get(key: string): LinkRecord[] | undefined;
  set(key: string, value: LinkRecord[]): void;
}

/** `salt`: what the links depend on that the inputs do not show — the scripts pass a hash of the code and of the dictionary. */
export type LinkCacheOptions = { store: LinkCache; salt: string };

/** One document's side of a key: computed once a document, however many pairs it is in. */
export function alignInputHash(input: AlignInput): string {
  return createHash('sha256')
    .update(JSON.stringify([input.document, input.clauses, input.citations ?? []]))
    .digest('hex');
}

/** `kind`: the link kind and whatever else of the options changes the links. */
export function linkCacheKey(kind: string, local: string, other: string, salt: string): string {
  return createHash('sha256')
    .update(JSON.stringify([LINK_CACHE_VERSION, salt, kind, local, other]))
    .digest('hex');
}
