/**
 * Versions of one law: documents whose titles are the same once widths,
 * brackets, punctuation and the 中华人民共和国 prefix are set aside, in the
 * same jurisdiction. What a lawyer treats as another instrument stays
 * apart because its title differs: （试行） against the final text, a
 * 修正案, 解释（一） against 解释（二）, 北京市X条例 against 上海市X条例.
 * A code published one part per file (民法典's 总则, 物权编, 合同编 …) has
 * one title for all its parts; they are not versions of each other, and
 * their numbering says so: each version restates the articles, while the
 * parts continue the numbering, so their article ranges follow on from
 * one another.
 */
import type { DocumentRecord } from '../corpus/export-contract';
import { cleanText } from '../refs/clean-text';
import { TITLE_NOISE, TITLE_PREFIX } from '../refs/patterns';
import { compareVersions, documentDate } from '../refs/version-at-date';
import { pushTo } from '../push-to';
import { continues, type ArticleRanges } from '../clause/article-range';

/**
 * The work a title names. The issuer stays in the key (国务院关于X的决定 and
 * 全国人大常委会关于X的决定 are two instruments), and a local document's
 * region too, so two regions' identically titled rules never merge.
 */
export function workKey(doc: Pick<DocumentRecord, 'title' | 'level' | 'region'>): string {
  const title = cleanText(doc.title).replace(TITLE_NOISE, '').replace(TITLE_PREFIX, '');
  const place = doc.level && doc.level !== 'central' ? (doc.region ?? '') : '';
  return `${place}|${title}`;
}

export type Work = {
  /** The id of the work's earliest version: unchanged when a newer version joins the collection. */
  id: string;
  key: string;
  /** Oldest first (lib/refs/version-at-date compareVersions). */
  versions: { doc: DocumentRecord; date: string | null }[];
};

/** `articles`: a document's first and last 第N条 (lib/clause/article-range), null when it numbers none. */
export function groupWorks(documents: DocumentRecord[], articles: ArticleRanges = () => null): Work[] {
  const byKey = new Map<string, DocumentRecord[]>();
  for (const d of documents) pushTo(byKey, workKey(d), d);
  const works: Work[] = [];
  for (const [key, docs] of byKey) {
    for (const part of splitParts(docs, articles)) {
      const versions = part.map((doc) => ({ doc, date: documentDate(doc) })).sort((a, b) => compareVersions({ documentId: a.doc.id, date: a.date }, { documentId: b.doc.id, date: b.date }));
      works.push({ id: versions[0].doc.id, key, versions });
    }
  }
  return works;
}

/**
 * Documents of one title → the parts of the instrument, each with its
 * versions: documents whose article ranges overlap are versions of one part,
 * and the parts' ranges follow on from one another.
 * A document that numbers no articles could be a version of any part, so a
 * title with one keeps its documents together, as it does with one range.
 */
function splitParts(docs: DocumentRecord[], articles: ArticleRanges): DocumentRecord[][] {
  if (docs.length < 2) return [docs];
  const ranged = docs.map((doc) => ({ doc, range: articles(doc.id) }));
  if (ranged.some((r) => !r.range)) return [docs];
  ranged.sort((a, b) => a.range!.first - b.range!.first);
  const parts: { first: number; last: number; docs: DocumentRecord[] }[] = [];
  for (const { doc, range } of ranged) {
    const open = parts.at(-1);
    if (open && range!.first <= open.last) {
      open.docs.push(doc);
      open.last = Math.max(open.last, range!.last);
    } else parts.push({ ...range!, docs: [doc] });
  }
  // Parts continue the numbering exactly; a gap (a text of the later chapters only, articles
  // that failed to parse) is no evidence of parts, and the documents stay versions of one work.
  return continues(parts) ? parts.map((part) => part.docs) : [docs];
}
