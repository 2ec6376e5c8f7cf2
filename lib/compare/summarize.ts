/**
 * The numbers on top of a comparison.
 *
 * Similarity of one aligned pair is 2·E ÷ (L + P): E characters the diff
 * finds equal, L and P the lengths of the local and the parent text (the
 * Dice ratio, as Python's difflib reports it). 1 means identical wording,
 * 0 nothing in common.
 *
 * Overall similarity weights every aligned row by its length: 2·ΣE ÷ Σ(L+P)
 * over all aligned rows, secondary pairings included. Clauses without a
 * counterpart do not enter it — the counts report those — so it answers
 * "where the texts correspond, how close is the wording?". It is null when
 * nothing is aligned.
 */
import type { AlignedRow, CompareRow, DiffSegment } from './model';
import { hasChanges } from './diff-clauses';

export type CompareSummary = {
  /** Aligned rows, secondary pairings included (one per row on the page). */
  aligned: number;
  /** Of those, rows that repeat a clause already paired in an earlier row. */
  secondary: number;
  localOnly: number;
  parentOnly: number;
  /** Aligned rows whose texts differ at all. */
  changed: number;
  similarity: number | null;
};

export function summarize(rows: CompareRow[], diffOf: (row: AlignedRow) => DiffSegment[]): CompareSummary {
  const s: CompareSummary = { aligned: 0, secondary: 0, localOnly: 0, parentOnly: 0, changed: 0, similarity: null };
  let equal = 0;
  let total = 0;
  for (const row of rows) {
    if (row.kind === 'local-only') s.localOnly++;
    else if (row.kind === 'parent-only') s.parentOnly++;
    else {
      s.aligned++;
      if (row.repeats.local || row.repeats.parent) s.secondary++;
      const segments = diffOf(row);
      if (hasChanges(segments)) s.changed++;
      const m = measure(segments);
      equal += m.equal;
      total += m.total;
    }
  }
  if (s.aligned) s.similarity = total ? (2 * equal) / total : 1;
  return s;
}

/** One pair's similarity, 2·E ÷ (L + P); two empty texts count as identical. */
export function pairSimilarity(segments: DiffSegment[]): number {
  const m = measure(segments);
  return m.total ? (2 * m.equal) / m.total : 1;
}

/** E and L + P of one diff. */
function measure(segments: DiffSegment[]): { equal: number; total: number } {
  let equal = 0;
  let total = 0;
  for (const seg of segments) {
    const n = [...seg.text].length;
    if (seg.op === 'equal') {
      equal += n;
      total += 2 * n;
    } else total += n;
  }
  return { equal, total };
}

/** 0.873 → "87%"; anything short of identical never rounds up to 100%. */
export function formatPercent(value: number | null): string {
  if (value === null) return '—';
  const pct = Math.round(value * 100);
  return `${value < 1 && pct === 100 ? 99 : pct}%`;
}
