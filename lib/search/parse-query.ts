/**
 * What the user typed → the strings a clause is matched on. White space
 * separates terms ("约谈 整改"); the phrase is the whole query folded, white
 * space gone, so "一票 否决" is still the phrase 一票否决.
 */
import { fold } from './fold';
import { TERM_SEPARATOR, WORDLIKE } from './patterns';
import { segmentWords, type Lexicon } from './segment-words';
import { ASKS_LIST, ASKS_MEANING, ASKS_WHICH, LIST_OPENERS, MODALS, STOP_WORDS } from './stop-words';

export type ParsedQuery = {
  raw: string;
  /** Folded terms as typed, in order, without repeats. */
  terms: string[];
  /** The folded query: what a phrase match contains. Empty for a blank query. */
  phrase: string;
  /** The user separated several terms with spaces. */
  explicit: boolean;
};

export function parseQuery(raw: string): ParsedQuery {
  const folded = raw.split(TERM_SEPARATOR).map(fold).filter(Boolean);
  const terms = [...new Set(folded)];
  return { raw, terms, phrase: folded.join(''), explicit: terms.length > 1 };
}

/** Does matching words beyond the phrase need the vocabulary? Only a single term long enough to split. */
export function needsLexicon(q: ParsedQuery): boolean {
  return !q.explicit && q.phrase.length >= 3;
}

export type QueryWords = {
  /** Words a clause is matched on, scattered. Empty when only the phrase counts. */
  words: string[];
  /** Single characters of a long query (the 内 of "多长时间内"): they add to the score, never admit a clause. */
  hints: string[];
  /** Where the question asks for a list of a kind (哪些情形), how a statute opens that list: 下列情形, 以下情形. */
  answers: string[];
};

/**
 * The words a clause can match scattered: the typed terms, or the words of a
 * single term by maximum matching. Question words go; single characters,
 * which say too little alone, the kind a question asks about (哪些情况) and
 * the words that ask what a thing means (是指) only add to the score.
 */
export function queryWords(q: ParsedQuery, lexicon: Lexicon | null): QueryWords {
  const none = { words: [], hints: [], answers: [] };
  if (!q.explicit && !(lexicon && q.phrase.length >= 3)) return none;
  const segments = q.explicit ? q.terms : joinUnknownRuns(segmentWords(q.phrase, lexicon!), lexicon!);
  const meaningful = segments.filter((w) => !STOP_WORDS.has(w) && WORDLIKE.test(w));
  if (q.explicit) return { words: meaningful.length ? meaningful : segments, hints: [], answers: [] };
  const kinds = new Set(segments.filter((w, i) => (i > 0 && ASKS_WHICH.has(segments[i - 1]) && !MODALS.has(w)) || ASKS_MEANING.has(w)));
  const words = [...new Set(meaningful.filter((w) => w.length > 1 && !kinds.has(w)))];
  const hints = [...new Set(meaningful.filter((w) => w.length === 1 || kinds.has(w)))];
  // A single term that is one word is just the phrase again.
  return words.length === 0 || (words.length === 1 && words[0] === q.phrase) ? none : { words, hints, answers: answerForms(segments) };
}

/**
 * The openings of the list a question asks for: the kind named after 哪些
 * (哪些情形) or before 有哪些 (方式有哪些), after each way a statute opens a
 * list (下列情形, 以下方式).
 */
export function answerForms(segments: string[]): string[] {
  const kinds = segments.flatMap((w, i) => {
    if (!ASKS_LIST.has(w)) return [];
    const after = segments[i + 1];
    const before = segments[i - 1] === '有' ? segments[i - 2] : undefined;
    return [after, before].filter((k): k is string => !!k && k.length > 1 && WORDLIKE.test(k) && !STOP_WORDS.has(k) && !MODALS.has(k));
  });
  return [...new Set(kinds.flatMap((k) => LIST_OPENERS.map((o) => o + k)))];
}

/**
 * Characters the vocabulary does not know come out of maximum matching one by
 * one; side by side they are one unknown word (the 量子 of 量子计算机), which a
 * clause must contain like any other, so that a word no text holds is not
 * silently dropped from the query. A character the vocabulary knows as a word
 * of its own, and a lone unknown one, stay single (hints); punctuation ends a
 * run and, like a question word, is no word at all.
 */
export function joinUnknownRuns(segments: string[], lexicon: Lexicon): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push(run);
    run = '';
  };
  for (const w of segments) {
    if (w.length === 1 && WORDLIKE.test(w) && !STOP_WORDS.has(w) && !lexicon.has(w)) {
      run += w;
      continue;
    }
    flush();
    out.push(w);
  }
  flush();
  return out;
}
