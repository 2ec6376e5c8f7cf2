/**
 * Damage repeats: a scrape that drops 奖 before 惩 once usually drops it
 * everywhere. Once a parallel sentence establishes a gap word and the word it
 * belongs with (奖 in 奖惩, 政府 after 党委和), other places where that
 * neighbour stands alone are listed as low-confidence candidates, marked as
 * repeated patterns. They have no parallel sentence of their own, so an
 * editor must confirm each. Only words the document never writes intact
 * establish a pattern.
 */
import type { ErratumCandidate, LocalLine } from './suggest-errata';
import { ALL_HAN, HAN } from './patterns';
import { placeEdit } from './place-edit';
import { minimalEdit } from './resolve-errata';
import { MIN_CONTEXT } from './align-sentence';

export type RepeatInput = {
  lines: LocalLine[];
  /** Parallel candidates; those of high or medium confidence establish patterns. */
  established: ErratumCandidate[];
  /** Ideograph pairs the parent writes. */
  attested: Set<string>;
  parentTexts: string[];
  segment?: (text: string) => string[];
};

/** The gap word and the neighbour it is missing from, on one side. */
type Pattern = { word: string; anchor: string; side: 'left' | 'right'; from: ErratumCandidate };

/** How often the anchor must stand next to the word in the parent for the pattern to predict it. */
const MIN_RATIO = 0.5;

export function repeatGaps(input: RepeatInput): ErratumCandidate[] {
  const patterns = input.established
    // Only a word the document never writes is dropped systematically; one it writes elsewhere may be missing by choice.
    .filter((c) => c.basis === 'parallel' && c.kind === 'insertion' && c.confidence !== 'low' && ALL_HAN.test(c.parallel.reading))
    .filter((c) => !input.lines.some((l) => l.text.includes(c.parallel.reading)))
    .flatMap((c) => anchorsOf(c, input.segment))
    .filter((p) => predicts(p, input.parentTexts));
  const taken = new Set(input.established.map((c) => `${c.line}:${c.column}`));
  const out: ErratumCandidate[] = [];
  for (const line of input.lines) {
    const tokens = input.segment ? boundaries(line.text, input.segment) : null;
    for (const p of patterns) {
      for (const at of insertionPoints(line.text, p)) {
        if (taken.has(`${line.line}:${at}`) || !fits(line.text, at, p, input.attested, tokens)) continue;
        taken.add(`${line.line}:${at}`);
        out.push(toCandidate(line, at, p));
      }
    }
  }
  return out;
}

/** The neighbours that make the gap word recognisable, read from the parent sentence's words. */
function anchorsOf(c: ErratumCandidate, segment?: (text: string) => string[]): Pattern[] {
  const { sentence, at, reading: word } = c.parallel;
  const end = at + word.length;
  const make = (anchor: string, side: Pattern['side']): Pattern[] => (anchor && ALL_HAN.test(anchor) ? [{ word, anchor, side, from: c }] : []);
  const cuts = segment ? boundaries(sentence, segment) : null;
  if (!cuts) return [...make(sentence.slice(Math.max(0, at - 2), at), 'left'), ...make(sentence.slice(end, end + 2), 'right')];
  const before = [...cuts].filter((b) => b <= at).pop() ?? 0;
  const after = [...cuts].find((b) => b >= end) ?? sentence.length;
  // The gap is part of a longer word (奖 of 奖惩制度): its neighbour inside that word is the anchor.
  if (before < at || after > end) return [...make(sentence.slice(Math.max(before, at - 1), at), 'left'), ...make(sentence.slice(end, Math.min(after, end + 1)), 'right')];
  // The gap is a whole word (政府): the neighbouring words, at least two characters' worth.
  const sorted = [...cuts].sort((a, b) => a - b);
  const leftStart = sorted.filter((b) => b < at).reverse().find((b, i) => at - b >= 2 || i === 1) ?? at;
  const rightEnd = sorted.filter((b) => b > end).find((b, i) => b - end >= 2 || i === 1) ?? end;
  return [...make(sentence.slice(leftStart, at), 'left'), ...make(sentence.slice(end, rightEnd), 'right')];
}

/** Whether the parent writes the word next to the anchor often enough for the anchor to predict it. */
function predicts(p: Pattern, parentTexts: string[]): boolean {
  let seen = 0;
  let withWord = 0;
  for (const text of parentTexts) {
    for (let i = text.indexOf(p.anchor); i >= 0; i = text.indexOf(p.anchor, i + 1)) {
      seen++;
      const next = p.side === 'left' ? text.slice(i + p.anchor.length, i + p.anchor.length + p.word.length) : text.slice(i - p.word.length, i);
      if (next === p.word) withWord++;
    }
  }
  return withWord > 0 && withWord / seen >= MIN_RATIO;
}

/** Where the word would go next to each lone occurrence of the anchor. */
function insertionPoints(text: string, p: Pattern): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(p.anchor); i >= 0; i = text.indexOf(p.anchor, i + 1)) {
    const at = p.side === 'left' ? i + p.anchor.length : i;
    const present = p.side === 'left' ? text.slice(at, at + p.word.length) : text.slice(at - p.word.length, at);
    if (present !== p.word) out.push(at);
  }
  return out;
}

/**
 * The side away from the anchor must look broken: a mark or line edge, or a
 * pair of ideographs the parent never writes that is not one word (激励
 * keeps its 励; 给予励 lacks 奖).
 */
function fits(text: string, at: number, p: Pattern, attested: Set<string>, cuts: Set<number> | null): boolean {
  const other = p.side === 'left' ? text[at] : text[at - 1];
  if (other === undefined || !HAN.test(other)) return true;
  if (cuts && !cuts.has(at)) return false;
  return !attested.has(text.slice(at - 1, at + 1));
}

/** Offsets where words start or end, if the segmentation tiles the text. */
function boundaries(text: string, segment: (text: string) => string[]): Set<number> | null {
  const tokens = segment(text);
  if (tokens.join('') !== text) return null;
  const out = new Set<number>([0]);
  let at = 0;
  for (const t of tokens) out.add((at += t.length));
  return out;
}

function toCandidate(line: LocalLine, at: number, p: Pattern): ErratumCandidate {
  const placed = placeEdit(line.text, at, 0, p.word, MIN_CONTEXT, MIN_CONTEXT);
  const edit = minimalEdit(placed.find, placed.replace);
  const pair = p.side === 'left' ? p.anchor + p.word : p.word + p.anchor;
  return {
    id: '',
    line: line.line,
    column: placed.start + edit.offset,
    clauseId: line.clauseId,
    kind: 'insertion',
    original: '',
    corrected: edit.corrected,
    find: placed.find,
    replace: placed.replace,
    confidence: 'low',
    basis: 'repeated',
    parallel: p.from.parallel,
    // Evidence for legal staff, in the errata's language; it says plainly that this place has no parallel of its own.
    evidence: `重复脱字模式（此处无平行句）：本文件从未出现“${p.word}”；第 ${p.from.line} 行同样的“${pair}”据${p.from.evidence}补正`,
    note: `REPEATED PATTERN of line ${p.from.line}: “${p.word}” missing ${p.side === 'left' ? 'after' : 'before'} “${p.anchor}”; “${p.word}” never occurs intact in this document`,
  };
}
