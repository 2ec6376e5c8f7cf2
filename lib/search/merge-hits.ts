/**
 * One term's hits and its synonyms' as one: a provision holding any of them
 * holds the term. Positions merge where every wording has them; a hot
 * wording (no positions) makes the merged term count as present once, as
 * a hot term does.
 */
import type { Positions } from './postings';
import type { TermHits } from './term-matcher';

export function mergeHits(hits: TermHits[]): TermHits {
  if (hits.length === 1) return hits[0];
  const units = [...new Set(hits.flatMap((h) => h.units))].sort((a, b) => a - b);
  const positioned = hits.every((h) => h.positions);
  let positions: Positions | null = null;
  if (positioned) {
    positions = new Map();
    for (const h of hits)
      for (const [u, p] of h.positions!) {
        const had = positions.get(u);
        positions.set(u, had ? { ...had, at: [...new Set([...had.at, ...p.at])].sort((a, b) => a - b) } : p);
      }
  }
  const ranked = positioned ? null : hits.flatMap((h) => h.ranked ?? []).sort((a, b) => b.score - a.score || a.unit - b.unit);
  return { term: hits[0].term, units, positions, ranked };
}
