/**
 * A hit's snippet: a window of the clause's display text around its best
 * cluster of matches, with the matched characters as offsets into the
 * snippet (the UI turns them into <mark> elements, the CLI into brackets).
 */
import { toOriginalSpan, type FoldMap } from './fold';
import { LINE_BREAK, PHRASE_BREAK } from './patterns';

export type Snippet = { text: string; highlights: [number, number][] };

const ELLIPSIS = '…';
const LEAD = 16;

export function buildSnippet(text: string, map: FoldMap, spans: [number, number][], maxLength = 96): Snippet {
  const marks = spans.map(([a, b]) => toOriginalSpan(map, a, b));
  const anchor = densestStart(text, marks, maxLength);
  let start = Math.max(0, anchor - LEAD);
  const end = Math.min(text.length, start + maxLength);
  start = phraseStart(text, Math.max(0, Math.min(start, end - maxLength)), anchor);
  const head = start > 0 ? ELLIPSIS : '';
  const tail = end < text.length ? ELLIPSIS : '';
  const body = text.slice(start, end).replace(LINE_BREAK, ' ');
  const highlights: [number, number][] = [];
  for (const [a, b] of marks) {
    const from = Math.max(a, start);
    const to = Math.min(b, end);
    if (from < to) highlights.push([from - start + head.length, to - start + head.length]);
  }
  return { text: head + body + tail, highlights };
}

/**
 * Start of the match whose window (from LEAD characters before it) shows the
 * most different matched words, then the most matches; the earliest on a
 * tie. Different words first: a window where a rare word of the query meets
 * a common one says more than one where the common word repeats.
 */
function densestStart(text: string, marks: [number, number][], width: number): number {
  let best = marks.length ? marks[0][0] : 0;
  let bestWords = 0;
  let bestCount = 0;
  for (let i = 0; i < marks.length; i++) {
    const end = Math.max(0, marks[i][0] - LEAD) + width;
    const words = new Set<string>();
    let count = 0;
    for (let j = i; j < marks.length && marks[j][1] <= end; j++, count++) words.add(text.slice(marks[j][0], marks[j][1]));
    if (words.size > bestWords || (words.size === bestWords && count > bestCount)) {
      best = marks[i][0];
      bestWords = words.size;
      bestCount = count;
    }
  }
  return best;
}

/** Move a cut start forward to the beginning of a phrase, if one begins before the anchor. */
function phraseStart(text: string, start: number, anchor: number): number {
  if (start === 0) return 0;
  for (let i = start; i < anchor; i++) if (PHRASE_BREAK.test(text[i])) return i + 1;
  return start;
}
