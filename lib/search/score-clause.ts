/**
 * A clause's score from the postings and the clause table alone (no text):
 * term frequencies and positions come from the term postings the match
 * already read, length, kind and sub-clause spans from clause-meta.ts.
 */
import type { ClauseMeta } from './clause-meta';
import { shortestCoverAt } from './match-spans';
import { rankScore, type MatchKind } from './rank';
import type { TermPostings } from './term-matcher';

export type ScoredTerm = {
  term: string;
  postings: TermPostings;
  /** For a single character (counts, no positions): per clause, the occurrences inside its sub-clauses. */
  inChildren?: Map<number, number>;
};

export type RankContext = {
  phrase: ScoredTerm;
  words: ScoredTerm[];
  hints: ScoredTerm[];
  /** Per distinct bigram of the phrase, the clauses holding it. */
  bigrams: Positions[];
  clauseCount: number;
  avgLength: number;
};

type Positions = Map<number, unknown>;

export function scoreClause(ctx: RankContext, c: ClauseMeta, match: MatchKind): number {
  const terms = match === 'phrase' ? [ctx.phrase] : ctx.words;
  const tfs = terms.map((t) => t.postings.tf.get(c.index) ?? 0);
  const present = terms.filter((_, k) => tfs[k] > 0);
  const hints = match === 'phrase' ? [] : ctx.hints;
  return rankScore({
    match,
    tfs,
    dfs: terms.map((t) => t.postings.tf.size),
    hintTfs: hints.map((h) => h.postings.tf.get(c.index) ?? 0),
    hintDfs: hints.map((h) => h.postings.tf.size),
    clauseCount: ctx.clauseCount,
    length: c.length,
    avgLength: ctx.avgLength,
    kind: c.kind,
    ownMatch: present.some((t) => hasOwnMatch(t, c)),
    proximity: match === 'phrase' ? 1 : proximity(present, c.index),
    overlap: match === 'phrase' ? 1 : ctx.bigrams.filter((b) => b.has(c.index)).length / Math.max(1, ctx.bigrams.length),
  });
}

/** Some occurrence lies outside the clause's sub-clauses. */
function hasOwnMatch(t: ScoredTerm, c: ClauseMeta): boolean {
  if (!c.childSpans.length) return true;
  const starts = t.postings.starts?.get(c.index);
  if (starts) return starts.some((a) => !c.childSpans.some(([f, to]) => a >= f && a + t.term.length <= to));
  // A character lies either in a sub-clause's text or in the clause's own: compare the counts.
  return (t.postings.tf.get(c.index) ?? 0) > (t.inChildren?.get(c.index) ?? 0);
}

/**
 * Total length of the words over the shortest stretch holding them all.
 * Single characters carry no positions and are left out of the stretch
 * (they are words only when the user typed them apart).
 */
function proximity(present: ScoredTerm[], clause: number): number {
  const placed = present.filter((t) => t.postings.starts?.has(clause));
  if (placed.length < 2) return 0;
  const cover = shortestCoverAt(
    placed.map((t) => t.postings.starts!.get(clause)!),
    placed.map((t) => t.term.length),
  );
  return Number.isFinite(cover) ? placed.map((t) => t.term).join('').length / cover : 0;
}

/** For each clause, how often a character occurs in its sub-clauses: from its children's counts (their metadata must be loaded). */
export function childCounts(tf: Map<number, number>, parentOf: (clause: number) => number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [clause, n] of tf) {
    const p = parentOf(clause);
    if (p >= 0) out.set(p, (out.get(p) ?? 0) + n);
  }
  return out;
}
