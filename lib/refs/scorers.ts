/**
 * How alike two clauses are, in [0, 1]. The scorer sits behind one
 * interface so alignment can swap it (TF-IDF cosine by default, BM25 as an
 * alternative) without touching the structural logic around it. Scores
 * combine a word channel and a character-bigram channel; shared words,
 * heaviest first, are the evidence shown to readers.
 */
import type { TermBag } from './term-bag';

export interface Scorer {
  readonly name: string;
  score(a: TermBag, b: TermBag): { score: number; shared: string[] };
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

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    na += x * x;
    const y = b.get(t);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
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

/** TF-IDF (sublinear tf) cosine on both channels. */
export const tfidfScorer: ScorerFactory = (bags) => {
  const words = channel(bags.map((b) => b.words));
  const grams = channel(bags.map((b) => b.grams));
  const cache = new WeakMap<TermBag, { w: Map<string, number>; g: Map<string, number> }>();
  const vec = (b: TermBag) => {
    if (!cache.has(b)) cache.set(b, { w: vector(b.words, words), g: vector(b.grams, grams) });
    return cache.get(b)!;
  };
  return {
    name: 'tfidf',
    score(a, b) {
      const va = vec(a);
      const vb = vec(b);
      const score = WORD_WEIGHT * cosine(va.w, vb.w) + (1 - WORD_WEIGHT) * cosine(va.g, vb.g);
      return { score, shared: sharedWords(va.w, vb.w) };
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
  return {
    name: 'bm25',
    score(a, b) {
      const self = Math.max(raw(a.words, a.words), raw(b.words, b.words));
      const score = self ? Math.min(1, (raw(a.words, b.words) + raw(b.words, a.words)) / (2 * self)) : 0;
      const va = vector(a.words, words);
      return { score, shared: sharedWords(va, vector(b.words, words)) };
    },
  };
};
