/**
 * Items of linked provisions, paired: in （十八）追责情形 ↔ 第二十条, item 1.
 * ↔ （一）, 6. ↔ （五）. Only within a linked pair, and only clear matches.
 */
import type { LinkRecord } from '../corpus/export-contract';
import type { AlignmentUnit } from './alignment-units';
import type { Scorer } from './scorers';
import { globalId } from '../content/corpus-index';

const ITEM_ACCEPT = 0.3;
const ITEM_MARGIN = 0.05;

export function alignItems(L: AlignmentUnit[], P: AlignmentUnit[], links: LinkRecord[], scorer: Scorer): LinkRecord[] {
  const out: LinkRecord[] = [];
  const local = firstById(L);
  const parent = firstById(P);
  for (const link of links) {
    if (link.rank !== 1) continue;
    const l = local.get(link.from);
    const p = parent.get(link.to);
    if (!l || !p || !l.items.length || !p.items.length) continue;
    for (const li of l.items) {
      const scored = p.items.map((pi) => ({ pi, ...scorer.score(li.bag, pi.bag) })).sort((a, b) => b.score - a.score);
      const [best, next] = scored;
      if (!best || best.score < ITEM_ACCEPT || best.score - (next?.score ?? 0) < ITEM_MARGIN) continue;
      out.push({
        from: globalId(li.clause.documentId, li.clause.id),
        to: globalId(best.pi.clause.documentId, best.pi.clause.id),
        kind: 'implements',
        score: Math.round(best.score * 1000) / 1000,
        evidence: { sharedTerms: best.shared, hints: ['same-list'] },
        rank: 1,
      });
    }
  }
  return out;
}

/** Units by global id, the first of any repeat, as a search from the start finds it. */
function firstById(units: AlignmentUnit[]): Map<string, AlignmentUnit> {
  const out = new Map<string, AlignmentUnit>();
  for (const u of units) if (!out.has(u.globalId)) out.set(u.globalId, u);
  return out;
}
