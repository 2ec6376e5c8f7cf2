/**
 * Lookups over the built corpus, shared by the site and the CLI. Built once
 * from the exported data; no I/O.
 */
import type { ClauseRecord, CitationRecord, Corpus, Correction, DocumentRecord, Exclusion, Finding, LinkRecord, WorkRecord } from '../corpus/export-contract';
import { ClauseIndex, clauseName } from '../clause';
import { pushTo } from '../push-to';

export type CorpusData = Corpus & { bodies: Record<string, string> };

export class CorpusIndex {
  readonly documents: DocumentRecord[];
  private readonly docById = new Map<string, DocumentRecord>();
  private readonly clausesByDoc = new Map<string, ClauseRecord[]>();
  private readonly clauseByKey = new Map<string, ClauseRecord>();
  private readonly childrenByKey = new Map<string, ClauseRecord[]>();
  private readonly treeByDoc = new Map<string, ClauseIndex>();

  constructor(readonly data: CorpusData) {
    this.documents = data.documents;
    for (const d of data.documents) this.docById.set(d.id, d);
    for (const c of data.clauses) {
      pushTo(this.clausesByDoc, c.documentId, c);
      this.clauseByKey.set(key(c.documentId, c.id), c);
      pushTo(this.childrenByKey, key(c.documentId, c.parentId ?? ''), c);
    }
  }

  document(id: string): DocumentRecord | undefined {
    return this.docById.get(id);
  }
  /** All clauses of a document, in document order. */
  clauses(documentId: string): ClauseRecord[] {
    return this.clausesByDoc.get(documentId) ?? [];
  }
  clause(documentId: string, clauseId: string): ClauseRecord | undefined {
    return this.clauseByKey.get(key(documentId, clauseId));
  }
  /** One document's tree, built on first use: what clause names and citation units are read from. */
  clauseIndex(documentId: string): ClauseIndex {
    let tree = this.treeByDoc.get(documentId);
    if (!tree) {
      tree = new ClauseIndex(this.clauses(documentId));
      this.treeByDoc.set(documentId, tree);
    }
    return tree;
  }
  /** A clause's one name (lib/clause: 第二十条第（三）项), or its id when the document has no such clause. */
  clauseName(documentId: string, clauseId: string): string {
    const clause = this.clause(documentId, clauseId);
    return clause ? clauseName(clause, this.clauseIndex(documentId)) : clauseId;
  }
  /** Top-level clauses when parentId is null. */
  children(documentId: string, parentId: string | null): ClauseRecord[] {
    return this.childrenByKey.get(key(documentId, parentId ?? '')) ?? [];
  }
  // Grouped on first use: a page per document asking by filtering the whole
  // national corpus made a site build quadratic.
  private grouped = new Map<string, Map<string, unknown[]>>();
  private group<T>(name: string, records: T[], keyOf: (r: T) => string, k: string): T[] {
    let m = this.grouped.get(name) as Map<string, T[]> | undefined;
    if (!m) {
      m = new Map();
      for (const r of records) pushTo(m, keyOf(r), r);
      this.grouped.set(name, m as Map<string, unknown[]>);
    }
    return m.get(k) ?? [];
  }
  findings(documentId: string): Finding[] {
    return this.group('findings', this.data.findings, (f) => f.documentId, documentId);
  }
  corrections(documentId: string): (Correction & { documentId: string })[] {
    return this.group('corrections', this.data.corrections, (c) => c.documentId, documentId);
  }
  /** The documents a source holds. */
  documentsOfSource(sourceFile: string): DocumentRecord[] {
    return this.group('documentsOfSource', this.documents, (d) => d.sourceFile, sourceFile);
  }
  exclusions(sourceFile: string): Exclusion[] {
    return this.group('exclusions', this.data.exclusions, (x) => x.sourceFile, sourceFile);
  }
  citations(documentId: string): CitationRecord[] {
    return this.group('citations', this.data.citations, (c) => c.documentId, documentId);
  }
  /** Links whose `from` is this clause (its parent provisions). */
  linksFrom(globalClauseId: string): LinkRecord[] {
    return this.group('linksFrom', this.data.links, (l) => l.from, globalClauseId);
  }
  /** Links whose `to` is this clause (local provisions implementing it). */
  linksTo(globalClauseId: string): LinkRecord[] {
    return this.group('linksTo', this.data.links, (l) => l.to, globalClauseId);
  }
  /** Links from this clause that an editor rejected (kept on record, not shown as links). */
  rejectedLinksFrom(globalClauseId: string): LinkRecord[] {
    return this.group('rejectedFrom', this.data.rejectedLinks, (l) => l.from, globalClauseId);
  }
  rejectedLinksTo(globalClauseId: string): LinkRecord[] {
    return this.group('rejectedTo', this.data.rejectedLinks, (l) => l.to, globalClauseId);
  }
  private workById: Map<string, WorkRecord> | null = null;
  /** A work and its versions (newest first); built data older than works has none. */
  work(workId: string): WorkRecord | undefined {
    this.workById ??= new Map((this.data.works ?? []).map((w) => [w.id, w]));
    return this.workById.get(workId);
  }
  body(documentId: string): string {
    return this.data.bodies[documentId] ?? '';
  }
}

/** Links and cross-document references name a clause as "<documentId>#<clauseId>". */
export function globalId(documentId: string, clauseId: string): string {
  return `${documentId}#${clauseId}`;
}
export function splitGlobalId(id: string): { documentId: string; clauseId: string } {
  const i = id.indexOf('#');
  return { documentId: id.slice(0, i), clauseId: id.slice(i + 1) };
}

function key(doc: string, id: string): string {
  return `${doc}\u0000${id}`;
}
