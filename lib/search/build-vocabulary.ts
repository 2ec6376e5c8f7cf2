/**
 * The word list queries are segmented against: every word of two or more
 * folded characters that the build's segmenter (nodejieba with the legal
 * dictionary) finds in the clauses' own texts, plus the dictionary's terms.
 * A stage of its own so the benchmark can time segmentation apart from indexing.
 */
import type { ClauseRecord } from '../corpus/export-contract';
import { clausePieces } from './clause-pieces';
import { fold } from './fold';
import { WORDLIKE } from './patterns';

export function buildVocabulary(clauses: ClauseRecord[], cut: (text: string) => string[], terms: string[]): string[] {
  const words = new Set<string>();
  const keep = (w: string) => {
    const f = fold(w);
    if (f.length >= 2 && WORDLIKE.test(f)) words.add(f);
  };
  for (const list of clausePieces(clauses).pieces) for (const p of list) if (typeof p === 'string') cut(p).forEach(keep);
  terms.forEach(keep);
  return [...words].sort();
}
