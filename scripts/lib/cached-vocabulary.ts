/**
 * The search vocabulary, segmented one document at a time so that a build
 * segments only the documents whose clauses changed. Segmentation is the
 * slow part of indexing. The result is exactly buildVocabulary over all
 * clauses: a clause's pieces depend only on its own document's clauses, and
 * the vocabulary is a sorted set, so the union of the documents' word lists
 * plus the dictionary terms is the same list.
 */
import { createHash } from 'node:crypto';
import type { ClauseRecord } from '../../lib/corpus/export-contract';
import { buildVocabulary } from '../../lib/search/build-vocabulary';
import { createSegmenter } from '../../lib/text/segmenter';

/** Bump when the stored word lists change meaning, so old entries are never read back. */
const WORDS_CACHE_VERSION = '1';

export type WordCache = { get(key: string): string[] | undefined; set(key: string, value: string[]): void };

export type SegmentedWords = { words: string[]; segmented: number; reused: number };

/** `salt`: a hash of the segmentation code (see code-hash.ts). */
export function cachedVocabulary(clauses: ClauseRecord[], terms: string[], options: { cache?: WordCache; salt?: string } = {}): SegmentedWords {
  const byDocument = new Map<string, ClauseRecord[]>();
  for (const c of clauses) {
    const list = byDocument.get(c.documentId);
    if (list) list.push(c);
    else byDocument.set(c.documentId, [c]);
  }
  // Created on the first document that is not reused.
  let cut: ((text: string) => string[]) | null = null;
  const words = new Set(buildVocabulary([], () => [], terms));
  let segmented = 0;
  let reused = 0;
  for (const list of byDocument.values()) {
    // What the pieces are made of (ids and parents place children in the text), and the dictionary the segmenter uses.
    const key = createHash('sha256')
      .update(JSON.stringify([WORDS_CACHE_VERSION, options.salt ?? '', terms, list.map((c) => [c.id, c.parentId, c.text])]))
      .digest('hex');
    let own = options.cache?.get(key);
    if (own) reused++;
    else {
      cut ??= createSegmenter(terms).cut;
      own = buildVocabulary(list, cut, []);
      options.cache?.set(key, own);
      segmented++;
    }
    for (const w of own) words.add(w);
  }
  return { words: [...words].sort(), segmented, reused };
}
