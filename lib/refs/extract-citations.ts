/**
 * The citation pipeline for one document, clause by clause: clean →
 * tokenize → find → resolve. Short names declared anywhere in the document
 * (以下简称《X》) are collected first, so every use of them — before or after
 * the declaration — resolves to the full citation they stand for. Spans are
 * offsets into each clause's displayed `text`.
 */
import type { CitationRecord, ClauseRecord, CitedDocument, DocumentRecord } from '../corpus/export-contract';
import type { FoundCitation, FoundDocumentCitation, Token } from './model';
import { abbreviationUse } from './patterns';
import { cleanText } from './clean-text';
import { tokenizeCitations } from './tokenize-citations';
import { findCitations, pinpointAfter } from './find-citations';
import { describeCited, type DocumentResolution, type DocumentResolver } from './document-resolver';
import { resolveInternal } from './resolve-internal';
import { ClauseIndex } from '../clause';
import { titleKey } from './title-key';
import { ownText } from './own-text';
import { documentDate } from './version-at-date';

type Found = { clause: ClauseRecord; citation: FoundCitation };

/** Clauses of another document, for 《X》第N条 pinpoints into it. */
export type ClauseLookup = (documentId: string) => ClauseRecord[];

export function extractCitations(doc: DocumentRecord, clauses: ClauseRecord[], resolver: DocumentResolver, lookup: ClauseLookup = () => []): CitationRecord[] {
  const index = new ClauseIndex(clauses);
  const texts = clauses.map((clause) => {
    const text = cleanText(ownText(clause, index.children(clause.id)));
    return { clause, text, tokens: tokenizeCitations(text) };
  });
  // Matching ran on the cleaned text; `raw` quotes the clause as displayed (same offsets).
  const printed = (clause: ClauseRecord, span: { start: number; end: number }) => clause.text.slice(span.start, span.end);
  const found: Found[] = texts.flatMap(({ clause, text, tokens }) => findCitations(text, tokens).map((citation) => ({ clause, citation })));
  const declared = new Map<string, FoundDocumentCitation>();
  for (const f of found) if (f.citation.kind === 'document' && f.citation.abbreviation) declared.set(f.citation.abbreviation, f.citation);
  const uses = quotedUses(texts, declared, found);
  // 反恐怖主义法第八十三条: the 第N条 after a use pinpoints the cited document, not this one.
  const pinpointed = new Set(uses.filter((u) => u.citation.kind === 'document' && u.citation.pinpoint).map((u) => `${u.clause.id}@${u.citation.span.end}`));
  const kept = found.filter((f) => f.citation.kind !== 'internal' || !pinpointed.has(`${f.clause.id}@${f.citation.span.start}`));
  found.splice(0, found.length, ...kept, ...uses);
  // Only what the frontmatter declares: parents found by lib/works resolve the same way by title.
  const context = { citingDocumentId: doc.id, parents: doc.parents.filter((p) => p.via === 'declared'), date: documentDate(doc) };
  const resolutions = new Map<FoundDocumentCitation, DocumentResolution>();
  const resolveDoc = (c: FoundDocumentCitation): DocumentResolution => {
    if (!resolutions.has(c)) resolutions.set(c, resolveUse(c, declared, (x) => resolver.resolve(x, context), resolveDoc));
    return resolutions.get(c)!;
  };
  const out: CitationRecord[] = [];
  for (const { clause, citation } of found) {
    if (citation.kind === 'internal') {
      const r = resolveInternal(citation.ref, clause, index);
      out.push({ fromClauseId: clause.id, documentId: doc.id, raw: printed(clause, citation.span), kind: 'internal', span: citation.span, targetDocumentId: doc.id, targetClauseId: r.targetClauseId, reason: r.reason });
      continue;
    }
    const r = resolveDoc(citation);
    // A title line printing the document's own name is not a citation of another document.
    if (r.targetDocumentId === doc.id) continue;
    const pinpoint = r.targetDocumentId && citation.pinpoint ? pinpointClause(lookup(r.targetDocumentId), citation.pinpoint) : null;
    out.push({ ...documentRecord(doc.id, clause, citation, r, withPromulgated(citation, found, resolveDoc), pinpoint), raw: printed(clause, citation.span) });
  }
  const order = new Map(clauses.map((c, i) => [c.id, i]));
  return out.sort((a, b) => order.get(a.fromClauseId)! - order.get(b.fromClauseId)! || a.span.start - b.span.start);
}

/**
 * “X” or 「X」 where X is a declared short name — or bare X, where it was
 * declared bare — a use of it, unless it is the declaration itself or
 * inside a citation already found. (《X》 uses are title tokens already.)
 * A 第N条 right after the use pinpoints the document it names.
 */
function quotedUses(texts: { clause: ClauseRecord; text: string; tokens: Token[] }[], declared: Map<string, FoundDocumentCitation>, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const { clause, text, tokens } of texts) {
    const taken = [...tokens.map((t) => t.span), ...found.filter((f) => f.clause === clause).map((f) => f.citation.span)];
    for (const [short, full] of declared) {
      // A bare use of a short name of two characters (条例) would match inside any longer title.
      const bare = full.bareAbbreviation === true && short.length >= 3;
      for (const m of text.matchAll(abbreviationUse(short, bare))) {
        const span = { start: m.index!, end: m.index! + m[0].length };
        if (m[0].startsWith('《') || taken.some((s) => s.start < span.end && span.start < s.end)) continue;
        const pinpoint = pinpointAfter(text, span.end);
        const citation: FoundDocumentCitation = { kind: 'document', role: 'plain', span, raw: m[0], title: short, issuer: null, docNumber: null, abbreviation: null, pinpoint, wrappedBy: null };
        out.push({ clause, citation });
      }
    }
  }
  return out;
}

/** A later 《X》 where X is a declared short name takes the resolution of the full citation. */
function resolveUse(
  c: FoundDocumentCitation,
  declared: Map<string, FoundDocumentCitation>,
  resolve: (c: FoundDocumentCitation) => DocumentResolution,
  resolveFull: (c: FoundDocumentCitation) => DocumentResolution,
): DocumentResolution {
  const full = c.role === 'plain' && c.title && !c.docNumber ? declared.get(c.title) : undefined;
  if (!full || full === c) return resolve(c);
  c.role = 'abbreviation';
  c.fullTitle = full.title;
  const r = resolveFull(full);
  const name = describeCited(full);
  const where = r.targetDocumentId ? `，${r.reason}` : '，本库未收录';
  return { targetDocumentId: r.targetDocumentId, score: r.score, via: 'abbreviation', reason: `${c.raw}是${name}的简称${where}` };
}

/** For a notice: say whether the document it promulgates is in the collection. */
function withPromulgated(c: FoundDocumentCitation, found: Found[], resolve: (c: FoundDocumentCitation) => DocumentResolution): string {
  if (c.role !== 'notice') return '';
  const inner = found.find((f) => f.citation.kind === 'document' && f.citation.role === 'inner' && f.citation.span.start > c.span.start && f.citation.span.end < c.span.end);
  if (!inner || inner.citation.kind !== 'document') return '';
  const r = resolve(inner.citation);
  return r.targetDocumentId ? `；所印发的《${inner.citation.title}》已收录` : '';
}

/** 《X》第N条第M款 → the clause in X, by article number as printed. */
function pinpointClause(clauses: ClauseRecord[], p: { art: number; para: number | null }): string | null {
  const article = clauses.find((c) => c.kind === 'article' && c.number === p.art);
  if (!article || !p.para || p.para === 1) return article?.id ?? null;
  const paras = clauses.filter((c) => c.parentId === article.id && c.kind === 'paragraph');
  return paras[p.para - 2]?.id ?? article.id;
}

function documentRecord(documentId: string, clause: ClauseRecord, c: FoundDocumentCitation, r: DocumentResolution, extra: string, pinpoint: string | null): CitationRecord {
  const cited: CitedDocument = {
    title: c.title,
    key: c.title ? titleKey(c.title) : null,
    issuer: c.issuer,
    docNumber: c.docNumber?.raw ?? null,
    abbreviation: c.abbreviation,
    ...(c.role === 'abbreviation' ? { fullTitle: c.fullTitle ?? null } : {}),
    role: c.role,
    via: r.via,
    score: Math.round(r.score * 100) / 100,
  };
  return {
    fromClauseId: clause.id,
    documentId,
    raw: c.raw,
    kind: 'document',
    span: c.span,
    targetDocumentId: r.targetDocumentId,
    targetClauseId: pinpoint,
    reason: r.reason + extra,
    cited,
  };
}
