/**
 * The gram index's keys: every position of every text is filed under the
 * shortest string starting there that occurs at most `maxPositions` times in
 * the whole corpus (or that reaches `maxLength`, or the end of its text,
 * marked by END). Rare characters are keys by themselves; a common pair
 * such as 工作 is lengthened until it is rare (工作机制, 工作责任…).
 *
 * So no key's list is long, whatever the corpus size, and the keys are
 * prefix-free: the key under which a query's occurrences are filed is the
 * one key that is a prefix of the query, or, for a query common enough to be
 * no key's prefix, all keys that start with it (a contiguous run once sorted).
 */

/** Marks where a text ends inside a common string; no folded text contains it. */
export const END = '\u0000';

/** A text backwards, by UTF-16 unit: the backward index and its queries reverse alike. */
export const reverseUnits = (s: string) => s.split('').reverse().join('');

/** Positions filed under one key: [text, position] pairs, in text then position order. */
export type GramGroup = { key: string; at: Int32Array };

export function gramGroups(texts: string[], maxPositions: number, maxLength: number): GramGroup[] {
  const starts = new Int32Array(texts.length + 1);
  texts.forEach((t, u) => (starts[u + 1] = starts[u] + t.length));
  const total = starts[texts.length];
  const unitOf = new Int32Array(total);
  texts.forEach((t, u) => unitOf.fill(u, starts[u], starts[u + 1]));
  const chars = new Uint16Array(total);
  texts.forEach((t, u) => {
    for (let p = 0; p < t.length; p++) chars[starts[u] + p] = t.charCodeAt(p);
  });

  // Positions still on a common string, with the trie node of that string (0: the empty string).
  let active = new Int32Array(total).map((_, g) => g);
  let node = new Int32Array(total);
  let count = total;
  const nodeText: string[] = [''];
  const leafOf = new Int32Array(total);
  const leafKey: string[] = [];

  for (let depth = 0; count > 0; depth++) {
    // The (node, next character) strings of this depth, grouped by two stable counting sorts — by
    // character, then by node — rather than counted in a Map: at national size that Map held tens
    // of millions of keys too large to be small integers, and most of the build's time went to it.
    const code = new Uint16Array(count);
    for (let i = 0; i < count; i++) {
      const g = active[i] + depth;
      code[i] = g < starts[unitOf[active[i]] + 1] ? chars[g] : 0;
    }
    const byCode = countingSort(count, 65536, (i) => code[i], null);
    const order = countingSort(count, nodeText.length, (i) => node[i], byCode);
    const nextActive = new Int32Array(count);
    const nextNode = new Int32Array(count);
    let kept = 0;
    for (let r = 0; r < count; ) {
      const first = order[r];
      const n0 = node[first];
      const c0 = code[first];
      let e = r + 1;
      while (e < count && node[order[e]] === n0 && code[order[e]] === c0) e++;
      const text = nodeText[n0] + (c0 === 0 ? END : String.fromCharCode(c0));
      if (c0 !== 0 && e - r > maxPositions && depth + 1 < maxLength) {
        const child = nodeText.length;
        nodeText.push(text);
        for (let k = r; k < e; k++) {
          nextActive[kept] = active[order[k]];
          nextNode[kept++] = child;
        }
      } else {
        const id = leafKey.length;
        leafKey.push(text);
        for (let k = r; k < e; k++) leafOf[active[order[k]]] = id;
      }
      r = e;
    }
    active = nextActive.subarray(0, kept);
    node = nextNode.subarray(0, kept);
    count = kept;
  }

  // Counting sort of the positions by key, keeping text and position order.
  const size = new Int32Array(leafKey.length + 1);
  for (let g = 0; g < total; g++) size[leafOf[g] + 1]++;
  for (let k = 0; k < leafKey.length; k++) size[k + 1] += size[k];
  const cursor = size.slice(0, leafKey.length);
  const flat = new Int32Array(total * 2);
  for (let g = 0; g < total; g++) {
    const at = cursor[leafOf[g]]++ * 2;
    flat[at] = unitOf[g];
    flat[at + 1] = g - starts[unitOf[g]];
  }
  return leafKey
    .map((key, k) => ({ key, at: flat.subarray(size[k] * 2, size[k + 1] * 2) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Indices 0…n-1 (or those of `within`, in its order) stably sorted by `keyOf`, whose values are below `range`. */
function countingSort(n: number, range: number, keyOf: (i: number) => number, within: Int32Array | null): Int32Array {
  const cursor = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) cursor[keyOf(i) + 1]++;
  for (let k = 0; k < range; k++) cursor[k + 1] += cursor[k];
  const out = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const i = within ? within[r] : r;
    out[cursor[keyOf(i)]++] = i;
  }
  return out;
}
