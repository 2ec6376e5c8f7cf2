/**
 * Word-level diff of an aligned pair, local → parent: `delete` is text only
 * the local clause has, `insert` text only the parent has. Words a local
 * text dropped from its parent therefore come out as insertions on the
 * parent side. The caller picks the wording (校订本 or 原文) by the strings
 * it passes.
 *
 * The diff runs over words, not characters: a reworded clause then reads
 * "「本规定」→「本办法」" rather than fragments such as 本〔规定第二十〕条
 * that happen to share a character. The words are the segmenter's (the same
 * jieba segmentation the aligner uses; in the browser, its recording); with
 * no segmenter, every character is a word.
 */
import DiffMatchPatch from 'diff-match-patch';
import type { Segmenter } from '../refs/term-bag';
import type { DiffSegment } from './model';
import { foldForDiff } from './fold-for-diff';

export type DiffOptions = {
  /**
   * Maps each character to the form the diff compares; must keep length.
   * By default half- and full-width punctuation count as the same, so two
   * sources that print "," and "，" do not differ at every comma.
   */
  fold?: (text: string) => string;
  /** Splits a text into the words the diff compares; must give back the whole text. */
  segmenter?: Segmenter;
};

export function diffClauses(local: string, parent: string, options: DiffOptions = {}): DiffSegment[] {
  const fold = options.fold ?? foldForDiff;
  const a = tokens(local, options.segmenter);
  const b = tokens(parent, options.segmenter);
  // Each distinct folded word becomes one code unit, so diff-match-patch diffs words as it would characters.
  const codes = new Map<string, string>();
  const encode = (text: string, words: string[]) => {
    const folded = fold(text);
    if (folded.length !== text.length) throw new Error('diffClauses: fold must keep the length of the text');
    let out = '';
    let at = 0;
    for (const w of words) {
      const key = folded.slice(at, (at += w.length));
      let code = codes.get(key);
      if (code === undefined) {
        code = codeUnit(codes.size);
        codes.set(key, code);
      }
      out += code;
    }
    return out;
  };
  const dmp = new DiffMatchPatch();
  // No time limit: a deadline would make the result depend on machine speed, and clauses are short.
  dmp.Diff_Timeout = 0;
  const diffs = dmp.diff_main(encode(local, a), encode(parent, b));
  dmp.diff_cleanupSemantic(diffs);
  return unfold(diffs, a, b);
}

function tokens(text: string, segmenter: Segmenter | undefined): string[] {
  if (!segmenter) return text.split('');
  const words = segmenter.cut(text);
  if (words.join('') !== text) throw new Error(`diffClauses: segmentation does not join back to its text: ${JSON.stringify(text.slice(0, 40))}`);
  return words;
}

/** The n-th code unit outside the surrogate range (which would not stand alone). */
function codeUnit(n: number): string {
  const c = n + 1;
  if (c >= 0xffff - 0x800) throw new Error('diffClauses: more distinct words than one diff can code');
  return String.fromCharCode(c < 0xd800 ? c : c + 0x800);
}

/** Walks the diff of the coded words and hands back each side's own characters. */
function unfold(diffs: [number, string][], local: string[], parent: string[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  for (const [op, coded] of diffs) {
    const n = coded.length;
    if (!n) continue;
    if (op === DiffMatchPatch.DIFF_EQUAL) {
      const text = local.slice(i, i + n).join('');
      const other = parent.slice(j, j + n).join('');
      out.push(text === other ? { op: 'equal', text } : { op: 'equal', text, parentText: other });
      i += n;
      j += n;
    } else if (op === DiffMatchPatch.DIFF_DELETE) {
      out.push({ op: 'delete', text: local.slice(i, i + n).join('') });
      i += n;
    } else {
      out.push({ op: 'insert', text: parent.slice(j, j + n).join('') });
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
