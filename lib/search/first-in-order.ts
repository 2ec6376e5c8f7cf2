/**
 * The first `n` items in the order `cmp` gives, without sorting them all: a
 * common word's tens of thousands of hits need only their first page.
 */
export function firstInOrder<T>(items: T[], n: number, cmp: (a: T, b: T) => number): T[] {
  if (items.length <= 4 * n) return [...items].sort(cmp).slice(0, n);
  const best: T[] = [];
  for (const x of items) {
    if (best.length === n && cmp(x, best[n - 1]) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(best[mid], x) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, x);
    if (best.length > n) best.pop();
  }
  return best;
}
