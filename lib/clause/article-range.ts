/**
 * The first and last article number a document prints (第N条, or the 一、
 * of a document numbered so: both are clauses of kind article). Versions of a
 * law restate its articles; the parts of a code published one per file
 * (民法典's 总则, 物权编 …) continue them, so the ranges tell the two apart
 * and say which part holds a cited article.
 */
import type { ClauseRecord } from '../corpus/export-contract';

export type ArticleRange = { first: number; last: number };
/** A document's range by its id (articleRange of its clauses), as the stages that tell parts from versions are handed it. */
export type ArticleRanges = (documentId: string) => ArticleRange | null;

/** Articles inserted as 第N条之一 share N: they widen no range. */
export function articleRange(clauses: readonly ClauseRecord[]): ArticleRange | null {
  let first = Infinity;
  let last = -Infinity;
  for (const c of clauses) {
    if (c.kind !== 'article' || c.number === null) continue;
    first = Math.min(first, c.number);
    last = Math.max(last, c.number);
  }
  return first <= last ? { first, last } : null;
}

/** Do the ranges, sorted by their first article, follow on from one another (205 after 204), as the parts of one code do? */
export function continues(ranges: readonly ArticleRange[]): boolean {
  return ranges.every((r, i) => i === 0 || r.first === ranges[i - 1].last + 1);
}
