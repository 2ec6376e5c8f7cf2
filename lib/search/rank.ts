/**
 * Ranking. A hit's score is its tier (3 phrase, 2 all words, 1 some words)
 * plus a relevance in [0, 1), so every phrase match outranks every
 * scattered one and sorting by score alone gives the result order.
 *
 * Relevance is BM25 over the query's words (or the phrase), scaled by how
 * close the words sit, what share of the query's weight the provision
 * covers, its kind (provisions before headings and title lines) and its
 * document's force: where a city's regulation or an interpretation repeats a
 * law's words, the law governs, and a user who wants the city's names the
 * city (region-words.ts).
 */
export type MatchKind = 'phrase' | 'all' | 'some';

export const TIER_BASE: Record<MatchKind, number> = { phrase: 3, all: 2, some: 1 };

/**
 * A score within its tier ordered first by `keys` (true before false, the
 * first key before the next), then by the score itself.
 */
export function keyedWithinTier(match: MatchKind, score: number, keys: boolean[]): number {
  let out = TIER_BASE[match];
  let step = 0.5;
  for (const k of keys) {
    if (k) out += step;
    step /= 2;
  }
  return out + (score - TIER_BASE[match]) * step * 2;
}

const K1 = 1.2;
const B = 0.75;

// A title line that repeats the query says only that the whole document is about it, which its other hits show better.
const KIND_WEIGHT: Record<string, number> = { title: 0.3, part: 0.75, chapter: 0.75, section: 0.75, preamble: 0.9 };
const HINT_WEIGHT = 0.5;
/**
 * A document's weight by its force (DocumentRecord.rank, and level for local
 * regulations), in the order 北大法宝 sorts by 效力级别: a law before the
 * regulation and the interpretation that apply it, a province before its
 * cities. Stored per document in the index in hundredths (doc-map.ts).
 */
const RANK_WEIGHT: Record<string, number> = { constitution: 1, law: 1, 'administrative-regulation': 0.92, 'judicial-interpretation': 0.9, 'departmental-rule': 0.85 };
const LOCAL_WEIGHT: Record<string, number> = { provincial: 0.8, prefecture: 0.75, county: 0.7 };
const LEAST_WEIGHT = 0.7;
export function authorityWeight(rank: string | null, level: string | null): number {
  return (rank ? RANK_WEIGHT[rank] : undefined) ?? (level ? LOCAL_WEIGHT[level] : undefined) ?? (level === 'central' ? RANK_WEIGHT['departmental-rule'] : LEAST_WEIGHT);
}
// Where relevance maps to half a tier: typical BM25 sums lie around it, so scores stay apart.
const SATURATION = 8;

export type RankInput = {
  match: MatchKind;
  /** Occurrences of each scoring term in the provision's folded text. */
  tfs: number[];
  /** Number of provisions containing each scoring term. */
  dfs: number[];
  /** The same for single characters that only add to the score, at half weight. */
  hintTfs: number[];
  hintDfs: number[];
  unitCount: number;
  length: number;
  avgLength: number;
  kind: string;
  /** Total length of the words over the shortest stretch holding them all (1 = adjacent, 0 = unknown). */
  proximity: number;
  /** authorityWeight of the provision's document (1 if not given). */
  authority?: number;
};

export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

export function rankScore(r: RankInput): number {
  const norm = K1 * (1 - B + (B * r.length) / Math.max(1, r.avgLength));
  let bm25 = 0;
  let weight = 0;
  let covered = 0;
  r.tfs.forEach((tf, k) => {
    const w = idf(r.dfs[k], r.unitCount);
    weight += w;
    if (tf > 0) covered += w;
    bm25 += (w * tf * (K1 + 1)) / (tf + norm);
  });
  r.hintTfs.forEach((tf, k) => {
    bm25 += (HINT_WEIGHT * idf(r.hintDfs[k], r.unitCount) * tf * (K1 + 1)) / (tf + norm);
  });
  const coverage = weight > 0 ? covered / weight : 1;
  const relevance = bm25 * coverage * coverage * (KIND_WEIGHT[r.kind] ?? 1) * (1 + 0.5 * r.proximity) * (r.authority ?? 1);
  return TIER_BASE[r.match] + relevance / (relevance + SATURATION);
}
