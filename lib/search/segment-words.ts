/**
 * Query-side word segmentation: maximum matching against the vocabulary that
 * `kb build` collected with nodejieba. nodejieba cannot run in the browser;
 * this function runs in both the CLI and the browser over the same shipped
 * word list, so both segment every query the same way.
 */
export type Lexicon = { has(word: string): boolean; maxLength: number };

export function createLexicon(words: Iterable<string>): Lexicon {
  const set = new Set<string>();
  let maxLength = 1;
  for (const w of words) {
    set.add(w);
    maxLength = Math.max(maxLength, w.length);
  }
  return { has: (w) => set.has(w), maxLength };
}

/**
 * Forward and backward maximum matching; the reading with fewer words wins,
 * then the one with fewer stray characters, then the backward one (which
 * errs less on Chinese). A stray is a single character the lexicon does not
 * hold: 辖 of 辖 / 区的 / 治安 is a word broken, where 的 of 辖区 / 的 / 治安
 * is a word of its own (the question words are in the lexicon).
 */
export function segmentWords(folded: string, lexicon: Lexicon): string[] {
  const forward = matchForward(folded, lexicon);
  const backward = matchBackward(folded, lexicon);
  if (forward.length !== backward.length) return forward.length < backward.length ? forward : backward;
  return strays(forward, lexicon) < strays(backward, lexicon) ? forward : backward;
}

function matchForward(s: string, lex: Lexicon): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    let len = Math.min(lex.maxLength, s.length - i);
    while (len > 1 && !lex.has(s.slice(i, i + len))) len--;
    out.push(s.slice(i, i + len));
    i += len;
  }
  return out;
}

function matchBackward(s: string, lex: Lexicon): string[] {
  const out: string[] = [];
  for (let j = s.length; j > 0; ) {
    let len = Math.min(lex.maxLength, j);
    while (len > 1 && !lex.has(s.slice(j - len, j))) len--;
    out.unshift(s.slice(j - len, j));
    j -= len;
  }
  return out;
}

const strays = (words: string[], lex: Lexicon) => words.filter((w) => w.length === 1 && !lex.has(w)).length;
