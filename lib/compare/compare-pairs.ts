/**
 * Which comparisons the site pre-generates, and how any two documents are
 * related. The number of pages grows with the number of documents and their
 * declared or found relations, never with the number of pairs, and each
 * related pair gets one page, in one orientation:
 * - each document against each parent it implements (the local text left);
 * - each version of a work against the version before it (新旧对照);
 * - two documents the corpus links clauses between, the one more of the
 *   links start from left (links are bounded per clause); a clause on the
 *   right-hand side lands on its row of that page.
 * Any other pair — the same pair seen from the other side, two implementers
 * of one parent (siblings, aligned through it), two regulations alike in
 * wording, two distant versions — is compared in the browser on request
 * (onDemandComparison in compare-document-data.ts): at national size a page
 * per mirrored, similar or sibling pair made thousands of pages and most of
 * the site build's time.
 */
import type { DocumentRecord, WorkRecord } from '../corpus/export-contract';
import { compareVersions } from '../refs/version-at-date';

export type PairRelation =
  /** The right-hand document is a parent of the left. */
  | 'implements'
  /** The left-hand document is a parent of the right. */
  | 'implemented-by'
  /** Two versions of one work: the left newer (新旧对照). */
  | 'versions'
  /** Both implement the same parent(s) in the collection: `via`. */
  | 'siblings'
  /** No relation: aligned by wording alone. */
  | 'similar';

export type ComparePair = { local: string; parent: string; relation: PairRelation; via: string[] };

/** `works`: the corpus's works (for 新旧对照); `linked`: the [from, to] documents of the corpus's links. */
export function comparePairs(documents: DocumentRecord[], works: WorkRecord[] = [], linked: Iterable<[string, string]> = []): ComparePair[] {
  const ids = new Set(documents.map((d) => d.id));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const parentsOf = new Map(documents.map((d) => [d.id, declaredParents(d, ids)]));
  const seen = new Set<string>();
  const pairs: ComparePair[] = [];
  // Keyed by the unordered pair: a pair's page shows it one way round only.
  const unordered = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const add = (a: string, b: string) => {
    const key = unordered(a, b);
    if (a === b || seen.has(key)) return;
    seen.add(key);
    pairs.push(relate(byId.get(a)!, byId.get(b)!, parentsOf));
  };

  // Parents first: a pair that is also linked keeps the local text left.
  for (const d of documents) for (const p of parentsOf.get(d.id)!) add(d.id, p);
  for (const w of works) {
    const present = w.versions.filter((v) => ids.has(v.documentId));
    for (let i = 0; i + 1 < present.length; i++) add(present[i].documentId, present[i + 1].documentId);
  }
  // A linked pair's page sets left the document more of its links start from (the first by id on a tie),
  // so its address does not turn with the order the links happen to be listed in.
  const fromTo = new Map<string, number>();
  for (const [a, b] of linked) if (byId.has(a) && byId.has(b)) fromTo.set(`${a}\u0000${b}`, (fromTo.get(`${a}\u0000${b}`) ?? 0) + 1);
  const count = (a: string, b: string) => fromTo.get(`${a}\u0000${b}`) ?? 0;
  for (const key of [...fromTo.keys()].sort()) {
    const [a, b] = key.split('\u0000');
    const aLeft = count(a, b) > count(b, a) || (count(a, b) === count(b, a) && a < b);
    if (aLeft) add(a, b);
    else add(b, a);
  }
  return pairs;
}

export function relate(a: DocumentRecord, b: DocumentRecord, parentsOf: Map<string, string[]>): ComparePair {
  const pa = parentsOf.get(a.id) ?? [];
  const pb = parentsOf.get(b.id) ?? [];
  if (pa.includes(b.id)) return { local: a.id, parent: b.id, relation: 'implements', via: [] };
  if (pb.includes(a.id)) return { local: a.id, parent: b.id, relation: 'implemented-by', via: [] };
  if (a.workId === b.workId) {
    // 新旧对照 sets the newer version left, whichever way round the two were chosen.
    const [newer, older] = compareVersions({ documentId: a.id, date: a.versionDate }, { documentId: b.id, date: b.versionDate }) > 0 ? [a, b] : [b, a];
    return { local: newer.id, parent: older.id, relation: 'versions', via: [] };
  }
  const via = pa.filter((p) => pb.includes(p));
  if (via.length) return { local: a.id, parent: b.id, relation: 'siblings', via };
  return { local: a.id, parent: b.id, relation: 'similar', via: [] };
}

/** A document's parents that are in the collection, declared or found; `ids`, where given, the documents present. */
export function declaredParents(doc: DocumentRecord, ids?: Set<string>): string[] {
  return doc.parents.map((p) => p.documentId).filter((id): id is string => id !== null && (!ids || ids.has(id)) && id !== doc.id);
}
