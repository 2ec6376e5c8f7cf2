/** Where strings occur in folded text: counting, marking, and measuring how close they sit. */

/** Start positions of the non-overlapping occurrences of `needle`, left to right. */
export function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

/** Every occurrence of any of the strings, overlapping ones merged: [from, to) in folded text. */
export function matchSpans(folded: string, needles: string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const n of needles) for (const at of occurrences(folded, n)) spans.push([at, at + n.length]);
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** Length of the shortest stretch of text holding an occurrence of every needle, or Infinity, from where each needle occurs (`starts[k]`, needle k being `lengths[k]` long), as the postings give it. */
export function shortestCoverAt(starts: number[][], lengths: number[]): number {
  const hits: [number, number, number][] = [];
  starts.forEach((at, k) => at.forEach((a) => hits.push([a, a + lengths[k], k])));
  hits.sort((a, b) => a[0] - b[0]);
  const need = starts.length;
  const count = new Array<number>(need).fill(0);
  let have = 0;
  let best = Infinity;
  let left = 0;
  for (let right = 0; right < hits.length; right++) {
    if (count[hits[right][2]]++ === 0) have++;
    while (have === need) {
      const end = Math.max(...hits.slice(left, right + 1).map((h) => h[1]));
      best = Math.min(best, end - hits[left][0]);
      if (--count[hits[left][2]] === 0) have--;
      left++;
    }
  }
  return best;
}

/** The starts a left-to-right scan keeps: each occurrence begins after the previous one ends. */
export function nonOverlapping(starts: number[], length: number): number[] {
  const out: number[] = [];
  for (const p of starts) if (!out.length || p >= out[out.length - 1] + length) out.push(p);
  return out;
}
