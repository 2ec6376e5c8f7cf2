/**
 * Stage 3 (find): tokens → citations. A title takes the 文号 and the
 * declared short name printed in the parenthesis after it, the issuer
 * printed before it, and a 第N条 pinpoint right after it; a notice that
 * promulgates 〈X〉 yields the notice and X. Internal references pass
 * through for resolution against the document's own clauses.
 */
import type { Span } from '../corpus/export-contract';
import { parseAnyNumber } from '../ingest/patterns';
import type { AbbreviationToken, DocNumberToken, FoundCitation, FoundDocumentCitation, TitleToken, Token } from './model';
import { ENDS_CITATION, FOLLOWS_TITLE, ISSUER_BEFORE, LEADING_VERB, PINPOINT_AFTER } from './patterns';
import { parseTitle } from './title-key';

/** How far after a title its parenthesis may carry a 文号 or a short name. */
const FOLLOW_WINDOW = 48;

export function findCitations(text: string, tokens: Token[]): FoundCitation[] {
  const out: FoundCitation[] = [];
  const numbers = tokens.filter((t): t is DocNumberToken => t.kind === 'doc-number');
  const used = new Set<DocNumberToken>();
  for (const t of tokens) {
    if (t.kind === 'title') {
      const number = following(text, t, numbers);
      if (number) used.add(number);
      const abbreviation = following(text, t, tokens.filter((a): a is AbbreviationToken => a.kind === 'abbreviation'));
      out.push(...titleCitations(text, t, number, abbreviation, out.length));
    } else if (t.kind === 'article-ref' || t.kind === 'relative-ref') {
      out.push({ kind: 'internal', span: t.span, raw: text.slice(t.span.start, t.span.end), ref: t });
    }
  }
  for (const n of numbers) {
    if (used.has(n)) continue;
    out.push(documentCitation(text, 'number', n.span, { docNumber: n.value }));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The first token of a kind inside the parenthesis after a title, before any other title or sentence end. */
function following<T extends Token>(text: string, title: TitleToken, candidates: T[]): T | null {
  for (const c of candidates) {
    if (c.span.start < title.span.end || c.span.start > title.span.end + FOLLOW_WINDOW) continue;
    const between = text.slice(title.span.end, c.span.start);
    if (FOLLOWS_TITLE.test(between) && !ENDS_CITATION.test(between)) return c;
  }
  return null;
}

function titleCitations(text: string, t: TitleToken, number: DocNumberToken | null, abbr: AbbreviationToken | null, offset: number): FoundDocumentCitation[] {
  const parsed = parseTitle(t.title);
  const issuer = parsed.issuer ?? issuerBefore(text, t.span.start);
  const docNumber = number?.value ?? null;
  const pinpoint = pinpointAfter(text, t.span.end);
  const promulgated = t.inner.length ? t.inner : parsed.promulgates ? [{ title: parsed.promulgates, span: t.span }] : [];
  if (!promulgated.length) {
    return [documentCitation(text, 'plain', t.span, { title: t.title, issuer, docNumber, abbreviation: abbr?.short ?? null, pinpoint, ...(abbr?.bare ? { bareAbbreviation: true } : {}) })];
  }
  // The notice and what it promulgates share the 文号 printed after them;
  // a short name declared after the notice names the promulgated document.
  const notice = documentCitation(text, 'notice', t.span, { title: t.title, issuer, docNumber });
  const inner = promulgated.map((p, i) =>
    documentCitation(text, 'inner', p.span, {
      title: p.title,
      issuer,
      docNumber,
      abbreviation: i === 0 ? (abbr?.short ?? null) : null,
      ...(i === 0 && abbr?.bare ? { bareAbbreviation: true as const } : {}),
      pinpoint: i === 0 ? pinpoint : null,
      wrappedBy: offset,
    }),
  );
  return [notice, ...inner];
}

function documentCitation(text: string, role: FoundDocumentCitation['role'], span: Span, f: Partial<FoundDocumentCitation>): FoundDocumentCitation {
  return {
    kind: 'document',
    role,
    span,
    raw: text.slice(span.start, span.end),
    title: f.title ?? null,
    issuer: f.issuer ?? null,
    docNumber: f.docNumber ?? null,
    abbreviation: f.abbreviation ?? null,
    pinpoint: f.pinpoint ?? null,
    wrappedBy: f.wrappedBy ?? null,
    ...(f.bareAbbreviation ? { bareAbbreviation: true as const } : {}),
  };
}

/** "中共中央办公厅、国务院办公厅《…》": the issuers printed just before the title. */
function issuerBefore(text: string, start: number): string | null {
  const m = ISSUER_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (!m?.groups) return null;
  let issuer = m.groups.issuer;
  for (let v = LEADING_VERB.exec(issuer); v && v[0].length < issuer.length; v = LEADING_VERB.exec(issuer)) issuer = issuer.slice(v[0].length);
  return issuer.length >= 2 ? issuer : null;
}

/** 第N条(第M款) printed right after a title or a short name's use. */
export function pinpointAfter(text: string, end: number): { art: number; para: number | null } | null {
  const m = PINPOINT_AFTER.exec(text.slice(end));
  const art = m?.groups ? parseAnyNumber(m.groups.art) : null;
  if (!m?.groups || art === null) return null;
  return { art, para: m.groups.para ? parseAnyNumber(m.groups.para) : null };
}
