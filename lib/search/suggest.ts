/**
 * "您是不是要找": a word of the query that no text holds, read as a typo of
 * one that texts do hold. Most Chinese typos come from the input method: a
 * character of the same or a like-sounding syllable (约淡 for 约谈: dan and
 * tan share their final). A candidate is a vocabulary word of the same
 * length and first character that differs in one later character; the
 * closer the two characters sound, the better. Pure: the engine hands in
 * the words and the readings, the build made them with pinyin-pro.
 */

/** Syllable → [initial, final], toneless ("zhuang" → ["zh", "uang"]). */
export function splitSyllable(s: string): [string, string] {
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/.exec(s)!;
  return [m[1] ?? '', m[2]];
}

/** 3: same syllable; 2: same final; 1: same initial; 0: neither or a reading unknown. */
export function soundCloseness(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  if (a === b) return 3;
  const [ia, fa] = splitSyllable(a);
  const [ib, fb] = splitSyllable(b);
  if (fa && fa === fb) return 2;
  if (ia && ia === ib) return 1;
  return 0;
}

export type Candidate = { word: string; closeness: number };

/**
 * Vocabulary words that `typed` may be a typo of, best first: same length,
 * same first character, one later character different and sounding like it.
 */
export function typoCandidates(typed: string, words: Iterable<string>, reading: (ch: string) => string | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const w of words) {
    if (w.length !== typed.length || w[0] !== typed[0] || w === typed) continue;
    let at = -1;
    for (let i = 1; i < w.length; i++) {
      if (w[i] === typed[i]) continue;
      if (at >= 0) {
        at = -2;
        break;
      }
      at = i;
    }
    if (at < 1) continue;
    const closeness = soundCloseness(reading(typed[at]), reading(w[at]));
    if (closeness > 0) out.push({ word: w, closeness });
  }
  return out.sort((a, b) => b.closeness - a.closeness || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
