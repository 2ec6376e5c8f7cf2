/**
 * The per-clause table ranking reads instead of the texts: document, parent,
 * kind, folded length and where the sub-clauses sit in the folded text. Each
 * shard holds a run of clauses as columns of base-32 numbers (postings.ts),
 * a few bytes a clause, so a query reads only the runs its hits fall in.
 */
import { decodeNumbers, encodeNumbers } from './postings';
import { metaShardKey, type SearchManifest, type ShardLoader } from './index-format';
import { ShardedRows } from './sharded-rows';

export type ClauseMeta = {
  index: number;
  docIndex: number;
  parentIndex: number;
  kind: string;
  /** Folded length of the full text, sub-clauses included. */
  length: number;
  /** Where each child's text sits in the folded text: [from, to). */
  childSpans: [number, number][];
};

/**
 * Columns, one number per clause (spans: a count, then the pairs). Small
 * numbers are short: the document as a step from the previous clause's
 * (clauses come in document order), the parent as its distance back (0: none).
 */
export type MetaShard = { from: number; doc: string; parent: string; kind: string; length: string; spans: string };

export function encodeMetaShard(from: number, rows: Omit<ClauseMeta, 'index'>[], kinds: string[]): MetaShard {
  return {
    from,
    doc: encodeNumbers(rows.map((r, k) => signed(r.docIndex - (k ? rows[k - 1].docIndex : 0)))),
    parent: encodeNumbers(rows.map((r, k) => (r.parentIndex < 0 ? 0 : signed(from + k - r.parentIndex)))),
    kind: encodeNumbers(rows.map((r) => kinds.indexOf(r.kind))),
    length: encodeNumbers(rows.map((r) => r.length)),
    spans: encodeNumbers(rows.flatMap((r) => [r.childSpans.length, ...r.childSpans.flat()])),
  };
}

function decodeMetaShard(s: MetaShard, kinds: string[]): ClauseMeta[] {
  const [doc, parent, kind, length, spans] = [s.doc, s.parent, s.kind, s.length, s.spans].map(decodeNumbers);
  let at = 0;
  let docIndex = 0;
  return doc.map((d, k) => {
    const n = spans[at++];
    const childSpans: [number, number][] = [];
    for (let i = 0; i < n; i++, at += 2) childSpans.push([spans[at], spans[at + 1]]);
    docIndex += unsigned(d);
    const parentIndex = parent[k] === 0 ? -1 : s.from + k - unsigned(parent[k]);
    return { index: s.from + k, docIndex, parentIndex, kind: kinds[kind[k]] ?? '', length: length[k], childSpans };
  });
}

/** Zigzag: a signed step as a non-negative number (0, -1, 1, -2 … → 0, 1, 2, 3 …). */
const signed = (n: number) => (n < 0 ? -2 * n - 1 : 2 * n);
const unsigned = (z: number) => (z % 2 ? -(z + 1) / 2 : z / 2);

/** Clause metadata rows, loaded for the clause ranges a query's hits fall in. */
export class ClauseMetaStore extends ShardedRows<ClauseMeta> {
  constructor(manifest: SearchManifest, loader: ShardLoader) {
    super(
      loader,
      (i) => metaShardKey(i, manifest),
      (data) => decodeMetaShard(data as MetaShard, manifest.meta.kinds).map((r): [number, ClauseMeta] => [r.index, r]),
      'metadata of clause',
    );
  }
}
