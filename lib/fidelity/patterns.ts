/**
 * Character classes and tables shared by the fidelity stages: punctuation
 * display, text comparison and errata suggestion.
 */

/** Characters that mark running text as Chinese: ideographs, CJK and full-width punctuation, Chinese quotes. */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’《》〈〉…—]/;

/** The Han ideograph ranges (no punctuation), for building character classes. */
export const HAN_RANGE = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** A Han ideograph (no punctuation): what a dropped word is made of. */
export const HAN = new RegExp(`^[${HAN_RANGE}]$`);
export const ALL_HAN = new RegExp(`^[${HAN_RANGE}]+$`);

/** Where a sentence ends, in either the ASCII or the full-width form. */
export const SENTENCE_END = /[。；;！!？?]/;
/** Where a clause ends: a sentence end, a comma or a colon. */
export const CLAUSE_END = /[。；;！!？?，,：:]/;

/** White space a scrape leaves around lines and labels. */
export const SPACE = /[\s\u3000\u00a0\ufeff]/;

/**
 * ASCII marks that scrapes print in place of the full-width ones. Folding
 * maps each to one character, so offsets in the folded text are offsets in
 * the original.
 */
export const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};
