/**
 * Stage 4a (resolve, documents): a found document citation → a document in
 * the collection, or none with the reason in Chinese. Evidence, strongest
 * first: the citing document's declared parent, the 文号, the title key,
 * a fuzzy title score. A title names a work; of a work with several
 * versions the one in force at the citing document's date is taken; of a
 * code published one part per file, the part that holds the cited article. The
 * resolver is an interface so another strategy can replace this one
 * without touching the other stages.
 */
import type { DocumentRecord } from '../corpus/export-contract';
import type { ParentRef } from '../content/schema';
import type { DocNumber, FoundDocumentCitation } from './model';
import { cleanText } from './clean-text';
import { tokenizeCitations } from './tokenize-citations';
import { findCitations } from './find-citations';
import { EXCERPT_TITLE, TITLE_BRACKETS } from './patterns';
import { parseDocNumber, parseTitle, sameDocNumber, titleKey, titleSimilarity } from './title-key';
import { versionAt, workVersions, type WorkVersions } from './version-at-date';
import { continues, type ArticleRange, type ArticleRanges } from '../clause/article-range';

export type ResolvedVia = 'declared-parent' | 'doc-number' | 'title' | 'fuzzy-title' | 'excerpt' | 'abbreviation' | 'none';

/** `parts`: a citation of a whole code published one part per file names every part, first to last (targetDocumentId is the first). */
export type DocumentResolution = { targetDocumentId: string | null; score: number; via: ResolvedVia; reason: string; parts?: string[] };

/** `date`: the citing document's date (lib/refs/version-at-date documentDate), for the version in force then. */
export type ResolveContext = { citingDocumentId: string; parents: ParentRef[]; date?: string | null };

export interface DocumentResolver {
  resolve(citation: FoundDocumentCitation, context: ResolveContext): DocumentResolution;
}

/** Below this a fuzzy title match is not trusted, and the runner-up must trail by the margin. */
export const FUZZY_TITLE_THRESHOLD = 0.85;
export const FUZZY_TITLE_MARGIN = 0.1;

type Candidate = { doc: DocumentRecord; key: string; promulgates: string | null; excerptOf: string | null; number: DocNumber | null };

/** `articles`: a document's first and last 第N条 (lib/clause/article-range), to find the part of a code a citation names. */
export function createDocumentResolver(documents: DocumentRecord[], articles: ArticleRanges = () => null): DocumentResolver {
  const candidates: Candidate[] = documents.map((doc) => {
    const parsed = parseTitle(doc.title);
    // "《X》内容摘要": the collection holds an excerpt of X.
    const excerpt = EXCERPT_TITLE.exec(doc.title);
    return {
      doc,
      key: parsed.key,
      promulgates: parsed.promulgates ? titleKey(parsed.promulgates) : null,
      excerptOf: excerpt?.groups ? titleKey(excerpt.groups.of) : null,
      number: doc.docNumber ? parseDocNumber(doc.docNumber) : null,
    };
  });
  // The same documents are cited again and again across a collection; the
  // answer for a citation that names no declared parent depends only on
  // the citation, so it is computed once per distinct citation.
  const memo = new Map<string, DocumentResolution>();
  const works = workVersions(documents);
  const workOf = new Map(documents.map((d) => [d.id, d.workId]));
  return {
    resolve: (citation, context) => {
      const name = describeCited(citation);
      const declared = declaredParent(citation, context.parents);
      if (declared && citation.role !== 'notice') return resolveDeclared(candidates, declared, name);
      const key = JSON.stringify([citation.role, citation.title, citation.docNumber, name, citation.pinpoint?.art]);
      let hit = memo.get(key);
      if (!hit) memo.set(key, (hit = resolveUndeclared(candidates, citation, name, articles)));
      const date = context.date ?? null;
      const at = atDate(hit, works, workOf, date);
      return hit.parts ? { ...at, parts: hit.parts.map((id) => atDate({ ...hit, targetDocumentId: id }, works, workOf, date).targetDocumentId!) } : at;
    },
  };
}

/** A title names the work; the version is the one in force at the citing document's date. A 文号 names one version exactly. */
function atDate(r: DocumentResolution, works: Map<string, WorkVersions>, workOf: Map<string, string>, date: string | null): DocumentResolution {
  if (!r.targetDocumentId || r.via === 'doc-number') return r;
  const work = works.get(workOf.get(r.targetDocumentId) ?? '');
  if (!work || work.versions.length < 2) return r;
  const choice = versionAt(work.versions, date, work.current);
  const version = work.versions.find((v) => v.documentId === choice.documentId)!;
  const why = choice.note ?? `取引用文件日期（${date}）时施行的版本`;
  return { ...r, targetDocumentId: choice.documentId, reason: `${r.reason}；本库收录该文件 ${work.versions.length} 个版本，${why}（${version.date ?? '日期不详'}）` };
}

function resolveDeclared(all: Candidate[], declared: ParentRef, name: string): DocumentResolution {
  if (declared.documentId) {
    const title = all.find((d) => d.doc.id === declared.documentId)?.doc.title ?? declared.documentId;
    return { targetDocumentId: declared.documentId, score: 1, via: 'declared-parent', reason: `本文件声明的上位依据，即本库收录的《${title}》` };
  }
  return { targetDocumentId: null, score: 0, via: 'declared-parent', reason: `${name}是本文件声明的上位依据，本库未收录` };
}

function resolveUndeclared(all: Candidate[], c: FoundDocumentCitation, name: string, articles: ArticleRanges): DocumentResolution {
  if (c.role === 'notice') return resolveNotice(all, c, name);
  const key = c.title ? titleKey(c.title) : '';
  const byNumber = c.docNumber ? all.filter((d) => d.number && sameDocNumber(d.number, c.docNumber!)) : [];
  const agreeing = byNumber.filter((d) => !key || titleSimilarity(key, d.key) >= 0.5);
  if (agreeing.length === 1) return found(agreeing[0], 1, 'doc-number', `文号相符（${agreeing[0].doc.docNumber}）`);
  const exact = all.filter((d) => key && d.key === key);
  if (exact.length && exact.every((d) => d.doc.workId === exact[0].doc.workId)) return found(exact[0], 1, 'title', '标题相符');
  const part = exact.length ? partCited(exact, c.pinpoint?.art ?? null, articles) : null;
  if (part?.all) return { ...found(part.d!, 1, 'title', partsNote(part.count, `未引条文，指其全部各部分，链接到第一部分“${part.d!.doc.shortTitle}”`)), parts: part.all };
  if (part?.d) return found(part.d, 1, 'title', partsNote(part.count, `第${c.pinpoint!.art}条在“${part.d.doc.shortTitle}”`));
  if (part) return { targetDocumentId: null, score: 0, via: 'none', reason: partsNote(part.count, `各部分均无第${c.pinpoint!.art}条`) };
  const excerpt = all.find((d) => key && d.excerptOf === key);
  if (excerpt) return found(excerpt, 0.9, 'excerpt', `本库只收录该文件的摘要：${excerpt.doc.title}`);
  return fuzzy(all, c, key, name);
}

function fuzzy(all: Candidate[], c: FoundDocumentCitation, key: string, name: string): DocumentResolution {
  // A candidate whose 文号 contradicts the citation's is a different document.
  const scored = bestOfEachWork(
    all.filter((d) => !(c.docNumber && d.number && !sameDocNumber(d.number, c.docNumber))).map((d) => ({ d, s: key ? titleSimilarity(key, d.key) : 0 })),
  );
  const [best, second] = scored;
  if (best && best.s >= FUZZY_TITLE_THRESHOLD && best.s - (second?.s ?? 0) >= FUZZY_TITLE_MARGIN) {
    return found(best.d, best.s, 'fuzzy-title', `标题近似（相似度 ${best.s.toFixed(2)}）：引文作“${c.title}”，本库标题为“${best.d.doc.title}”`);
  }
  const near = best && best.s >= 0.6 ? `；与《${best.d.doc.title}》相近（${best.s.toFixed(2)}），不足以认定为同一文件` : '';
  return { targetDocumentId: null, score: 0, via: 'none', reason: `本库未收录${name}${near}` };
}

/** A notice resolves only to a notice in the collection that promulgates the same document. */
function resolveNotice(all: Candidate[], c: FoundDocumentCitation, name: string): DocumentResolution {
  const inner = c.title ? parseTitle(c.title).promulgates : null;
  const key = inner ? titleKey(inner) : '';
  const scored = bestOfEachWork(all.filter((d) => d.promulgates).map((d) => ({ d, s: titleSimilarity(key, d.promulgates!) })));
  const best = scored[0];
  if (best && best.s >= FUZZY_TITLE_THRESHOLD && best.s - (scored[1]?.s ?? 0) >= FUZZY_TITLE_MARGIN) return found(best.d, best.s, 'title', '印发的是同一文件');
  return { targetDocumentId: null, score: 0, via: 'none', reason: `印发通知${name}本身未收录` };
}

/**
 * Same-titled works that are the parts of one code (their article ranges do
 * follow on from one another, lib/works/group-works): the part holding the
 * cited article (null if none does), or for a citation of the whole the
 * first part and `all` of them in order; null for any other set of
 * same-titled works, which stay ambiguous.
 */
function partCited(exact: Candidate[], article: number | null, articles: ArticleRanges): { d: Candidate | null; count: number; all?: string[] } | null {
  const works = new Map<string, { d: Candidate } & ArticleRange>();
  for (const d of exact) {
    const r = articles(d.doc.id);
    if (!r) return null;
    const w = works.get(d.doc.workId);
    if (!w) works.set(d.doc.workId, { d, ...r });
    else Object.assign(w, { first: Math.min(w.first, r.first), last: Math.max(w.last, r.last) });
  }
  const parts = [...works.values()].sort((a, b) => a.first - b.first);
  if (!continues(parts)) return null;
  if (article === null) return { d: parts[0].d, count: parts.length, all: parts.map((w) => w.d.doc.id) };
  return { d: parts.find((w) => w.first <= article && article <= w.last)?.d ?? null, count: parts.length };
}

/** Why a citation of a code published one part per file resolves as it does; `how`: to which part. */
export function partsNote(count: number, how: string): string {
  return `标题相符；本库分 ${count} 个文件收录该文件的各部分，${how}`;
}

/** Versions of one work do not compete with each other: the margin is measured between works. Best first. */
function bestOfEachWork(scored: { d: Candidate; s: number }[]): { d: Candidate; s: number }[] {
  const best = new Map<string, { d: Candidate; s: number }>();
  for (const x of scored) if (!best.has(x.d.doc.workId) || best.get(x.d.doc.workId)!.s < x.s) best.set(x.d.doc.workId, x);
  return [...best.values()].sort((a, b) => b.s - a.s);
}

function found(d: Candidate, score: number, via: ResolvedVia, reason: string): DocumentResolution {
  return { targetDocumentId: d.doc.id, score, via, reason };
}

/** The declared parent this citation names: same 文号, or a title close enough. */
function declaredParent(c: FoundDocumentCitation, parents: ParentRef[]): ParentRef | null {
  const key = c.title ? titleKey(c.title) : '';
  for (const p of parents) {
    for (const pc of parentCitations(p)) {
      if (c.docNumber && pc.docNumber && sameDocNumber(c.docNumber, pc.docNumber)) return p;
      if (key && pc.title && titleSimilarity(key, titleKey(pc.title)) >= FUZZY_TITLE_THRESHOLD) return p;
    }
  }
  return null;
}

/** A parent's citation string, read with the same pipeline; the promulgated document stands for a notice. */
function parentCitations(p: ParentRef): FoundDocumentCitation[] {
  const text = cleanText(p.citation);
  const found = findCitations(text, tokenizeCitations(text)).filter((f): f is FoundDocumentCitation => f.kind === 'document');
  return found.filter((f) => f.role !== 'notice');
}

/** 《X》（文号） for reasons. */
export function describeCited(c: FoundDocumentCitation): string {
  const title = c.title ? `《${c.title.replace(TITLE_BRACKETS, '')}》` : '';
  const number = c.docNumber ? `（${c.docNumber.raw}）` : '';
  return title + number || c.raw;
}
