/**
 * Sentences of a line or passage, for aligning a copied text with the text
 * it copies. A sentence keeps its closing mark; offsets point into the input,
 * so a match found in a sentence can be located on its source line.
 */
import { FULL_WIDTH, HAN, SENTENCE_END, SPACE } from './patterns';

export type Sentence = { start: number; text: string };

/** Split after each mark `ends` matches (sentence ends by default; CLAUSE_END for clauses) and at line breaks. */
export function splitSentences(text: string, ends: RegExp = SENTENCE_END): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && SPACE.test(text[s])) s++;
    while (e > s && SPACE.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) if (ends.test(text[i]) || text[i] === '\n') push(i + 1);
  push(text.length);
  return out;
}

/** The comparison form: ASCII marks as full-width, one character for one, so offsets carry over. */
export function foldPunctuation(text: string): string {
  let out = '';
  for (const ch of text) out += FULL_WIDTH[ch] ?? ch;
  return out;
}

/** Adjacent ideograph pairs: the unit of "shares text with" and of "attested". */
export function bigramsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) if (HAN.test(text[i]) && HAN.test(text[i + 1])) out.add(text.slice(i, i + 2));
  return out;
}
