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

  // Positions still on a common string, with the trie node of that string (0: the empty string).
  let active = new Int32Array(total).map((_, g) => g);
  let node = new Int32Array(total);
  let count = total;
  const nodeText: string[] = [''];
  const leafOf = new Int32Array(total);
  const leafKey: string[] = [];
  const leafId = new Map<number, number>();

  for (let depth = 0; count > 0; depth++) {
    const codeAt = (g: number) => {
      const u = unitOf[g];
      const p = g - starts[u] + depth;
      return p < texts[u].length ? texts[u].charCodeAt(p) : 0;
    };
    const seen = new Map<number, number>();
    for (let i = 0; i < count; i++) {
      const k = node[i] * 65536 + codeAt(active[i]);
      seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    const grow = new Map<number, number>();
    for (const [k, n] of seen) {
      const code = k % 65536;
      if (code !== 0 && n > maxPositions && depth + 1 < maxLength) {
        grow.set(k, nodeText.length);
        nodeText.push(nodeText[Math.floor(k / 65536)] + String.fromCharCode(code));
      }
    }
    const nextActive = new Int32Array(count);
    const nextNode = new Int32Array(count);
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const g = active[i];
      const code = codeAt(g);
      const k = node[i] * 65536 + code;
      const child = grow.get(k);
      if (child !== undefined) {
        nextActive[kept] = g;
        nextNode[kept++] = child;
        continue;
      }
      let id = leafId.get(k);
      if (id === undefined) {
        id = leafKey.length;
        leafId.set(k, id);
        leafKey.push(nodeText[node[i]] + (code === 0 ? END : String.fromCharCode(code)));
      }
      leafOf[g] = id;
    }
    active = nextActive;
    node = nextNode;
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
