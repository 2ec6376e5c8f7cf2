/**
 * Document citations grouped by the document they cite: a short-name use
 * joins its full citation, a 关于印发〈X〉的通知 joins X, and the same
 * document printed two ways (with and without its issuer) is one group.
 * Feeds a document's 引用文件 list and the 未收录文件 page.
 */
import type { CitationRecord } from '../corpus/export-contract';
import { titleKey } from './title-key';

export type CitedGroup = {
  /** The target document's id, or the cited title's key when it is not in the collection. */
  key: string;
  targetDocumentId: string | null;
  /** The fullest printed title. */
  title: string;
  issuer: string | null;
  docNumber: string | null;
  abbreviations: string[];
  /** Notices through which the document was cited (关于印发…的通知). */
  notices: string[];
  /** A citing document declares it as its parent. */
  declaredParent: boolean;
  reason: string;
  citations: CitationRecord[];
  citingDocuments: string[];
};

export function groupCitedDocuments(citations: CitationRecord[]): CitedGroup[] {
  const docs = citations.filter((c) => c.kind === 'document' && c.cited);
  const groups = new Map<string, CitedGroup>();
  for (const c of docs) {
    if (c.cited!.role === 'notice' && hasInner(c, docs)) continue;
    const key = groupKey(c);
    const g = groups.get(key) ?? newGroup(key, c);
    groups.set(key, g);
    add(g, c);
  }
  // A notice is listed with the document it promulgated.
  for (const n of docs.filter((c) => c.cited!.role === 'notice' && hasInner(c, docs))) {
    const inner = docs.find((i) => isInner(i, n))!;
    const g = groups.get(groupKey(inner))!;
    if (!g.notices.includes(n.cited!.title ?? n.raw)) g.notices.push(n.cited!.title ?? n.raw);
    g.citations.push(n);
  }
  return [...groups.values()];
}

function groupKey(c: CitationRecord): string {
  if (c.targetDocumentId) return c.targetDocumentId;
  const title = c.cited!.role === 'abbreviation' ? (c.cited!.fullTitle ?? c.cited!.title) : c.cited!.title;
  return title ? missingKey(title) : `key:${c.raw}`;
}

/** The key of a cited document the collection lacks, by its title: what the relations graphs' placeholders link to. */
export function missingKey(title: string): string {
  return `key:${titleKey(title)}`;
}

function newGroup(key: string, c: CitationRecord): CitedGroup {
  return { key, targetDocumentId: c.targetDocumentId, title: '', issuer: null, docNumber: null, abbreviations: [], notices: [], declaredParent: false, reason: c.reason, citations: [], citingDocuments: [] };
}

function add(g: CitedGroup, c: CitationRecord): void {
  const cited = c.cited!;
  g.citations.push(c);
  if (!g.citingDocuments.includes(c.documentId)) g.citingDocuments.push(c.documentId);
  if (cited.via === 'declared-parent') g.declaredParent = true;
  if (cited.role === 'abbreviation') {
    if (cited.title && !g.abbreviations.includes(cited.title)) g.abbreviations.push(cited.title);
    if (!g.title && cited.fullTitle) g.title = cited.fullTitle;
    return;
  }
  if (cited.abbreviation && !g.abbreviations.includes(cited.abbreviation)) g.abbreviations.push(cited.abbreviation);
  // The fullest form wins: one printed with its issuer and 文号 says more.
  if (cited.title && cited.title.length > g.title.length) {
    g.title = cited.title;
    g.reason = c.reason;
  }
  g.issuer ??= cited.issuer;
  g.docNumber ??= cited.docNumber;
}

function hasInner(notice: CitationRecord, docs: CitationRecord[]): boolean {
  return docs.some((i) => isInner(i, notice));
}

function isInner(i: CitationRecord, notice: CitationRecord): boolean {
  return i.cited!.role === 'inner' && i.documentId === notice.documentId && i.fromClauseId === notice.fromClauseId && i.span.start >= notice.span.start && i.span.end <= notice.span.end;
}
