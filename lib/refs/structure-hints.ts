/**
 * Structural agreement between a local provision and a candidate parent
 * provision, beyond shared words. Each hint is a small, named bonus; the
 * names travel with the link as evidence (the site shows them in Chinese).
 */
import type { AlignmentUnit } from './alignment-units';
import type { Scorer } from './scorers';

export type Hint =
  /** The local text cites this very parent provision (《规定》第二十条). */
  | 'cites-parent'
  /** Both cite their own document's list of cases, and those lists are aligned (第十八条 ↔ 第二十条). */
  | 'same-internal-reference'
  /** The local provision's heading (追责方式) is found in the parent provision. */
  | 'heading'
  /** The local provision's first paragraph matches this parent best. */
  | 'lead-paragraph'
  /** Both enumerate items, and the items pair up. */
  | 'same-list'
  /** Chapter headings (or the local heading and the parent chapter) share a word. */
  | 'chapter-theme'
  /** Same relative place in the two documents. */
  | 'same-position'
  /** Falls between the parents of the neighbouring local provisions. */
  | 'sequence'
  /** Both are penalties, and this is the parent's penalty that best matches the duty the local one names. */
  | 'same-duty';

export const HINT_BONUS: Record<Hint, number> = {
  'cites-parent': 0.3,
  'same-internal-reference': 0.04,
  heading: 0.04,
  'lead-paragraph': 0.02,
  'same-list': 0.03,
  'chapter-theme': 0.02,
  'same-position': 0.02,
  sequence: 0.03,
  'same-duty': 0.1,
};

export function headingAgrees(l: AlignmentUnit, p: AlignmentUnit): boolean {
  if (!l.heading || !l.headingBag) return false;
  const text = p.clause.text;
  if (text.includes(l.heading)) return true;
  const words = l.headingBag.words;
  return words.length > 0 && words.every((w) => text.includes(w));
}

export function chapterAgrees(l: AlignmentUnit, p: AlignmentUnit): boolean {
  const mine = l.chapter ?? l.heading;
  if (!mine || !p.chapter) return false;
  return sharesBigram(mine, p.chapter);
}

export function positionAgrees(l: AlignmentUnit, p: AlignmentUnit): boolean {
  return Math.abs(l.position - p.position) <= 0.12;
}

/** At least half of the local items find a counterpart among the parent's items. */
export function listAgrees(l: AlignmentUnit, p: AlignmentUnit, scorer: Scorer, floor = 0.3): boolean {
  if (l.items.length < 2 || p.items.length < 2) return false;
  const paired = l.items.filter((li) => p.items.some((pi) => scorer.score(li.bag, pi.bag).score >= floor));
  return paired.length * 2 >= l.items.length;
}

/** Local X cites its own Y and parent P cites its own Q, where Y's provisional parent is Q. */
export function internalReferenceAgrees(l: AlignmentUnit, p: AlignmentUnit, provisional: Map<string, string>): boolean {
  return l.cites.some((y) => {
    const q = provisional.get(y);
    return q !== undefined && p.cites.includes(q);
  });
}

function sharesBigram(a: string, b: string): boolean {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < a.length; i++) grams.add(a.slice(i, i + 2));
  for (let i = 0; i + 1 < b.length; i++) if (grams.has(b.slice(i, i + 2))) return true;
  return false;
}
