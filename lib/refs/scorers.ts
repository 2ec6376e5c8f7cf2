/**
 * How alike two clauses are, in [0, 1]. The scorer sits behind one
 * interface so alignment can swap it (TF-IDF cosine by default, BM25 as an
 * alternative) without touching the structural logic around it. Scores
 * combine a word channel and a character-bigram channel; shared words,
 * heaviest first, are the evidence shown to readers.
 */
import type { TermBag } from './term-bag';

export type PairScore = { score: number; shared: string[] };

export interface Scorer {
  readonly name: string;
  score(a: TermBag, b: TermBag): PairScore;
  /** `score(a, b).shared` without the score: the evidence for a pair already scored by `against`. */
  shared(a: TermBag, b: TermBag): string[];
  /**
   * Optional: `against(bs)(a)` gives `bs.map((b) => score(a, b).score)`,
   * the same numbers, in less than all-pairs time (only terms that a shares
   * with some b are visited). Scores only: the evidence is asked of
   * `shared` for the few pairs that are kept.
   */
  against?(bs: TermBag[]): (a: TermBag) => Float64Array;
}

/** A scorer is fitted to the clauses it will compare (for term statistics). */
export type ScorerFactory = (bags: TermBag[]) => Scorer;

/** Weight of the word channel; the rest goes to character bigrams. */
const WORD_WEIGHT = 0.5;

type Channel = { idf: (t: string) => number };

function channel(docs: string[][]): Channel {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return { idf: (t) => Math.log(1 + n / ((df.get(t) ?? 0) + 0.5)) };
}

function vector(terms: string[], ch: Channel): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v = new Map<string, number>();
  for (const [t, c] of tf) v.set(t, (1 + Math.log(c)) * ch.idf(t));
  return v;
}

/** Sum of squares in the vector's own order, so a precomputed norm is the same number the pairwise cosine adds up. */
function squares(v: Map<string, number>): number {
  let n = 0;
  for (const x of v.values()) n += x * x;
  return n;
}

type Weighted = { v: Map<string, number>; norm2: number };

function cosine(a: Weighted, b: Weighted): number {
  let dot = 0;
  for (const [t, x] of a.v) {
    const y = b.v.get(t);
    if (y) dot += x * y;
  }
  return a.norm2 && b.norm2 ? dot / Math.sqrt(a.norm2 * b.norm2) : 0;
}

/** Shared words, heaviest first: the evidence a reader can check. A word inside a longer shared one adds nothing. */
function sharedWords(a: Map<string, number>, b: Map<string, number>, limit = 8): string[] {
  const shared = [...a.entries()].filter(([t]) => b.has(t));
  return shared
    .filter(([t]) => !shared.some(([u]) => u !== t && u.includes(t)))
    .sort((x, y) => y[1] * b.get(y[0])! - x[1] * b.get(x[0])! || (x[0] < y[0] ? -1 : 1))
    .slice(0, limit)
    .map(([t]) => t);
}

/**
 * Dot products of a with every target at once, from an inverted index of
 * the targets' terms: each of a's terms, in a's order, adds to the targets
 * that hold it, so every sum is made of the same terms in the same order as
 * the pairwise loop, and targets sharing nothing cost nothing.
 */
function invertedIndex(targets: Map<string, number>[]): Map<string, number[]> {
  // Each term's targets as flat pairs (j, weight): an object per posting took most of alignment's memory.
  const index = new Map<string, number[]>();
  targets.forEach((v, j) => {
    for (const [t, y] of v) {
      const list = index.get(t);
      if (list) list.push(j, y);
      else index.set(t, [j, y]);
    }
  });
  return index;
}

/** TF-IDF (sublinear tf) cosine on both channels. */
export const tfidfScorer: ScorerFactory = (bags) => {
  const words = channel(bags.map((b) => b.words));
  const grams = channel(bags.map((b) => b.grams));
  const cache = new WeakMap<TermBag, { w: Weighted; g: Weighted }>();
  const weighted = (v: Map<string, number>): Weighted => ({ v, norm2: squares(v) });
  const vec = (b: TermBag) => {
    if (!cache.has(b)) cache.set(b, { w: weighted(vector(b.words, words)), g: weighted(vector(b.grams, grams)) });
    return cache.get(b)!;
  };
  const cos = (dot: number, a: Weighted, b: Weighted) => (a.norm2 && b.norm2 ? dot / Math.sqrt(a.norm2 * b.norm2) : 0);
  return {
    name: 'tfidf',
    score(a, b) {
      const va = vec(a);
      const vb = vec(b);
      const score = WORD_WEIGHT * cosine(va.w, vb.w) + (1 - WORD_WEIGHT) * cosine(va.g, vb.g);
      return { score, shared: sharedWords(va.w.v, vb.w.v) };
    },
    shared: (a, b) => sharedWords(vec(a).w.v, vec(b).w.v),
    against(bs) {
      const vbs = bs.map(vec);
      const wIndex = invertedIndex(vbs.map((v) => v.w.v));
      const gIndex = invertedIndex(vbs.map((v) => v.g.v));
      return (a) => {
        const va = vec(a);
        const dotW = new Float64Array(bs.length);
        const dotG = new Float64Array(bs.length);
        for (const [t, x] of va.w.v) {
          const list = wIndex.get(t);
          if (list) for (let k = 0; k < list.length; k += 2) dotW[list[k]] += x * list[k + 1];
        }
        for (const [t, x] of va.g.v) {
          const list = gIndex.get(t);
          if (list) for (let k = 0; k < list.length; k += 2) dotG[list[k]] += x * list[k + 1];
        }
        const scores = new Float64Array(bs.length);
        vbs.forEach((vb, j) => (scores[j] = WORD_WEIGHT * cos(dotW[j], va.w, vb.w) + (1 - WORD_WEIGHT) * cos(dotG[j], va.g, vb.g)));
        return scores;
      };
    },
  };
};

/**
 * BM25 of b against a as the query, normalised by b's score against itself
 * so it lands in [0, 1] like the cosine. Kept as the swappable alternative.
 */
export const bm25Scorer: ScorerFactory = (bags) => {
  const words = channel(bags.map((b) => b.words));
  const avg = bags.reduce((s, b) => s + b.words.length, 0) / Math.max(1, bags.length);
  const k1 = 1.2;
  const bw = 0.75;
  const raw = (q: string[], d: string[]) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    let s = 0;
    for (const t of new Set(q)) {
      const f = tf.get(t) ?? 0;
      if (f) s += (words.idf(t) * f * (k1 + 1)) / (f + k1 * (1 - bw + (bw * d.length) / avg));
    }
    return s;
  };
  const shared = (a: TermBag, b: TermBag) => sharedWords(vector(a.words, words), vector(b.words, words));
  return {
    name: 'bm25',
    score(a, b) {
      const self = Math.max(raw(a.words, a.words), raw(b.words, b.words));
      const score = self ? Math.min(1, (raw(a.words, b.words) + raw(b.words, a.words)) / (2 * self)) : 0;
      return { score, shared: shared(a, b) };
    },
    shared,
  };
};
