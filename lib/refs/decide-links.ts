/**
 * Which scored candidates become links. A provision is linked only when its
 * best candidate clears the threshold, stands clear of the runner-up, and
 * is not better implemented by another provision of the same document —
 * a local invention that borrows its neighbours' wording loses on all three.
 * A provision whose best is better implemented by another falls back to its
 * next near candidate, held to the same margin.
 * Among candidates close to the best, structure picks the top link: an
 * explicit citation, then the provision's own heading, then its first
 * paragraph, then the score. A first 款 that restates another parent article
 * outright makes that article the top link, unless a citation or the heading chose.
 */
import type { Hint } from './structure-hints';

/**
 * `parts`: the text score against each 款 of a parent with several (see AlignmentUnit.parts).
 * `lead`: on the candidate the provision's first paragraph matches best (hint 'lead-paragraph'), that
 * paragraph's own score and its lead over the paragraph's next best candidate.
 * `opens`: the same for the candidate the first paragraph matches best, against the whole article or any one of its 款.
 */
export type Cell = { j: number; lexical: number; score: number; shared: string[]; hints: Hint[]; parts?: () => number[]; lead?: { score: number; margin: number }; opens?: { score: number; margin: number } };

export type Thresholds = {
  /** Minimum score (text plus structure) for any link. */
  accept: number;
  /** Minimum text similarity alone: structure may rank candidates, never create one. */
  lexicalFloor: number;
  /** Minimum distinct shared words: two boilerplate words (之日起、施行) are no evidence. */
  minShared: number;
  /** A text similarity this high is trusted without the margin and dominance checks. */
  sure: number;
  /** The best must lead the runner-up by this much (unless sure). */
  margin: number;
  /**
   * Where the whole texts tie, a first paragraph (the provision's subject) that
   * picks one near-top candidate by this much over its own runner-up settles it.
   */
  leadMargin: number;
  /** Another local provision scoring this much higher on the same parent claims it. */
  dominance: number;
  /**
   * A first 款 that scores this much against one parent article restates it: that article is the
   * provision's top link even where its later 款 share more words with another.
   */
  restates: number;
  /** Candidates within this ratio of the best compete for the top link on structure. */
  nearTop: number;
  /** Minimum score for a second or third link. */
  secondary: number;
  maxLinks: number;
  /**
   * A best candidate this many times the runner-up is where the provision clearly points: it is not
   * dominated (several local provisions may implement one parent article — one per body or sector it names).
   */
  clearLead: number;
};

/** 'routine': a 施行日期 or 解释权 article, never linked (decided in align-documents). */
export type Decision = 'linked' | 'below-threshold' | 'ambiguous' | 'dominated' | 'routine';

/** Structure that outranks a higher score among near-equal candidates: what the text says it is about. */
const PRIORITY: Hint[] = ['cites-parent', 'heading'];

export function decideLinks(cells: Cell[][], t: Thresholds): { decision: Decision; links: Cell[] }[] {
  const claimedBy = bestRowPerColumn(cells);
  const dominated = (i: number, c: Cell) => {
    const owner = claimedBy.get(c.j);
    // A first paragraph that restates the parent is as sure as a whole text that does: a long local
    // article may open with the parent's rule and go on with its own, while a neighbour shares more words.
    const sure = c.lexical >= t.sure || (c.lead?.score ?? 0) >= t.sure;
    return owner !== undefined && owner.row !== i && owner.score - c.score >= t.dominance && !sure && !ownPart(c, owner.cell);
  };
  return cells.map((row, i) => {
    const evident = (c: Cell) => c.hints.includes('cites-parent') || (c.lexical >= t.lexicalFloor && c.shared.length >= t.minShared);
    const ranked = row.filter(evident).sort((a, b) => b.score - a.score);
    const [first, second] = ranked;
    if (!first || first.score < t.accept) return { decision: 'below-threshold' as const, links: [] };
    const runnerUp = Math.max(second?.score ?? 0, ...row.filter((c) => c !== first).map((c) => c.score));
    const clear = first.score >= t.clearLead * runnerUp;
    const near = ranked.filter((c) => c.score >= Math.max(t.accept, t.nearTop * first.score));
    let top = [...near].sort(byStructure)[0];
    if (first.lexical < t.sure && first.score - runnerUp < t.margin) {
      // A penalty that matches the parent's penalty for the very duty it names is settled by that duty.
      const led =
        near.find((c) => (c.lead?.margin ?? 0) >= t.leadMargin) ??
        (first.hints.includes('same-duty') ? first : undefined) ??
        structureLead(near, row.filter((c) => c.score >= t.nearTop * first.score));
      if (!led) return { decision: 'ambiguous' as const, links: [] };
      top = led;
    }
    // A provision that clearly points at one parent keeps it even where a sibling matches it better.
    if (!(clear && top === first) && dominated(i, top)) {
      // Another provision implements the best; the next near candidate no one claims is this one's parent
      // (one local article per 款 or per sector), when it stands as clear of the candidates left as a best must.
      const next = near.find((c) => c !== top && !dominated(i, c));
      const rest = next ? Math.max(0, ...row.filter((c) => c !== top && c !== next).map((c) => c.score)) : 0;
      if (!next || (next.lexical < t.sure && next.score - rest < t.margin)) return { decision: 'dominated' as const, links: [] };
      top = next;
    }
    // An article whose first 款 restates one parent article and whose later 款 follow another (a local
    // article that merges two): the first 款 states what the article is, so its parent is the top link.
    // Not where the top link is what the text cites or names in its heading, nor where another provision implements that article better.
    const opening = top.hints.some((h) => PRIORITY.includes(h))
      ? undefined
      : row.find((c) => c !== top && (c.opens?.score ?? 0) >= t.restates && c.opens!.margin >= t.leadMargin && c.score >= t.accept && evident(c) && !dominated(i, c));
    if (opening) return { decision: 'linked' as const, links: [opening, top].slice(0, t.maxLinks) };
    const rest = near.filter((c) => c !== top && c.score >= Math.max(t.secondary, t.accept) && !dominated(i, c));
    return { decision: 'linked' as const, links: [top, ...rest].slice(0, t.maxLinks) };
  });
}

/**
 * The candidates an alignment row reports (alignDocuments), and the cells
 * kept per row whatever their score: decideLinks compares the best with the
 * runner-up and, where the best is taken by another provision, the next
 * with the best of the rest.
 */
export const ROW_CANDIDATES = 3;

/**
 * The cells of a row that decideLinks can act on, in their order: those
 * scoring at least what a rival to a near candidate must (`nearTop` of
 * `accept`), and the row's ROW_CANDIDATES best. Dropping the others
 * changes no decision (a property test checks), so alignment need not
 * hold every local × parent cell.
 */
export function cellsThatCount<C extends { j: number; score: number }>(row: C[], t: Thresholds): C[] {
  const floor = Math.min(t.accept, t.nearTop * t.accept);
  const top = new Set([...row].sort((a, b) => b.score - a.score || a.j - b.j).slice(0, ROW_CANDIDATES));
  return row.filter((c) => c.score >= floor || top.has(c));
}

/**
 * Where the words tie, the near candidate on which structure agrees at least
 * twice more often than on any rival (chapter, position, order, first
 * paragraph…): two independent agreements are what a reader would go by.
 */
function structureLead(near: Cell[], rivals: Cell[]): Cell | undefined {
  return near.find((c) => rivals.every((r) => r === c || c.hints.length >= r.hints.length + STRUCTURE_LEAD));
}

const STRUCTURE_LEAD = 2;

function byStructure(a: Cell, b: Cell): number {
  for (const h of PRIORITY) {
    const d = Number(b.hints.includes(h)) - Number(a.hints.includes(h));
    if (d) return d;
  }
  return b.score - a.score;
}

/**
 * For each parent column, the local row that scores it highest. A row whose
 * own best lies far elsewhere does not claim the column: its link here
 * would be secondary at most, and should not push another provision off.
 */
function bestRowPerColumn(cells: Cell[][]): Map<number, { row: number; score: number; cell: Cell }> {
  const out = new Map<number, { row: number; score: number; cell: Cell }>();
  cells.forEach((row, i) => {
    for (const c of row) {
      const cur = out.get(c.j);
      if (!cur || c.score > cur.score) out.set(c.j, { row: i, score: c.score, cell: c });
    }
  });
  for (const [j, owner] of out) {
    const ownBest = Math.max(...cells[owner.row].map((c) => c.score));
    if (ownBest - owner.score > 0.15) out.delete(j);
  }
  return out;
}

/**
 * A parent article of several 款 is often implemented by several local
 * provisions, one 款 each (第三条第一款 by one, 第三款 不得打击报复 by
 * another). The provision that scores the whole article best does not claim
 * a 款 that another matches far better (at least twice) and it matches best elsewhere.
 */
function ownPart(c: Cell, owner: Cell): boolean {
  if (!c.parts || !owner.parts) return false;
  const [parts, owners] = [c.parts(), owner.parts()];
  const mine = argmax(parts);
  return mine !== argmax(owners) && parts[mine] >= 2 * owners[mine];
}

function argmax(xs: number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
  return best;
}
