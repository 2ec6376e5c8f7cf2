/**
 * 文件关系 at national size: not one graph of every document, but a table
 * of parent works, each with how many documents in the collection
 * implement it, by province. A parent the collection does not hold is a
 * row of its own, named by the citation. Each row and each province cell
 * is a paged list of its implementers.
 */
import { assertDistinctSlugs, nameSlug } from './name-slug';
import type { DocumentRecord, WorkRecord } from '../corpus/export-contract';
import { pushTo } from '../push-to';
import { pageCount, UNKNOWN_REGION } from './document-groups';
import { byDateThenTitle, type BrowseDocument } from './browse-facets';
import { splitRegion } from './split-region';
import { titleKey } from '../refs/title-key';
import { TITLE } from '../refs/patterns';

type Implementer = BrowseDocument & Pick<DocumentRecord, 'parents' | 'workId'>;

export type RegionCell<T> = { slug: string; region: string; documents: T[]; pages: number };

export type ParentRow<T> = {
  slug: string;
  /** The parent work in the collection, or null when only cited. */
  workId: string | null;
  /** The version to link: the work's current version, else the one the citations resolved to. */
  documentId: string | null;
  /** The work's title; for a parent the collection lacks, the citation as printed (issuer, 《》 and 文号 included). */
  title: string;
  /** Implementers, each once, newest first. */
  documents: T[];
  pages: number;
  regions: RegionCell<T>[];
};

/** Parent key: the work when the collection holds it, else the comparison key of the title in 《》, so 国务院《信访条例》 and 《信访条例》 are one row. */
function keyOf(p: DocumentRecord['parents'][number]): string {
  if (p.workId) return `work:${p.workId}`;
  const title = new RegExp(TITLE.source).exec(p.citation)?.[1] ?? p.citation;
  return `cited:${titleKey(title) || p.citation}`;
}

/** Rows with the most implementers first; a document listing one parent twice counts once. */
export function implementerTable<T extends Implementer>(documents: T[], works: WorkRecord[]): ParentRow<T>[] {
  const workById = new Map(works.map((w) => [w.id, w]));
  const rows = new Map<string, { parent: DocumentRecord['parents'][number]; docs: T[] }>();
  for (const d of documents) {
    const seen = new Set<string>();
    for (const p of d.parents) {
      const k = keyOf(p);
      // A version's own work is no parent of it.
      if (seen.has(k) || (p.workId && p.workId === d.workId)) continue;
      seen.add(k);
      const row = rows.get(k) ?? rows.set(k, { parent: p, docs: [] }).get(k)!;
      row.docs.push(d);
    }
  }
  const sorted = [...rows.values()].map(({ parent, docs }) => {
    const work = parent.workId ? workById.get(parent.workId) : undefined;
    return { parent, docs: docs.sort(byDateThenTitle), work, title: work?.title ?? parent.citation };
  });
  sorted.sort((a, b) => b.docs.length - a.docs.length || a.title.localeCompare(b.title, 'zh-CN'));
  const out = sorted.map(({ parent, docs, work, title }) => {
    // A parent outside the collection has no work id: its title names it.
    const slug = parent.workId ?? nameSlug('x', title);
    return { slug, workId: parent.workId, documentId: work?.current ?? parent.documentId, title, documents: docs, pages: pageCount(docs.length), regions: regionCells(slug, docs) };
  });
  assertDistinctSlugs(out.map((r) => ({ slug: r.slug, label: r.title })));
  return out;
}

/** A row of one province has no list of its own: its cell shares the row's slug (half the pages at national size). */
function regionCells<T extends Implementer>(slug: string, docs: T[]): RegionCell<T>[] {
  const by = new Map<string, T[]>();
  for (const d of docs) pushTo(by, d.region ? splitRegion(d.region).province : UNKNOWN_REGION, d);
  const cells = [...by.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'zh-CN'));
  const out = cells.map(([region, documents]) => ({ slug: cells.length > 1 ? `${slug}-${nameSlug('p', region)}` : slug, region, documents, pages: pageCount(documents.length) }));
  assertDistinctSlugs(out.map((c) => ({ slug: c.slug, label: c.region })));
  return out;
}

/** Rows by parent work, for a document page's 「据此制定」 (a lookup per page, not a scan). */
export function rowsByWork<T>(rows: ParentRow<T>[]): Map<string, ParentRow<T>> {
  return new Map(rows.filter((r) => r.workId).map((r) => [r.workId!, r]));
}
