/**
 * One document's clauses as the page renders them: a tree with, per clause,
 * its verbatim source head, the findings that concern it, the corrections in
 * its text, and whether it is an article-level unit (where relations attach).
 * Pure over the corpus index so it can be tested without rendering.
 */
import type { CorpusIndex } from '@/lib/content/corpus-index';
import type { ClauseKind, ClauseRecord, Correction, Finding } from '@/lib/types';
import { displayLabel } from '@/lib/clause/display-label';
import { UNLABELED_KIND } from './labels';

export type NumberedCorrection = Correction & { documentId: string; n: number; clauseId: string | null };

export type ClauseView = {
  record: ClauseRecord;
  /** The clause's own lines exactly as the source printed them, children excluded. */
  sourceHead: string;
  findings: Finding[];
  corrections: NumberedCorrection[];
  articleLevel: boolean;
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

const HEADING_KINDS: ClauseKind[] = ['part', 'chapter', 'section'];

export function isHeadingKind(kind: ClauseKind): boolean {
  return HEADING_KINDS.includes(kind);
}

export function buildDocumentView(index: CorpusIndex, documentId: string): DocumentView {
  const clauses = index.clauses(documentId);
  const ids = new Set(clauses.map((c) => c.id));
  const findings = index.findings(documentId);
  const corrections = numberCorrections(index, documentId, clauses);
  const byClause = (id: string) => findings.filter((f) => f.clauseId === id);

  const build = (record: ClauseRecord, underArticle: boolean): ClauseView => {
    const kids = index.children(documentId, record.id);
    const children = kids.map((k) => build(k, underArticle || record.kind === 'article'));
    return {
      record,
      sourceHead: sourceHead(record, kids),
      findings: byClause(record.id),
      corrections: corrections.filter((c) => c.clauseId === record.id),
      articleLevel: isArticleLevel(record.kind, underArticle),
      children,
    };
  };
  return {
    roots: index.children(documentId, null).map((r) => build(r, false)),
    documentFindings: findings.filter((f) => f.clauseId === null || !ids.has(f.clauseId)),
    corrections,
    toc: tocEntries(clauses),
  };
}

/**
 * Relations attach to the unit a reader cites: an article, or — in texts
 * without articles — a top-level provision. Headings and the title/preamble
 * are containers or framing, not provisions.
 */
export function isArticleLevel(kind: ClauseKind, underArticle: boolean): boolean {
  if (kind === 'article') return true;
  if (underArticle) return false;
  return kind !== 'title' && kind !== 'preamble' && !isHeadingKind(kind);
}

/** A clause's span is its own lines followed by its children's spans, so the head is what precedes them. */
export function sourceHead(record: ClauseRecord, children: ClauseRecord[]): string {
  const tail = children.map((c) => c.sourceText).join('');
  const own = tail && record.sourceText.endsWith(tail) ? record.sourceText.slice(0, record.sourceText.length - tail.length) : record.sourceText;
  return own.replace(/\n+$/, '');
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

/**
 * A short human name for a clause, for links from lists: "第二十条（一）",
 * "第二条第2款". Chapters are left out unless the clause is one: articles are
 * numbered through the whole document.
 */
export function clauseLocator(index: CorpusIndex, documentId: string, clauseId: string): string {
  const chain: ClauseRecord[] = [];
  for (let c = index.clause(documentId, clauseId); c; c = c.parentId ? index.clause(documentId, c.parentId) : undefined) chain.unshift(c);
  const self = chain.at(-1);
  if (!self) return clauseId;
  // 第N条 are numbered through the whole document, so their chapter adds nothing;
  // outline numbers like （一） restart under each heading, so the heading stays.
  const global = chain.some((x) => x.kind === 'article' && /^第.+条$/.test(x.label));
  const parts = chain
    .filter((c) => c === self || !isHeadingKind(c.kind) || !global)
    .map((c) => (c.label ? displayLabel(c.label) : unlabeledName(index, documentId, c)));
  return parts.join('');
}

function unlabeledName(index: CorpusIndex, documentId: string, c: ClauseRecord): string {
  if (c.kind === 'title') return UNLABELED_KIND.title;
  const siblings = index.children(documentId, c.parentId).filter((s) => s.kind === c.kind);
  // An article's own first line is its first paragraph, so the next one is 第2款.
  const offset = c.kind === 'paragraph' && c.parentId && index.clause(documentId, c.parentId)?.kind === 'article' ? 1 : 0;
  return `第${siblings.indexOf(c) + 1 + offset}${UNLABELED_KIND[c.kind]}`;
}
