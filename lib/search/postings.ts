/**
 * Posting lists as compact strings: numbers in base-32 varints, one printable
 * ASCII character per 5 bits (a terminal set and a continuation set), which
 * JSON stores without escapes and gzip packs well.
 *
 * A bigram's list holds, per clause in ascending order, the clause number's
 * delta, the count of positions, and the positions' deltas: enough to match
 * a phrase exactly from postings alone. A unigram's list holds clause deltas only.
 */
const TERMINAL = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
const CONTINUE = 'WXYZabcdefghijklmnopqrstuvwxyz_-';
const VALUE = new Map<string, number>([...TERMINAL].map((c, i) => [c, i] as [string, number]).concat([...CONTINUE].map((c, i) => [c, i + 32])));

export function encodeNumbers(numbers: number[]): string {
  let out = '';
  for (let n of numbers) {
    while (n >= 32) {
      out += CONTINUE[n & 31];
      n = Math.floor(n / 32);
    }
    out += TERMINAL[n];
  }
  return out;
}

export function decodeNumbers(s: string): number[] {
  const out: number[] = [];
  let n = 0;
  let scale = 1;
  for (let i = 0; i < s.length; i++) {
    const v = VALUE.get(s[i]) ?? 0;
    if (v >= 32) {
      n += (v - 32) * scale;
      scale *= 32;
    } else {
      out.push(n + v * scale);
      n = 0;
      scale = 1;
    }
  }
  return out;
}

/** Clause number → start positions of the gram in its folded text. */
export type Positions = Map<number, number[]>;

/** `flat` is [clause, position, clause, position, …] in ascending order. */
export function encodePositional(flat: number[]): string {
  const nums: number[] = [];
  let prevClause = 0;
  for (let i = 0; i < flat.length; ) {
    const clause = flat[i];
    let j = i;
    while (j < flat.length && flat[j] === clause) j += 2;
    nums.push(clause - prevClause, (j - i) / 2);
    let prevPos = 0;
    for (let k = i; k < j; k += 2) {
      nums.push(flat[k + 1] - prevPos);
      prevPos = flat[k + 1];
    }
    prevClause = clause;
    i = j;
  }
  return encodeNumbers(nums);
}

export function decodePositional(s: string): Positions {
  const nums = decodeNumbers(s);
  const out: Positions = new Map();
  let clause = 0;
  for (let i = 0; i < nums.length; ) {
    clause += nums[i];
    const count = nums[i + 1];
    const at: number[] = [];
    let pos = 0;
    for (let k = 0; k < count; k++) at.push((pos += nums[i + 2 + k]));
    out.set(clause, at);
    i += 2 + count;
  }
  return out;
}

export function encodeIds(ids: number[]): string {
  return encodeNumbers(ids.map((id, k) => id - (k ? ids[k - 1] : 0)));
}

export function decodeIds(s: string): number[] {
  let id = 0;
  return decodeNumbers(s).map((d) => (id += d));
}

/** Per clause in ascending order: the clause number's delta and how often the character occurs. */
export function encodeCounts(counts: Map<number, number>): string {
  const nums: number[] = [];
  let prev = 0;
  for (const [clause, n] of counts) {
    nums.push(clause - prev, n);
    prev = clause;
  }
  return encodeNumbers(nums);
}

export function decodeCounts(s: string): Map<number, number> {
  const nums = decodeNumbers(s);
  const out = new Map<number, number>();
  let clause = 0;
  for (let i = 0; i + 1 < nums.length; i += 2) out.set((clause += nums[i]), nums[i + 1]);
  return out;
}

/**
 * Where the term (folded, two or more characters) starts in each clause
 * holding it: the starts of its first bigram where every later bigram sits
 * at its offset. `lists[k]` is the postings of the bigram at offset k.
 */
export function phraseStarts(lists: Positions[]): Positions {
  const [first, ...rest] = lists;
  const out: Positions = new Map();
  for (const [clause, starts] of first) {
    const others = rest.map((l) => l.get(clause));
    if (others.some((o) => !o)) continue;
    const sets = others.map((o) => new Set(o));
    const at = starts.filter((p) => sets.every((s, k) => s.has(p + k + 1)));
    if (at.length) out.set(clause, at);
  }
  return out;
}

/**
 * Clauses whose text holds the term (folded, two or more characters): every
 * bigram of the term at its offset from one start position. `lists[k]` is the
 * postings of the bigram at offset k.
 */
export function phraseClauses(lists: Positions[]): number[] {
  return [...phraseStarts(lists).keys()].sort((a, b) => a - b);
}
