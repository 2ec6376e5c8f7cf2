/**
 * Stage 5 (align): which provision of one document each provision of
 * another implements (or, for kind 'similar', resembles). Lexical scores
 * come from a swappable Scorer; structure adds named bonuses and breaks
 * ties; a calibrated threshold, a margin over the runner-up and a
 * dominance rule keep local inventions unlinked rather than forced onto
 * the nearest-looking parent.
 */
import type { LinkRecord } from '../corpus/export-contract';
import { alignmentUnits, type AlignInput, type AlignmentUnit } from './alignment-units';
import type { Segmenter, TermBag } from './term-bag';
import { tfidfScorer, type Scorer, type ScorerFactory } from './scorers';
import { chapterAgrees, headingAgrees, HINT_BONUS, internalReferenceAgrees, listAgrees, positionAgrees, type Hint } from './structure-hints';
import { cellsThatCount, decideLinks, ROW_CANDIDATES, type Cell, type Decision, type Thresholds } from './decide-links';
import { alignItems } from './align-items';
import { routineKind, type RoutineKind } from '../compare/routine-articles';
import { LEADING_LABEL } from './patterns';

const HOUSEKEEPING = new Set<RoutineKind>(['effective-date', 'interpretation']);

export type { AlignInput } from './alignment-units';

export type AlignOptions = {
  segmenter: Segmenter;
  kind?: 'implements' | 'similar';
  scorer?: ScorerFactory;
  thresholds?: Partial<Thresholds>;
  /** Also pair the items of linked provisions (（十八）1. ↔ 第二十条（一）). */
  items?: boolean;
};

export type AlignmentRow = { from: string; decision: Decision; candidates: { to: string; score: number; hints: Hint[] }[] };

export type Alignment = { links: LinkRecord[]; rows: AlignmentRow[]; scorer: string };

/**
 * Defaults for any pair of documents, held to two gold alignments in
 * tests/refs (a real pair and a synthetic one, so they are not tuned to one
 * corpus); a caller can override them with `thresholds`. 'similar' links must
 * clear a higher bar.
 */
export const THRESHOLDS: Record<'implements' | 'similar', Thresholds> = {
  implements: { accept: 0.25, lexicalFloor: 0.2, minShared: 3, sure: 0.5, restates: 0.7, margin: 0.04, leadMargin: 0.2, dominance: 0.05, nearTop: 0.7, secondary: 0.3, maxLinks: 3, clearLead: 1.8 },
  similar: { accept: 0.4, lexicalFloor: 0.35, minShared: 4, sure: 0.6, restates: 0.8, margin: 0.08, leadMargin: 0.3, dominance: 0.05, nearTop: 0.85, secondary: 0.45, maxLinks: 2, clearLead: Infinity },
};

export function alignDocuments(local: AlignInput, parent: AlignInput, options: AlignOptions): Alignment {
  const kind = options.kind ?? 'implements';
  const L = local.units ?? alignmentUnits(local, options.segmenter);
  const P = parent.units ?? alignmentUnits(parent, options.segmenter);
  const scorer = (options.scorer ?? tfidfScorer)([...L, ...P].map((u) => u.bag));
  // A local 施行日期 or 解释权 article is the local text's own housekeeping: it implements nothing,
  // however alike the parent's own article reads. (Purpose and scope may restate the parent's: they compete.)
  const housekeeping = L.map((l) => kind === 'implements' && HOUSEKEEPING.has(routineKind(l.clause.text.replace(LEADING_LABEL, '')) ?? 'purpose'));
  const thresholds = { ...THRESHOLDS[kind], ...options.thresholds };
  const cells = scoreCells(L, P, scorer, thresholds, housekeeping);
  const decided = decideLinks(cells, thresholds).map((d, i) => (housekeeping[i] ? { decision: 'routine' as const, links: [] } : d));
  const links: LinkRecord[] = [];
  const rows: AlignmentRow[] = decided.map((d, i) => {
    d.links.forEach((c, rank) =>
      links.push({ from: L[i].globalId, to: P[c.j].globalId, kind, score: round(c.score), evidence: { sharedTerms: c.shared, hints: c.hints }, rank: rank + 1 }),
    );
    const candidates = [...cells[i]].sort((a, b) => b.score - a.score).slice(0, ROW_CANDIDATES).map((c) => ({ to: P[c.j].globalId, score: round(c.score), hints: c.hints }));
    return { from: L[i].globalId, decision: d.decision, candidates };
  });
  if (options.items && kind === 'implements') links.push(...alignItems(L, P, links, scorer));
  return { links, rows, scorer: scorer.name };
}

/**
 * Lexical score plus structural bonuses for every local × parent pair,
 * keeping of each row only the cells decideLinks can act on
 * (cellsThatCount): all L × P cells made a long local law against a large
 * parent take hundreds of megabytes. Rows of `skip` (housekeeping) are left empty.
 */
function scoreCells(L: AlignmentUnit[], P: AlignmentUnit[], scorer: Scorer, t: Thresholds, skip: boolean[]): Cell[][] {
  // Against all parent units at once (an inverted index when the scorer has one): the same scores as pair by pair.
  const scoreAll = scorer.against ? scorer.against(P.map((p) => p.bag)) : (a: TermBag) => Float64Array.from(P, (p) => scorer.score(a, p.bag).score);
  // A first pass keeps of each row only its best parent and whether it stands clear; the second scores the row again.
  const provisional = new Map<string, string>();
  const confident = L.map((l) => {
    const row = scoreAll(l.bag);
    const j = argmax(row);
    if (j >= 0) provisional.set(l.clause.id, P[j].clause.id);
    return isConfident(row) ? j : -1;
  });
  const anchors = sequenceAnchors(confident);
  const penalties = P.flatMap((p, j) => (p.sanction ? [j] : []));
  return L.map((l, i) => {
    if (skip[i]) return [];
    const base = scoreAll(l.bag);
    const punishes = l.duty && penalties.length ? dutyPenalty(scoreAll(l.duty), penalties) : -1;
    const leadScores = scoreAll(l.lead);
    const byLeadBest = bestWithLead(leadScores);
    const multi = l.lead !== l.bag && l.lead.words.length < l.bag.words.length;
    // Only an article of several 款 (not a lead-in to a list), and not one with its own heading
    // (（五）部门（单位）职责。), which names its subject there rather than in its first 款.
    const opening = multi && l.paragraphs > 1 && !l.heading ? bestWithLead(againstArticlesAndParts(l.lead, leadScores, P, scorer)) : null;
    const scored = P.map((p, j) => {
      const hints: Hint[] = [];
      if (l.citesElsewhere.includes(p.globalId)) hints.push('cites-parent');
      if (internalReferenceAgrees(l, p, provisional)) hints.push('same-internal-reference');
      if (headingAgrees(l, p)) hints.push('heading');
      const byLead = byLeadBest?.j === j && multi;
      if (byLead) hints.push('lead-paragraph');
      if (listAgrees(l, p, scorer)) hints.push('same-list');
      if (chapterAgrees(l, p)) hints.push('chapter-theme');
      if (positionAgrees(l, p)) hints.push('same-position');
      if (anchors[i] && j >= anchors[i]!.low && j <= anchors[i]!.high) hints.push('sequence');
      if (j === punishes) hints.push('same-duty');
      const bonus = hints.reduce((s, h) => s + HINT_BONUS[h], 0);
      return { j, score: Math.min(1, base[j] + bonus), hints, byLead };
    });
    return cellsThatCount(scored, t).map(({ j, score, hints, byLead }): Cell => {
      const p = P[j];
      const parts = p.parts.length ? { parts: partScores(l.bag, p.parts, scorer) } : {};
      const lead = byLead ? { lead: { score: leadScores[j], margin: byLeadBest!.margin } } : {};
      const opens = opening?.j === j ? { opens: opening } : {};
      return { j, lexical: base[j], score, shared: scorer.shared(l.bag, p.bag), hints, ...parts, ...lead, ...opens };
    });
  });
}

/**
 * A first 款's score against each parent article: against the whole article or against its best
 * 款, whichever is higher. A local article often restates one 款 of a long parent article in its
 * first 款, and the rest of the parent's text would dilute that match. Only the articles the first
 * 款 already matches best as wholes are scored by 款: indexing every 款 of a large parent for each
 * pair made aligning the whole corpus markedly slower.
 */
function againstArticlesAndParts(lead: TermBag, wholeScores: Float64Array, P: AlignmentUnit[], scorer: Scorer): Float64Array {
  const scores = Float64Array.from(wholeScores);
  const near = [...scores.keys()].sort((a, b) => scores[b] - scores[a] || a - b).slice(0, PART_CANDIDATES);
  for (const j of near) for (const part of P[j].parts) scores[j] = Math.max(scores[j], scorer.score(lead, part).score);
  return scores;
}

const PART_CANDIDATES = 8;

/** The best of a row and its lead over the runner-up. */
function bestWithLead(row: Float64Array): { j: number; score: number; margin: number } | null {
  const j = argmax(row);
  return j < 0 ? null : { j, score: row[j], margin: row[j] - Math.max(0, ...row.filter((_, k) => k !== j)) };
}

/** A row whose best stands well clear of the rest: an anchor for the order of its neighbours. */
function isConfident(row: Float64Array): boolean {
  let best = -Infinity;
  let second = -Infinity;
  for (const x of row) {
    if (x > best) [best, second] = [x, best];
    else if (x > second) second = x;
  }
  return best >= 0.35 && best - (row.length > 1 ? second : 0) >= 0.1;
}

/**
 * The local text's score against each 款 of a parent (AlignmentUnit.parts),
 * computed when first asked: only the dominance check of a contested
 * candidate needs it, and scoring every 款 of every parent made alignment a
 * third slower.
 */
function partScores(bag: TermBag, parts: TermBag[], scorer: Scorer): () => number[] {
  let scores: number[] | null = null;
  return () => (scores ??= parts.map((b) => scorer.score(bag, b).score));
}

/**
 * The parent penalty that best matches the duty a local penalty names: one
 * more scoring pass per such local penalty (an inverted-index lookup), none
 * for other provisions.
 */
function dutyPenalty(scores: Float64Array, penalties: number[]): number {
  let best = -1;
  for (const j of penalties) if (best < 0 || scores[j] > scores[best]) best = j;
  return best;
}

/**
 * For each local unit, the parent range its confidently matched neighbours
 * bracket: provisions are usually implemented in their parent's order.
 * `confident`: each unit's best parent where it stands clear (isConfident), else -1.
 */
function sequenceAnchors(confident: number[]): ({ low: number; high: number } | null)[] {
  // The nearest confident neighbour on each side, found in one pass each way rather than a search per unit.
  const before: number[] = [];
  for (let i = 0, last = -1; i < confident.length; i++) {
    before.push(last);
    if (confident[i] >= 0) last = confident[i];
  }
  const after: number[] = new Array(confident.length);
  for (let i = confident.length - 1, next = -1; i >= 0; i--) {
    after[i] = next;
    if (confident[i] >= 0) next = confident[i];
  }
  return confident.map((_, i) => {
    const low = before[i];
    const high = after[i];
    if (low < 0 && high < 0) return null;
    return { low: Math.max(0, low), high: high < 0 ? Infinity : high };
  });
}

function argmax(xs: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < xs.length; i++) if (best < 0 || xs[i] > xs[best]) best = i;
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
