/** Small hand-made clauses and links for the comparison stages' tests. */
import type { ClauseRecord, DocumentRecord, LinkRecord } from '../../lib/corpus/export-contract';

export function clause(documentId: string, id: string, text: string, extra: Partial<ClauseRecord> = {}): ClauseRecord {
  const label = extra.label ?? '';
  return {
    id,
    documentId,
    parentId: null,
    kind: 'article',
    label,
    number: null,
    text,
    sourceText: text,
    head: [{ text }],
    line: 1,
    depth: 0,
    ...extra,
  };
}

/** n articles "a1"… of a document, with text "<doc> 条<k>". */
export function articles(documentId: string, n: number): ClauseRecord[] {
  return Array.from({ length: n }, (_, k) => clause(documentId, `a${k + 1}`, `${documentId}条${k + 1}`, { label: `第${k + 1}条`, number: k + 1 }));
}

export function link(from: string, to: string, score = 0.8, kind: LinkRecord['kind'] = 'implements'): LinkRecord {
  return { from, to, kind, score, evidence: { sharedTerms: [], hints: [] } };
}

export function doc(id: string, extra: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    title: id,
    shortTitle: id,
    level: null,
    rank: null,
    area: null,
    issuer: null,
    docNumber: null,
    region: null,
    issued: null,
    effective: null,
    versionDate: null,
    workId: id,
    status: 'unknown',
    statusEvidence: null,
    supersededBy: null,
    docType: 'regulation',
    sourceFile: 'x.txt',
    sourceLines: '1',
    meta: {} as DocumentRecord['meta'],
    parents: [],
    ...extra,
  };
}

export function parentRef(documentId: string | null): DocumentRecord['parents'][number] {
  return { citation: `《${documentId}》`, documentId, workId: documentId, basis: 'stated', via: 'declared', evidence: null };
}
