/**
 * The gram tokenizer: the one function that turns text into index terms, run
 * by the build on clause texts and by the CLI and the browser on queries.
 * Bigrams of the folded text find any query of two or more characters (a
 * clause containing the query contains all its bigrams); unigrams serve
 * one-character queries. A gram's bucket (a hash of it) says which index
 * shard holds it.
 */
import { fold } from './fold';

export type GramKind = 'uni' | 'bi';

/** Distinct grams of already folded text, in order of first occurrence. */
export function gramTokens(folded: string, kind: GramKind): string[] {
  const seen = new Set<string>();
  const size = kind === 'uni' ? 1 : 2;
  for (let i = 0; i + size <= folded.length; i++) seen.add(folded.slice(i, i + size));
  return [...seen];
}

/** Which gram kind answers a folded query term: unigrams only for a single character. */
export function gramKindFor(foldedTerm: string): GramKind {
  return foldedTerm.length === 1 ? 'uni' : 'bi';
}

/** FNV-1a over the gram's UTF-16 units: stable across the build and every browser. */
export function gramBucket(gram: string, shardCount: number): number {
  if (shardCount <= 1) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shardCount;
}
