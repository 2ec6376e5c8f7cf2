/**
 * Turn an edit at a known place on a source line into an erratum's
 * `find`/`replace` pair: as little context as makes `find` unique on the
 * line, taken first from the text known to match the parent.
 */
import { MIN_CONTEXT } from './align-sentence';

export type PlacedEdit = { find: string; replace: string; start: number };

/**
 * `at`/`length`: the local text the edit replaces; `insert`: what goes there;
 * `left`/`right`: how many characters either side are trusted context.
 */
export function placeEdit(text: string, at: number, length: number, insert: string, left: number, right: number): PlacedEdit {
  let l = Math.min(left, MIN_CONTEXT, at);
  let r = Math.min(right, MIN_CONTEXT, text.length - at - length);
  const find = () => text.slice(at - l, at + length + r);
  while (count(text, find()) > 1) {
    // Grow a side that still matches the parent first, the shorter side first; then any side.
    const sides = [
      { grow: () => l++, can: at - l > 0, trusted: l < left, size: l },
      { grow: () => r++, can: at + length + r < text.length, trusted: r < right, size: r },
    ]
      .filter((s) => s.can)
      .sort((a, b) => Number(b.trusted) - Number(a.trusted) || a.size - b.size);
    if (!sides.length) break;
    sides[0].grow();
  }
  // Growing stops at the latest when `find` is the whole line, which is unique.
  return { find: find(), replace: text.slice(at - l, at) + insert + text.slice(at + length, at + length + r), start: at - l };
}

/** Occurrences, overlapping ones included, as the errata resolver counts them. */
function count(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
  return n;
}
