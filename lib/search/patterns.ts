/**
 * Regular expressions of the search stages, in one place so that the build,
 * the CLI and the browser test characters the same way.
 */

/** Characters that folding removes: white space of every width, and zero-width marks. */
export const INVISIBLE = /^[\s\u200b-\u200d\u2060\ufeff\u00ad]$/u;

/** What separates the terms of a query the user typed ("约谈 整改"). */
export const TERM_SEPARATOR = /[\s\u3000]+/u;

/** A vocabulary word must carry meaning: at least one letter or digit. */
export const WORDLIKE = /[\p{L}\p{N}]/u;

/** Line breaks inside a clause; a snippet shows them as spaces. */
export const LINE_BREAK = /[\r\n]/g;

/** Where a snippet may start: just after a punctuation mark or a line break. */
export const PHRASE_BREAK = /[，。；：、！？,.;:!?\s]/u;

/** A Chinese character: what typo suggestions read aloud. */
export const HAN = /\p{Script=Han}/u;
