/**
 * Versions of one law: documents whose titles are the same once widths,
 * brackets, punctuation and the 中华人民共和国 prefix are set aside, in the
 * same jurisdiction. What a lawyer treats as another instrument stays
 * apart because its title differs: （试行） against the final text, a
 * 修正案, 解释（一） against 解释（二）, 北京市X条例 against 上海市X条例.
 */
import type { DocumentRecord } from '../corpus/export-contract';
import { cleanText } from '../refs/clean-text';
import { TITLE_NOISE, TITLE_PREFIX } from '../refs/patterns';
import { compareVersions, documentDate } from '../refs/version-at-date';
import { pushTo } from '../push-to';

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

export function groupWorks(documents: DocumentRecord[]): Work[] {
  const byKey = new Map<string, DocumentRecord[]>();
  for (const d of documents) pushTo(byKey, workKey(d), d);
  const works: Work[] = [];
  for (const [key, docs] of byKey) {
    const versions = docs.map((doc) => ({ doc, date: documentDate(doc) })).sort((a, b) => compareVersions({ documentId: a.doc.id, date: a.date }, { documentId: b.doc.id, date: b.date }));
    works.push({ id: versions[0].doc.id, key, versions });
  }
  return works;
}
