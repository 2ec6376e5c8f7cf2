/**
 * One document's clauses as the page renders them: a tree with, per clause,
 * its verbatim source head, the findings that concern it, the corrections in
 * its text, and whether it is a unit a reader cites (where relations attach).
 * Pure over the corpus index so it can be tested without rendering.
 */
import type { CorpusIndex } from '@/lib/content/corpus-index';
import type { ClauseKind, ClauseRecord, Correction, Finding } from '@/lib/corpus/export-contract';
import { displayLabel, isCitationUnit, isHeadingKind, sourceHead } from '@/lib/clause';

export type NumberedCorrection = Correction & { documentId: string; n: number; clauseId: string | null };

export type ClauseView = {
  record: ClauseRecord;
  /** The clause's own lines exactly as the source printed them, children excluded. */
  sourceHead: string;
  findings: Finding[];
  corrections: NumberedCorrection[];
  /** A unit a reader cites (lib/clause): relations, 对照 and 复制引用 attach to it. */
  citationUnit: boolean;
  children: ClauseView[];
};

export type TocEntry = { id: string; kind: ClauseKind; label: string; text: string; depth: number };

export type DocumentView = {
  roots: ClauseView[];
  /** Findings not tied to a clause (or to one that no longer exists). */
  documentFindings: Finding[];
  corrections: NumberedCorrection[];
  toc: TocEntry[];
};

export function buildDocumentView(index: CorpusIndex, documentId: string): DocumentView {
  const clauses = index.clauses(documentId);
  const ids = new Set(clauses.map((c) => c.id));
  const findings = index.findings(documentId);
  const corrections = numberCorrections(index, documentId, clauses);
  const byClause = (id: string) => findings.filter((f) => f.clauseId === id);
  const tree = index.clauseIndex(documentId);

  const build = (record: ClauseRecord): ClauseView => {
    const kids = tree.children(record.id);
    const children = kids.map(build);
    return {
      record,
      sourceHead: sourceHead(record, kids),
      findings: byClause(record.id),
      corrections: corrections.filter((c) => c.clauseId === record.id),
      citationUnit: isCitationUnit(record, tree),
      children,
    };
  };
  return {
    roots: tree.children(null).map(build),
    documentFindings: findings.filter((f) => f.clauseId === null || !ids.has(f.clauseId)),
    corrections,
    toc: tocEntries(clauses),
  };
}

function numberCorrections(index: CorpusIndex, documentId: string, clauses: ClauseRecord[]): NumberedCorrection[] {
  const owner = new Map<string, string>();
  for (const c of clauses) for (const r of c.head) if (r.correctionId) owner.set(r.correctionId, c.id);
  return index
    .corrections(documentId)
    .slice()
    .sort((a, b) => a.span.start - b.span.start)
    .map((c, i) => ({ ...c, n: i + 1, clauseId: owner.get(c.id) ?? null }));
}

function tocEntries(clauses: ClauseRecord[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const c of clauses) {
    if (!isHeadingKind(c.kind) && c.kind !== 'article') continue;
    entries.push({ id: c.id, kind: c.kind, label: displayLabel(c.label), text: c.head.map((r) => r.text).join(''), depth: c.depth });
  }
  return entries;
}
