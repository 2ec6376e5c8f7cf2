/**
 * "您是不是要找": a word of the query that no text holds, read as a typo of
 * one that texts do hold. Most Chinese typos come from the input method: a
 * character of the same or a like-sounding syllable (约淡 for 约谈: dan and
 * tan share their final). A candidate is a vocabulary word of the same
 * length that differs in one character; the closer the two characters
 * sound, the better. Pure: the engine hands in
 * the words and the readings, the build made them with pinyin-pro.
 */

import { HAN } from './patterns';

/** Syllable → [initial, final], toneless ("zhuang" → ["zh", "uang"]). */
export function splitSyllable(s: string): [string, string] {
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/.exec(s)!;
  return [m[1] ?? '', m[2]];
}

/** soundCloseness of two characters read alike: the slip an input method makes. */
export const SAME_SYLLABLE = 3;

/** 3: same syllable; 2: same final; 1: same initial; 0: neither or a reading unknown. */
export function soundCloseness(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  if (a === b) return SAME_SYLLABLE;
  const [ia, fa] = splitSyllable(a);
  const [ib, fb] = splitSyllable(b);
  if (fa && fa === fb) return 2;
  if (ia && ia === ib) return 1;
  return 0;
}

export type Candidate = { word: string; closeness: number };

/**
 * Vocabulary words that `typed` may be a typo of, best first: same length,
 * one character different and sounding like it. `at`: where that character
 * may be — after the first (the words given are those the first character
 * begins), or the first itself, which must then read exactly as the right
 * one (the words given are those looked up by its sound, soundShardKey).
 */
export function typoCandidates(typed: string, words: Iterable<string>, reading: (ch: string) => string | undefined, at: 'later' | 'first' = 'later'): Candidate[] {
  const out: Candidate[] = [];
  for (const w of words) {
    if (w.length !== typed.length || w === typed) continue;
    if (at === 'later' && w[0] !== typed[0]) continue;
    let diff = -1;
    for (let i = 0; i < w.length; i++) {
      if (w[i] === typed[i]) continue;
      if (diff >= 0) {
        diff = -2;
        break;
      }
      diff = i;
    }
    if (diff < 0 || (at === 'first' && diff !== 0)) continue;
    const closeness = soundCloseness(reading(typed[diff]), reading(w[diff]));
    if (closeness > 0 && (at === 'later' || closeness === SAME_SYLLABLE)) out.push({ word: w, closeness });
  }
  return out.sort(byCloseness);
}

const byCloseness = (a: Candidate, b: Candidate) => b.closeness - a.closeness || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0);

/** A stretch of a typed term (`at`, `length`) that may be a typo of `words` (equally close, `closeness`). */
export type TypoSpot = { at: number; length: number; words: string[]; closeness: number };

/** The lengths of word a typo is looked for in: a two-character word is the shortest, four the usual longest. */
const SPOT_LENGTHS = [4, 3, 2];

/**
 * Where in a term a typo may sit: every stretch of two to four characters
 * that is no word of the vocabulary (`known`) but sounds like one that is,
 * closest first, longer first. A typo need not fall on the segmenter's word
 * boundaries (缓型的 is cut 缓 / 型的), so stretches are tried at every
 * position, except across the question's own words (`asking`: 什么, 的),
 * and, given `suspect` (suspectCharacters), only where a typo has left its
 * mark on the segmentation; the caller keeps those the texts do not hold.
 * `vocabulary`: the words the term's characters begin; `soundWords`: the
 * words looked up by the sound of a stretch's first character.
 */
export function typoSpots(
  term: string,
  vocabulary: readonly string[],
  known: (w: string) => boolean,
  reading: (ch: string) => string | undefined,
  asking: ReadonlySet<string>,
  suspect?: readonly boolean[],
  soundWords: readonly string[] = [],
): TypoSpot[] {
  const spots: TypoSpot[] = [];
  // The question's own words (什么, 哪些) are the user's, not the texts': no stretch that takes one in is a typo.
  const asked = new Array<boolean>(term.length).fill(false);
  for (const w of asking) if (w.length > 1) for (let i = term.indexOf(w); i >= 0; i = term.indexOf(w, i + 1)) asked.fill(true, i, i + w.length);
  for (let at = 0; at < term.length - 1; at++) {
    for (const length of SPOT_LENGTHS) {
      if (at + length > term.length) continue;
      const s = term.slice(at, at + length);
      if (known(s) || asked.slice(at, at + length).includes(true) || asking.has(s[0]) || asking.has(s[s.length - 1])) continue;
      if (suspect && !suspect.slice(at, at + length).includes(true)) continue;
      const candidates = [...typoCandidates(s, vocabulary, reading), ...typoCandidates(s, soundWords, reading, 'first')].sort(byCloseness);
      if (!candidates.length) continue;
      const closeness = candidates[0].closeness;
      spots.push({ at, length, closeness, words: candidates.filter((c) => c.closeness === closeness).map((c) => c.word) });
    }
  }
  return spots.sort((a, b) => b.closeness - a.closeness || b.length - a.length || a.at - b.at);
}

/**
 * The characters a typo may have touched: a typed word the vocabulary lacks
 * comes out of segmentation as single characters or an unknown run, where
 * a query typed right is cut into known words (竞业禁止 / 最长 / 约定: no
 * typo to look for, though 止最长 sounds like some rare word).
 * `segments`: the term cut with the vocabulary (segment-words, then joinUnknownRuns).
 */
export function suspectCharacters(segments: readonly string[], known: (w: string) => boolean, asking: ReadonlySet<string>): boolean[] {
  const out: boolean[] = [];
  for (const w of segments) {
    const suspect = !asking.has(w) && HAN.test(w) && (w.length === 1 || !known(w));
    for (let i = 0; i < w.length; i++) out.push(suspect);
  }
  return out;
}
