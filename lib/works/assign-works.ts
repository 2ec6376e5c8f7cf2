/**
 * The works stage: documents → works with ordered versions, a status for
 * each version (with the evidence), and the parents the documents name,
 * each resolved to the version in force at the citing document's date.
 * Runs before lib/refs, which then aligns every found parent.
 */
import type { ClauseRecord, Corpus, DocumentRecord, DocumentStatus, WorkRecord } from '../corpus/export-contract';
import { createDocumentResolver } from '../refs/document-resolver';
import { documentDate } from '../refs/version-at-date';
import { pushTo } from '../push-to';
import { articleRange, type ArticleRanges } from '../clause/article-range';
import { groupWorks, type Work } from './group-works';
import { findRepeals } from './find-repeals';
import { findParents } from './find-parents';

type Status = { status: DocumentStatus; statusEvidence: string | null; supersededBy: string | null };

export function assignWorks(corpus: Pick<Corpus, 'documents' | 'clauses'>): { documents: DocumentRecord[]; works: WorkRecord[] } {
  const clausesOf = new Map<string, ClauseRecord[]>();
  for (const c of corpus.clauses) pushTo(clausesOf, c.documentId, c);
  const articlesOf = (id: string) => articleRange(clausesOf.get(id) ?? []);
  const works = groupWorks(corpus.documents, articlesOf);
  const workIdOf = new Map(works.flatMap((w) => w.versions.map((v) => [v.doc.id, w.id] as const)));
  const grouped = corpus.documents.map((d) => ({ ...d, workId: workIdOf.get(d.id)! }));

  const repealed = findRepealed(grouped, works, clausesOf, articlesOf);
  const statuses = new Map<string, Status>();
  for (const w of works) w.versions.forEach((v, i) => statuses.set(v.doc.id, statusOf(w, i, repealed)));
  const withStatus = grouped.map((d) => ({ ...d, ...statuses.get(d.id)! }));

  const byId = new Map(withStatus.map((d) => [d.id, d]));
  const resolver = createDocumentResolver(withStatus, articlesOf);
  const documents = withStatus.map((d) => ({ ...d, parents: findParents(d, firstArticle(clausesOf.get(d.id) ?? []), resolver, byId) }));
  return { documents, works: works.map((w) => workRecord(w, statuses)) };
}

/** Version ids repealed by a notice in another document's text, with the notice quoted. First notice wins (document order). */
function findRepealed(documents: DocumentRecord[], works: Work[], clausesOf: Map<string, ClauseRecord[]>, articlesOf: ArticleRanges): Map<string, string> {
  const resolver = createDocumentResolver(documents, articlesOf);
  const workById = new Map(works.map((w) => [w.id, w]));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const out = new Map<string, string>();
  for (const doc of documents) {
    const date = documentDate(doc);
    for (const notice of findRepeals(clausesOf.get(doc.id) ?? [])) {
      const r = resolver.resolve(notice.citation, { citingDocumentId: doc.id, parents: [], date });
      // A near title is not enough to repeal a law: only the title itself or its 文号. A code kept in parts is repealed in every part.
      for (const id of r.via === 'title' || r.via === 'doc-number' ? (r.parts ?? [r.targetDocumentId]) : []) {
        const target = id ? byId.get(id) : undefined;
        const work = target && workById.get(target.workId);
        if (!work) continue;
        // The repealing text may be the work's own newer version: it repeals an earlier one, never itself.
        // A date printed with the title names the version; else the one in force at the repealing document's date.
        const at = notice.printedDate ?? date;
        const earlier = work.versions.filter((v) => v.doc.id !== doc.id).map((v) => ({ documentId: v.doc.id, date: v.date }));
        const dated = earlier.filter((v) => !at || (v.date && v.date <= at));
        if (!dated.length) continue;
        // The latest earlier version on or before the date: the one the notice found in force.
        const repealedId = dated.at(-1)!.documentId;
        if (!out.has(repealedId)) out.set(repealedId, `《${doc.title}》${notice.clause.label}：“${notice.sentence}”`);
      }
    }
  }
  return out;
}

/** An editor's status wins; then a repeal notice; then a later version; the newest version, undisputed, is in force. */
function statusOf(work: Work, i: number, repealed: Map<string, string>): Status {
  const { doc, date } = work.versions[i];
  const repealNotice = repealed.get(doc.id);
  // Two texts of one date are one version printed twice: the later copy (by id) speaks for both. Undated texts are not copies of each other.
  const copies = date ? work.versions.findLastIndex((v) => v.date === date) : -1;
  if (copies > i) {
    const primary = statusOf(work, copies, repealed);
    return { ...primary, statusEvidence: `与 ${work.versions[copies].doc.id} 日期相同，为同一版本的另一文本；${primary.statusEvidence ?? ''}` };
  }
  const next = work.versions[i + 1];
  const supersededBy = next && date && next.date ? next.doc.id : null;
  const editor = doc.meta?.status;
  if (editor && editor.basis !== 'unknown' && editor.value) return { status: editor.value, statusEvidence: editor.evidence ?? editor.note ?? '编辑核定', supersededBy };
  if (repealNotice) return { status: 'repealed', statusEvidence: `已由${repealNotice}废止`, supersededBy };
  if (next) {
    if (!supersededBy) return { status: 'unknown', statusEvidence: '本库收录该文件的多个版本，其中有的日期不详，无法排定先后', supersededBy: null };
    return { status: 'amended', statusEvidence: `本库收录更新的版本（${next.date}）`, supersededBy };
  }
  return { status: 'in-force', statusEvidence: '本库所收最新版本，库内未见废止或修订的记载', supersededBy: null };
}

function workRecord(w: Work, statuses: Map<string, Status>): WorkRecord {
  const versions = w.versions.map((v) => ({ documentId: v.doc.id, versionDate: v.date, status: statuses.get(v.doc.id)!.status })).reverse();
  // Newest first: of copies of the current version (same date) the latest by id is the current one.
  const newest = w.versions.at(-1)!.doc;
  return { id: w.id, title: newest.title, versions, current: versions.find((v) => v.status === 'in-force')?.documentId ?? null };
}

/** The first article's text, where a 制定依据 is stated; a document without articles offers its first provision. */
function firstArticle(clauses: ClauseRecord[]): string | null {
  return (clauses.find((c) => c.kind === 'article') ?? clauses.find((c) => c.kind !== 'title' && c.kind !== 'part' && c.kind !== 'chapter' && c.kind !== 'section'))?.text ?? null;
}
