/**
 * Word segmentation the browser can replay. The aligner segments with
 * nodejieba, a native addon the browser cannot run, so the build records
 * what it returned for every text alignment segments, and the browser looks
 * the same texts up: an on-demand comparison aligns exactly as the build
 * would. A segmentation is stored as its words alone — they join back to the
 * text they came from — and a text the build did not record is an error,
 * never a different segmentation.
 */
import type { Segmenter } from '../refs/term-bag';

export function recordingSegmenter(inner: Segmenter): { segmenter: Segmenter; recorded: () => string[][] } {
  const seen = new Map<string, string[]>();
  const segmenter: Segmenter = {
    cut(text) {
      const words = inner.cut(text);
      if (words.join('') !== text) throw new Error(`recordingSegmenter: segmentation does not join back to its text: ${JSON.stringify(text.slice(0, 40))}`);
      seen.set(text, words);
      return words;
    },
  };
  return { segmenter, recorded: () => [...seen.values()] };
}

export function replaySegmenter(recorded: string[][]): Segmenter {
  const byText = new Map(recorded.map((words) => [words.join(''), words]));
  return {
    cut(text) {
      const words = byText.get(text);
      if (!words) throw new Error(`replaySegmenter: no recorded segmentation for ${JSON.stringify(text.slice(0, 40))}`);
      return words;
    },
  };
}
