/**
 * Character-level alignment of a local sentence with the parent sentence it
 * copies. What matters for errata are short gaps inside otherwise identical
 * text: a scrape that drops a word leaves the words around it intact, while a
 * drafter who rewrites a sentence changes longer stretches.
 */
import DiffMatchPatch from 'diff-match-patch';
import { foldPunctuation } from './split-sentences';
import { HAN, SENTENCE_END, SPACE } from './patterns';

export type Gap = {
  /** Offset in the local sentence where the edit starts. */
  at: number;
  /** The local text the edit replaces ('' for an insertion). */
  local: string;
  /** What the parent reads in its place. */
  parent: string;
  /** Offset of `parent` in the parent sentence. */
  parentAt: number;
  /** Identical characters right before and after the gap. */
  left: number;
  right: number;
  /** True when the context only reaches `left`/`right` by stepping over another short gap. */
  bridged: boolean;
};

export type Alignment = { equal: number; gaps: Gap[] };

type Segment = { equal: boolean; local: string; parent: string; localAt: number; parentAt: number };

/** How many identical characters count as enough context on one side. */
export const MIN_CONTEXT = 4;

const dmp = new DiffMatchPatch();
// Sentences are short: take the exact minimal diff rather than a time-boxed approximation.
dmp.Diff_Timeout = 0;

export function alignSentence(local: string, parent: string, maxGap = 4): Alignment {
  const segments = toSegments(dmp.diff_main(foldPunctuation(local), foldPunctuation(parent)), local, parent);
  const equal = segments.reduce((n, s) => n + (s.equal ? s.local.length : 0), 0);
  const gaps: Gap[] = [];
  segments.forEach((s, i) => {
    if (s.equal || !isShortGap(s, maxGap)) return;
    const before = context(segments, i, -1, maxGap);
    const after = context(segments, i, 1, maxGap);
    gaps.push({ at: s.localAt, local: s.local, parent: s.parent, parentAt: s.parentAt, left: before.run, right: after.run, bridged: before.bridged || after.bridged });
  });
  return { equal, gaps };
}

/** Runs of equal text and of edits; consecutive deletions and insertions form one edit. */
function toSegments(diffs: [number, string][], local: string, parent: string): Segment[] {
  const out: Segment[] = [];
  let li = 0;
  let pi = 0;
  for (const [op, text] of diffs) {
    const equal = op === 0;
    let last = out[out.length - 1];
    if (!last || last.equal !== equal || equal) {
      last = { equal, local: '', parent: '', localAt: li, parentAt: pi };
      out.push(last);
    }
    // Take the text from the originals: the diff ran on folded copies of the same length.
    if (op <= 0) last.local += local.slice(li, li + text.length);
    if (op >= 0) last.parent += parent.slice(pi, pi + text.length);
    if (op <= 0) li += text.length;
    if (op >= 0) pi += text.length;
  }
  return out;
}

/** A candidate gap: the parent has 1–maxGap characters of words where the local text has at most as many. */
function isShortGap(s: Segment, maxGap: number): boolean {
  if (s.parent.length < 1 || s.parent.length > maxGap || s.local.length > maxGap) return false;
  if (![...s.parent].some((c) => HAN.test(c))) return false;
  return ![...s.parent, ...s.local].some((c) => SPACE.test(c) || SENTENCE_END.test(c));
}

/** Identical characters next to segment i, stepping over short pure insertions while still too few. */
function context(segments: Segment[], i: number, dir: 1 | -1, maxGap: number): { run: number; bridged: boolean } {
  let run = 0;
  let bridged = false;
  for (let j = i + dir; j >= 0 && j < segments.length; j += dir) {
    const s = segments[j];
    if (s.equal) {
      run += s.local.length;
      if (run >= MIN_CONTEXT) break;
    } else if (s.local === '' && isShortGap(s, maxGap)) {
      bridged = true;
    } else break;
  }
  return { run, bridged };
}
