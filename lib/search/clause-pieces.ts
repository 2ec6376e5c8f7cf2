/** Clause texts as pieces: each character stored once. */
import type { ClauseRecord } from '../corpus/export-contract';
import { pushTo } from '../push-to';

/** Literal text, or the number of a child clause whose full text stands there. */
export type TextPiece = string | number;

/**
 * Each clause's text as literal runs and child references. Children are found
 * in order inside the parent's text; the result is checked to rebuild the text
 * exactly, and a clause whose children cannot be placed keeps its whole text.
 */
export function clausePieces(clauses: ClauseRecord[]): { pieces: TextPiece[][]; parent: number[] } {
  const byKey = new Map(clauses.map((c, i) => [`${c.documentId}\u0000${c.id}`, i]));
  const children = new Map<number, number[]>();
  const parent = clauses.map((c, i) => {
    const p = c.parentId === null ? -1 : (byKey.get(`${c.documentId}\u0000${c.parentId}`) ?? -1);
    if (p >= 0) pushTo(children, p, i);
    return p;
  });
  const pieces = clauses.map((c, i) => {
    const out: TextPiece[] = [];
    let pos = 0;
    for (const k of children.get(i) ?? []) {
      const at = c.text.indexOf(clauses[k].text, pos);
      if (at < 0) return [c.text];
      if (at > pos) out.push(c.text.slice(pos, at));
      out.push(k);
      pos = at + clauses[k].text.length;
    }
    if (pos < c.text.length || out.length === 0) out.push(c.text.slice(pos));
    return out;
  });
  return { pieces, parent };
}
