/**
 * A segmenter that remembers what it cut. A national law's articles are
 * diffed in every comparison with one of its implementers; cutting them once
 * is enough. The memory is bounded: past `limit` texts it starts afresh, so a
 * whole corpus does not stay in memory as words.
 */
import type { Segmenter } from '../refs/term-bag';

export function memoSegmenter(inner: Segmenter, limit = 50_000): Segmenter {
  let seen = new Map<string, string[]>();
  return {
    cut(text) {
      let words = seen.get(text);
      if (!words) {
        words = inner.cut(text);
        if (seen.size >= limit) seen = new Map();
        seen.set(text, words);
      }
      return words;
    },
  };
}
