/**
 * 文号 whose year brackets do not pair: "赣综治办(2010]34号", "〔2016)8号".
 * Scrapes mix bracket styles, so any matching pair is accepted as printed;
 * a mismatched pair is damage. The repair closes with the partner of the
 * opening bracket — one character, the least the text must change — and is
 * used alike by the finding, the errata candidate and the citation
 * extractor, so a broken bracket is never copied on as a 文号.
 */
import { DOC_NUMBER } from '../refs/patterns';

const PARTNER: Record<string, string> = { '〔': '〕', '［': '］', '[': ']', '（': '）', '(': ')', '【': '】' };
const YEAR_BRACKETS = /([〔［[（(【])((?:19|20)[0-9]{2})([〕］\]）)】])/;

export type BrokenDocNumber = {
  /** Offset of the 文号 (from its prefix) in the text. */
  start: number;
  raw: string;
  repaired: string;
  /** The bracketed year as printed and as repaired: "(2010]" → "(2010)". */
  find: string;
  replace: string;
};

/** The 文号 as printed, its year brackets paired if they were not. */
export function repairDocNumber(raw: string): string {
  const m = YEAR_BRACKETS.exec(raw);
  if (!m || PARTNER[m[1]] === m[3]) return raw;
  return raw.slice(0, m.index) + m[1] + m[2] + PARTNER[m[1]] + raw.slice(m.index + m[0].length);
}

export function brokenDocNumbers(text: string): BrokenDocNumber[] {
  const out: BrokenDocNumber[] = [];
  for (const m of text.matchAll(DOC_NUMBER)) {
    const repaired = repairDocNumber(m[0]);
    if (repaired === m[0]) continue;
    const y = YEAR_BRACKETS.exec(m[0])!;
    out.push({ start: m.index!, raw: m[0], repaired, find: y[0], replace: y[1] + y[2] + PARTNER[y[1]] });
  }
  return out;
}
