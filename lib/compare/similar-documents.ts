/**
 * For each document, the few others whose wording is most like it, found
 * without comparing every pair: each document keeps only its rarest shared
 * terms (a term found in few documents says more than one found in all), an
 * inverted index over those terms yields the documents that share any, and
 * only those candidates are scored. A term kept only if at most `maxDf`
 * documents hold it bounds every posting list, so the work per document is
 * at most `keep` × `maxDf` whatever the corpus size.
 */

export type DocumentTerms = { id: string; terms: Iterable<string> };
export type SimilarOptions = { k: number; keep: number; maxDf: (documentCount: number) => number };

/** Rare enough to tell documents apart; √n keeps posting lists short as the corpus grows. */
export const SIMILAR_DEFAULTS: SimilarOptions = { k: 3, keep: 64, maxDf: (n) => Math.max(2, Math.ceil(Math.sqrt(n))) };

export type SimilarDocument = { id: string; score: number };

export function similarDocuments(documents: DocumentTerms[], options: SimilarOptions = SIMILAR_DEFAULTS): Map<string, SimilarDocument[]> {
  const sets = documents.map((d) => new Set(d.terms));
  const df = new Map<string, number>();
  for (const s of sets) for (const t of s) df.set(t, (df.get(t) ?? 0) + 1);
  const maxDf = options.maxDf(documents.length);
  const weight = (t: string) => Math.log(documents.length / df.get(t)!);
  // A term in one document only is shared with none; a term in too many is not distinctive.
  const kept = sets.map((s) =>
    [...s]
      .filter((t) => df.get(t)! >= 2 && df.get(t)! <= maxDf)
      .sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, options.keep),
  );
  const mass = kept.map((ts) => ts.reduce((sum, t) => sum + weight(t), 0));
  const postings = new Map<string, number[]>();
  kept.forEach((ts, i) => ts.forEach((t) => (postings.get(t) ?? postings.set(t, []).get(t)!).push(i)));

  const out = new Map<string, SimilarDocument[]>();
  kept.forEach((ts, i) => {
    const shared = new Map<number, number>();
    for (const t of ts) for (const j of postings.get(t)!) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + weight(t));
    const ranked = [...shared]
      .map(([j, w]) => ({ id: documents[j].id, score: w / Math.sqrt(mass[i] * mass[j]) }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, options.k);
    out.set(documents[i].id, ranked);
  });
  return out;
}
