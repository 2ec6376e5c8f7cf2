/**
 * Which comparisons the site pre-generates, and how each pair is related.
 * A static site cannot compare on demand, so every pair a reader may ask for
 * is built ahead: each document against each parent it declares (and back),
 * documents that declare a common parent, and every ordered pair of
 * regulations, which are aligned by similarity when nothing relates them.
 */
import type { DocumentRecord } from '../types';

export type PairRelation =
  /** The right-hand document is a declared parent of the left. */
  | 'implements'
  /** The left-hand document is a declared parent of the right. */
  | 'implemented-by'
  /** Both declare the same parent(s) in the collection: `via`. */
  | 'siblings'
  /** No declared relation: aligned by wording alone. */
  | 'similar';

export type ComparePair = { local: string; parent: string; relation: PairRelation; via: string[] };

export function comparePairs(documents: DocumentRecord[]): ComparePair[] {
  const ids = new Set(documents.map((d) => d.id));
  const parentsOf = new Map(documents.map((d) => [d.id, declaredParents(d, ids)]));
  const pairs: ComparePair[] = [];
  for (const a of documents) {
    for (const b of documents) {
      if (a.id === b.id) continue;
      const pair = relate(a, b, parentsOf);
      if (pair) pairs.push(pair);
    }
  }
  return pairs;
}

/** The pair for two documents, or null when the site has no page for it. */
export function relate(a: DocumentRecord, b: DocumentRecord, parentsOf: Map<string, string[]>): ComparePair | null {
  const pa = parentsOf.get(a.id) ?? [];
  const pb = parentsOf.get(b.id) ?? [];
  if (pa.includes(b.id)) return { local: a.id, parent: b.id, relation: 'implements', via: [] };
  if (pb.includes(a.id)) return { local: a.id, parent: b.id, relation: 'implemented-by', via: [] };
  const via = pa.filter((p) => pb.includes(p));
  if (via.length) return { local: a.id, parent: b.id, relation: 'siblings', via };
  if (a.docType === 'regulation' && b.docType === 'regulation') return { local: a.id, parent: b.id, relation: 'similar', via: [] };
  return null;
}

/** Parents a document declares that are in the collection. */
export function declaredParents(doc: DocumentRecord, ids: Set<string>): string[] {
  return doc.parents.map((p) => p.documentId).filter((id): id is string => id !== null && ids.has(id) && id !== doc.id);
}
