/**
 * The units a comparison pairs: what a reader cites — an article, or, in a
 * text without articles, a top-level provision (（一）…) — and the opening
 * paragraphs before the first provision, which often restate the parent's
 * purpose article. Titles and headings only frame the text; paragraphs and
 * items inside a unit travel with it.
 */
import type { ClauseKind, ClauseRecord } from '../types';

const FRAMING: ReadonlySet<ClauseKind> = new Set(['title', 'preamble', 'part', 'chapter', 'section']);

export type ArticleUnits = {
  /** The units in document order. */
  list: ClauseRecord[];
  /** The unit a clause belongs to (itself, or the unit above it), if any. */
  unitOf(clauseId: string): ClauseRecord | undefined;
};

/** `clauses`: one document's clauses in document order, as the corpus lists them. */
export function articleUnits(clauses: ClauseRecord[]): ArticleUnits {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const unitIds = new Set<string>();
  const list: ClauseRecord[] = [];
  for (const c of clauses) {
    if (isUnit(c, byId)) {
      unitIds.add(c.id);
      list.push(c);
    }
  }
  const unitOf = (clauseId: string): ClauseRecord | undefined => {
    for (let c = byId.get(clauseId); c; c = c.parentId ? byId.get(c.parentId) : undefined) {
      if (unitIds.has(c.id)) return c;
    }
    return undefined;
  };
  return { list, unitOf };
}

function isUnit(c: ClauseRecord, byId: Map<string, ClauseRecord>): boolean {
  if (c.kind === 'article') return true;
  if (c.kind === 'preamble') return c.parentId === null;
  if (FRAMING.has(c.kind)) return false;
  // Anything below an article or below another unit is part of that unit.
  for (let p = c.parentId ? byId.get(c.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
    if (!FRAMING.has(p.kind) || p.kind === 'preamble') return false;
  }
  return true;
}
