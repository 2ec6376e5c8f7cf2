/**
 * When a reader asks for a pair the static site has no page for, the
 * generated pairs nearest to it: those that keep the chosen left document,
 * then the chosen right one, then either document on the other side;
 * declared relations before similarity-only ones.
 */
import type { PairRelation } from './compare-pairs';

export type PairRef = { local: string; parent: string; relation: PairRelation };

const RELATION_RANK: Record<PairRelation, number> = { implements: 0, 'implemented-by': 1, siblings: 2, similar: 3 };

export function nearestPairs<T extends PairRef>(pairs: T[], left: string, right: string, max = 6): T[] {
  const closeness = (p: PairRef) => (p.local === left ? 0 : p.parent === right ? 1 : p.local === right || p.parent === left ? 2 : null);
  return pairs
    .flatMap((p) => {
      const c = closeness(p);
      return c === null || (p.local === left && p.parent === right) ? [] : [{ p, rank: c * 10 + RELATION_RANK[p.relation] }];
    })
    .sort((a, b) => a.rank - b.rank)
    .slice(0, max)
    .map((x) => x.p);
}
