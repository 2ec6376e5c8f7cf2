/**
 * The parents a document names: in its title (实施《X》办法, 《X》实施细则,
 * 关于适用《X》…的解释, 中华人民共和国X法实施条例) and in its 制定依据 (the
 * first article's "根据《X》……制定本条例"). Each is resolved to the version of
 * X in force at the document's date, or kept with documentId null when the
 * collection lacks X. The constitution is not taken as a parent: nearly
 * every national law is "根据宪法" made, and aligning each of them clause by
 * clause against it would say nothing; the text's citation of it remains.
 */
import type { DocumentRecord, ParentLink } from '../corpus/export-contract';
import type { FoundDocumentCitation } from '../refs/model';
import { partsNote, type DocumentResolver } from '../refs/document-resolver';
import { cleanText } from '../refs/clean-text';
import { titleKey } from '../refs/title-key';
import { documentDate } from '../refs/version-at-date';
import { BARE_IMPLEMENTS, BASIS_SENTENCE, CONSTITUTION, REGION_SUFFIX, TITLE_IMPLEMENTS } from './patterns';
import { citationOf, citedIn } from './cited-in';
import { splitRegion } from '../site/split-region';

type Found = { citation: FoundDocumentCitation; via: 'title' | 'basis-article'; evidence: string };

/** The parent a title names, if it names one. */
export function titleParent(title: string): string | null {
  const t = cleanText(title);
  const m = TITLE_IMPLEMENTS.exec(t) ?? BARE_IMPLEMENTS.exec(t);
  return m?.groups ? (m.groups.named ?? m.groups.before ?? null) : null;
}

/** The 制定依据 sentence of a first article and the titles it cites. */
export function basisCitations(text: string): { sentence: string; cited: FoundDocumentCitation[] } | null {
  const t = cleanText(text);
  const m = BASIS_SENTENCE.exec(t);
  if (!m) return null;
  const end = m.index + m[0].length;
  const cited = citedIn(t).filter((c) => c.span.start >= m.index && c.span.end <= end);
  return { sentence: text.slice(m.index, end), cited };
}

export function findParents(doc: DocumentRecord, firstArticle: string | null, resolver: DocumentResolver, workOf: Map<string, DocumentRecord>): ParentLink[] {
  const declared = doc.parents.filter((p) => p.via === 'declared');
  // An editor who declared the parents has decided the list, as an editor's status wins over a found one.
  // Declared before the works stage ran, a parent's work is known only now.
  if (declared.length) return declared.map((p) => ({ ...p, workId: (p.documentId && workOf.get(p.documentId)?.workId) || null }));
  const found: Found[] = [];
  const named = titleParent(doc.title);
  const fromTitle = named ? citationOf(named) : null;
  if (fromTitle) found.push({ citation: fromTitle, via: 'title', evidence: doc.title });
  const basis = firstArticle ? basisCitations(firstArticle) : null;
  for (const citation of basis?.cited ?? []) found.push({ citation, via: 'basis-article', evidence: basis!.sentence });

  const out: ParentLink[] = [];
  const seen = new Set<string>();
  const context = { citingDocumentId: doc.id, parents: [], date: documentDate(doc) };
  for (const f of found) {
    const title = f.citation.title;
    if (!title || CONSTITUTION.test(titleKey(title))) continue;
    const r = resolver.resolve(f.citation, context);
    // A code published one part per file is a parent in every part, or in those the title names
    // (关于适用《民法典》婚姻家庭编的解释 applies 婚姻家庭编).
    const named = r.parts ? partsNamed(doc.title, r.parts, workOf) : null;
    for (const id of named ?? r.parts ?? [r.targetDocumentId]) {
      // Another region's rule is a parent only where the citation names that region (郑州 citing 《河南省…》).
      const foreign = Boolean(id) && r.via !== 'doc-number' && !sameJurisdiction(doc, title, workOf.get(id!));
      const target = id && !foreign ? workOf.get(id) : undefined;
      if (target && (target.workId === doc.workId || target.rank === 'constitution')) continue;
      const identity = target?.workId ?? `?${titleKey(title)}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      const part = `“${target?.shortTitle}”`;
      const note = foreign ? `本库未收录；${r.reason}，但属另一地区，不予认定` : !r.parts ? r.reason : partsNote(r.parts.length, named ? `本文件标题写明${part}，取该部分` : `未引条文，指其全部各部分；此为${part}`);
      out.push({ citation: `《${title}》`, documentId: target?.id ?? null, workId: target?.workId ?? null, basis: 'stated', via: f.via, evidence: f.evidence, note });
    }
  }
  return out;
}

/** The parts a citing document's title names (婚姻家庭编 in 关于适用《民法典》婚姻家庭编的解释), or null. */
function partsNamed(title: string, parts: string[], workOf: Map<string, DocumentRecord>): string[] | null {
  const named = parts.filter((id) => {
    const part = workOf.get(id)?.shortTitle ?? '';
    return [...part].length >= 2 && title.includes(part);
  });
  return named.length ? named : null;
}

function sameJurisdiction(doc: DocumentRecord, cited: string, target: DocumentRecord | undefined): boolean {
  if (!target || target.level === 'central' || !target.region || target.region === doc.region) return true;
  // The most specific place of the target's region (河南省郑州市 → 郑州) is what a citation of its rule names.
  const { province, city } = splitRegion(target.region);
  return cited.includes((city ?? province).replace(REGION_SUFFIX, ''));
}
