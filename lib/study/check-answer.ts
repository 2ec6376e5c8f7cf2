/**
 * Is a typed answer the clause's answer? Both sides are brought to one form
 * first: full-width → half-width (NFKC), no spaces or punctuation, Chinese
 * numerals → Arabic (一 = 1 = １, 十五 = 15), dates as 年月日 whatever the
 * separators. Both sides get the same treatment, so the comparison stays exact.
 */
import { CN_NUM, parseChineseNumber } from '../ingest/patterns';

const CN_RUN = new RegExp(CN_NUM, 'g');
const DATE = /(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?/g;
const NOISE = /[\s，。、；：！？,.;:!?“”"'‘’（）()《》〈〉【】\[\]…—-]/g;

export function normalizeAnswer(s: string): string {
  return s
    .normalize('NFKC')
    .replace(DATE, (_, y: string, m: string, d: string) => `${Number(y)}年${Number(m)}月${Number(d)}日`)
    .replace(NOISE, '')
    .replace(CN_RUN, (run) => String(parseChineseNumber(run) ?? run))
    .replace(/\d+/g, (n) => String(Number(n)));
}

/** `accepted`: other wordings of the answer (the question's synonyms), each compared the same way. */
export function isCorrect(input: string, answer: string, accepted: readonly string[] = []): boolean {
  const given = normalizeAnswer(input);
  return given !== '' && [answer, ...accepted].some((a) => given === normalizeAnswer(a));
}
