/**
 * Character-level diff of an aligned pair, local → parent: `delete` is text
 * only the local clause has, `insert` text only the parent has. Words a
 * local text dropped from its parent therefore come out as insertions on the
 * parent side. The caller picks the wording (校订本 or 原文) by the strings
 * it passes.
 */
import DiffMatchPatch from 'diff-match-patch';
import type { DiffSegment } from './model';
import { foldForDiff } from './fold-for-diff';

export type DiffOptions = {
  /**
   * Maps each character to the form the diff compares; must keep length.
   * By default half- and full-width punctuation count as the same, so two
   * sources that print "," and "，" do not differ at every comma.
   */
  fold?: (text: string) => string;
};

export function diffClauses(local: string, parent: string, options: DiffOptions = {}): DiffSegment[] {
  const fold = options.fold ?? foldForDiff;
  const a = fold(local);
  const b = fold(parent);
  if (a.length !== local.length || b.length !== parent.length) throw new Error('diffClauses: fold must keep the length of the text');
  const dmp = new DiffMatchPatch();
  // No time limit: a deadline would make the result depend on machine speed, and clauses are short.
  dmp.Diff_Timeout = 0;
  const diffs = dmp.diff_main(a, b);
  dmp.diff_cleanupSemantic(diffs);
  return unfold(diffs, local, parent);
}

/** Walks the diff of the folded texts and hands back each side's own characters. */
function unfold(diffs: [number, string][], local: string, parent: string): DiffSegment[] {
  const out: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  for (const [op, folded] of diffs) {
    const n = folded.length;
    if (!n) continue;
    if (op === DiffMatchPatch.DIFF_EQUAL) {
      const text = local.slice(i, i + n);
      const other = parent.slice(j, j + n);
      out.push(text === other ? { op: 'equal', text } : { op: 'equal', text, parentText: other });
      i += n;
      j += n;
    } else if (op === DiffMatchPatch.DIFF_DELETE) {
      out.push({ op: 'delete', text: local.slice(i, i + n) });
      i += n;
    } else {
      out.push({ op: 'insert', text: parent.slice(j, j + n) });
      j += n;
    }
  }
  return out;
}

/** The local text a diff was made from: equal and deleted segments. */
export function localSide(segments: DiffSegment[]): string {
  return segments.map((s) => (s.op === 'insert' ? '' : s.text)).join('');
}
/** The parent text a diff was made from: equal and inserted segments. */
export function parentSide(segments: DiffSegment[]): string {
  return segments.map((s) => (s.op === 'delete' ? '' : s.op === 'equal' ? (s.parentText ?? s.text) : s.text)).join('');
}
/**
 * Whether the two texts differ in wording. A segment of nothing but
 * whitespace is layout — one text breaks a paragraph where the other runs
 * on — not a difference in what the rule says.
 */
export function hasChanges(segments: DiffSegment[]): boolean {
  return segments.some((s) => s.op !== 'equal' && !isLayoutOnly(s));
}

export function isLayoutOnly(segment: DiffSegment): boolean {
  return /^\s*$/.test(segment.text);
}
