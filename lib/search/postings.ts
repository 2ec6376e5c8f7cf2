/**
 * Posting lists as compact strings: numbers in base-32 varints, one printable
 * ASCII character per 5 bits (a terminal set and a continuation set), which
 * JSON stores without escapes and gzip packs well.
 *
 * A key's list holds where it occurs, by provision and position: enough to
 * match a phrase exactly, and to rank, without reading any text.
 */
const TERMINAL = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
const CONTINUE = 'WXYZabcdefghijklmnopqrstuvwxyz_-';
const TERMINAL_CODE = [...TERMINAL].map((c) => c.charCodeAt(0));
const CONTINUE_CODE = [...CONTINUE].map((c) => c.charCodeAt(0));
/** Character code → its 5 bits, plus 32 for a continuation character. */
const VALUE = new Int8Array(128);
TERMINAL_CODE.forEach((c, i) => (VALUE[c] = i));
CONTINUE_CODE.forEach((c, i) => (VALUE[c] = i + 32));

// Character codes are gathered and turned into a string in chunks: appending one character at a time builds a rope of millions of nodes.
const CHUNK = 8192;

export function encodeNumbers(numbers: ArrayLike<number>): string {
  const codes: number[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let n = numbers[i];
    while (n >= 32) {
      codes.push(CONTINUE_CODE[n % 32]);
      n = Math.floor(n / 32);
    }
    codes.push(TERMINAL_CODE[n]);
  }
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return out;
}

export function decodeNumbers(s: string): number[] {
  const out: number[] = [];
  let n = 0;
  let scale = 1;
  for (let i = 0; i < s.length; i++) {
    const v = VALUE[s.charCodeAt(i) & 127];
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

export function encodeIds(ids: number[]): string {
  return encodeNumbers(ids.map((id, k) => id - (k ? ids[k - 1] : 0)));
}

export function decodeIds(s: string): number[] {
  let id = 0;
  return decodeNumbers(s).map((d) => (id += d));
}

/** Where a key occurs in one provision: its class (score-unit.ts) and positions, ascending. */
export type UnitPositions = { cls: number; at: number[] };
/** Provision number → where a key or a term occurs in it. */
export type Positions = Map<number, UnitPositions>;

/**
 * A key's postings. `at` holds [provision, position] pairs sorted by
 * provision, each position as `position` maps it; per provision: the
 * number's delta, its class, the count of positions, and the positions' deltas.
 */
export function encodePostings(at: ArrayLike<number>, classOf: (unit: number) => number, position: (unit: number, p: number) => number = (_, p) => p): string {
  const nums: number[] = [];
  let prevUnit = 0;
  for (let i = 0; i < at.length; ) {
    const unit = at[i];
    const pos: number[] = [];
    for (; i < at.length && at[i] === unit; i += 2) pos.push(position(unit, at[i + 1]));
    pos.sort((a, b) => a - b);
    nums.push(unit - prevUnit, classOf(unit), pos.length);
    pos.forEach((p, k) => nums.push(p - (k ? pos[k - 1] : 0)));
    prevUnit = unit;
  }
  return encodeNumbers(nums);
}

/** Adds a key's postings to `into` (several keys of one run can share a provision). */
export function decodePostings(s: string, into: Positions = new Map()): Positions {
  const nums = decodeNumbers(s);
  let unit = 0;
  for (let i = 0; i < nums.length; ) {
    unit += nums[i];
    const count = nums[i + 2];
    let p = 0;
    const at: number[] = [];
    for (let k = 0; k < count; k++) at.push((p += nums[i + 3 + k]));
    const had = into.get(unit);
    if (had) {
      // Another key of the run: its positions interleave with the first's.
      for (const p of at) had.at.push(p);
      had.at.sort((a, b) => a - b);
    } else into.set(unit, { cls: nums[i + 1], at });
    i += 3 + count;
  }
  return into;
}
