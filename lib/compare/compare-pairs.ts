/**
 * Which comparisons the site pre-generates, and how any two documents are
 * related. The number of pages grows with the number of documents, not with
 * its square:
 * - each document against each parent it declares, and back;
 * - documents that declare a common parent, when that parent has at most
 *   SIBLING_GROUP_MAX implementers in the collection (a national rule with
 *   hundreds of local implementers would otherwise give tens of thousands);
 * - for each regulation, the SIMILAR_DEFAULTS.k regulations whose wording is
 *   most like it (similar-documents.ts), in both orders — this also brings in
 *   the nearest siblings of a large group;
 * - two documents the corpus links clauses between, in both orders, so each
 *   clause's 「对照」 has a row to land on (links are bounded per clause).
 * Any other pair is compared in the browser on request (onDemandComparison in
 * compare-document-data.ts).
 */
import type { DocumentRecord } from '../corpus/export-contract';
import { similarDocuments, type DocumentTerms } from './similar-documents';

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

/** Implementers of one parent that are all paired with each other: at most 5 sibling pages per document and parent. */
export const SIBLING_GROUP_MAX = 6;

/**
 * `terms`: each document's wording terms (documentShingles), for finding
 * similar regulations; `linked`: the [from, to] documents of the corpus's links.
 */
export function comparePairs(documents: DocumentRecord[], terms: Map<string, Iterable<string>>, linked: Iterable<[string, string]> = []): ComparePair[] {
  const ids = new Set(documents.map((d) => d.id));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const parentsOf = new Map(documents.map((d) => [d.id, declaredParents(d, ids)]));
  const seen = new Set<string>();
  const pairs: ComparePair[] = [];
  const add = (a: string, b: string) => {
    const key = `${a}\u0000${b}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    pairs.push(relate(byId.get(a)!, byId.get(b)!, parentsOf));
  };

  const implementers = new Map<string, string[]>();
  for (const d of documents) {
    for (const p of parentsOf.get(d.id)!) {
      add(d.id, p);
      add(p, d.id);
      (implementers.get(p) ?? implementers.set(p, []).get(p)!).push(d.id);
    }
  }
  for (const group of implementers.values()) {
    if (group.length > SIBLING_GROUP_MAX) continue;
    for (const a of group) for (const b of group) add(a, b);
  }
  const regulations: DocumentTerms[] = documents.filter((d) => d.docType === 'regulation').map((d) => ({ id: d.id, terms: terms.get(d.id) ?? [] }));
  for (const [a, near] of similarDocuments(regulations)) {
    for (const b of near) {
      add(a, b.id);
      add(b.id, a);
    }
  }
  for (const [a, b] of linked) {
    if (!byId.has(a) || !byId.has(b)) continue;
    add(a, b);
    add(b, a);
  }
  return pairs;
}

/** How two documents are related, whether or not the site has a page for them. */
export function relate(a: DocumentRecord, b: DocumentRecord, parentsOf: Map<string, string[]>): ComparePair {
  const pa = parentsOf.get(a.id) ?? [];
  const pb = parentsOf.get(b.id) ?? [];
  if (pa.includes(b.id)) return { local: a.id, parent: b.id, relation: 'implements', via: [] };
  if (pb.includes(a.id)) return { local: a.id, parent: b.id, relation: 'implemented-by', via: [] };
  const via = pa.filter((p) => pb.includes(p));
  if (via.length) return { local: a.id, parent: b.id, relation: 'siblings', via };
  return { local: a.id, parent: b.id, relation: 'similar', via: [] };
}

/** Parents a document declares that are in the collection. */
export function declaredParents(doc: DocumentRecord, ids: Set<string>): string[] {
  return doc.parents.map((p) => p.documentId).filter((id): id is string => id !== null && ids.has(id) && id !== doc.id);
}
