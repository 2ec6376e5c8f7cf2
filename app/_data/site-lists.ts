/**
 * The site's long lists, grouped once per build process and then read a
 * page at a time: browsing facets, the table of parent works, findings and
 * cited documents. Each page asks for its own group; none re-scans the
 * corpus (a scan per page made the national build quadratic).
 */
import 'server-only';
import type { DocumentRecord, Finding } from '@/lib/corpus/export-contract';
import { browseGroups, flattenGroups, type BrowseGroup, type Facet } from '@/lib/site/browse-facets';
import { pageCount } from '@/lib/site/document-groups';
import { implementerTable, rowsByWork, type ParentRow } from '@/lib/site/implementer-table';
import { PER_PAGE } from '@/lib/site/document-groups';
import { citedHref } from '@/app/_lib/routes';
import { groupCitedDocuments, type CitedGroup } from '@/lib/refs/group-cited-documents';
import { conflictGroups, flatConflictGroups, type ConflictGroup, type ConflictGroups } from '@/lib/site/conflict-groups';
import { getCorpus } from './corpus';

const facets = new Map<Facet, BrowseGroup<DocumentRecord>[]>();
export function facetGroups(facet: Facet): BrowseGroup<DocumentRecord>[] {
  let groups = facets.get(facet);
  if (!groups) {
    groups = browseGroups([...getCorpus().documents], facet);
    facets.set(facet, groups);
  }
  return groups;
}

const facetSlugs = new Map<Facet, Map<string, BrowseGroup<DocumentRecord>>>();
export function facetGroup(facet: Facet, slug: string): BrowseGroup<DocumentRecord> | undefined {
  let bySlug = facetSlugs.get(facet);
  if (!bySlug) {
    bySlug = new Map(flattenGroups(facetGroups(facet)).map((g) => [g.slug, g]));
    facetSlugs.set(facet, bySlug);
  }
  return bySlug.get(slug);
}

let parents: { rows: ParentRow<DocumentRecord>[]; bySlug: Map<string, { row: ParentRow<DocumentRecord>; label: string; documents: DocumentRecord[]; pages: number }>; byWork: Map<string, ParentRow<DocumentRecord>> } | null = null;
function parentData() {
  if (!parents) {
    const index = getCorpus();
    const rows = implementerTable(index.documents, index.data.works ?? []);
    const bySlug = new Map<string, { row: ParentRow<DocumentRecord>; label: string; documents: DocumentRecord[]; pages: number }>();
    for (const row of rows) {
      bySlug.set(row.slug, { row, label: '全部地区', documents: row.documents, pages: row.pages });
      for (const cell of row.regions) if (cell.slug !== row.slug) bySlug.set(cell.slug, { row, label: cell.region, documents: cell.documents, pages: cell.pages });
    }
    parents = { rows, bySlug, byWork: rowsByWork(rows) };
  }
  return parents;
}
/** Parent works with their implementers, most implemented first. */
export const parentRows = () => parentData().rows;
/** One paged list of implementers: a whole row, or one province of it. */
export const implementerList = (slug: string) => parentData().bySlug.get(slug);
export const implementerSlugs = () => [...parentData().bySlug.entries()];
/** The row whose parent is this work: who implements it. */
export const implementersOf = (workId: string) => parentData().byWork.get(workId);

export type FindingsSection = { documentId: string; title: string; findings: Finding[] };
let findingPages: { sections: FindingsSection[]; pageOfDoc: Map<string, number>; orphan: Finding[] } | null = null;
/** Findings by document, documents in collection order, PER_PAGE documents a page. */
export function findingsData() {
  if (!findingPages) {
    const index = getCorpus();
    const sections: FindingsSection[] = [];
    const pageOfDoc = new Map<string, number>();
    for (const d of index.documents) {
      const findings = index.findings(d.id);
      if (!findings.length) continue;
      sections.push({ documentId: d.id, title: d.title, findings });
      pageOfDoc.set(d.id, Math.floor((sections.length - 1) / PER_PAGE) + 1);
    }
    findingPages = { sections, pageOfDoc, orphan: index.data.findings.filter((f) => !index.document(f.documentId)) };
  }
  return { ...findingPages, pages: pageCount(findingPages.sections.length) };
}

let cited: { all: CitedGroup[]; missing: CitedGroup[] } | null = null;
/** Cited documents: declared parents first, then the most cited. */
export function citedData() {
  if (!cited) {
    const all = groupCitedDocuments(getCorpus().data.citations);
    const missing = all.filter((g) => !g.targetDocumentId).sort((a, b) => Number(b.declaredParent) - Number(a.declaredParent) || b.citations.length - a.citations.length || a.title.localeCompare(b.title, 'zh-CN'));
    cited = { all, missing };
  }
  return { ...cited, pages: pageCount(cited.missing.length) };
}

let citedPages: Map<string, number> | null = null;
/**
 * The entry of a cited document the collection lacks, on its page of /cited/
 * (key: lib/refs/group-cited-documents.ts); null for a declared parent that no text cites, which has no entry there.
 */
export function citedEntryHref(key: string): string | null {
  citedPages ??= new Map(citedData().missing.map((g, i) => [g.key, Math.floor(i / PER_PAGE) + 1]));
  const page = citedPages.get(key);
  return page ? `${citedHref(page)}#${encodeURIComponent(key)}` : null;
}

let conflicts: { groups: ConflictGroups; bySlug: Map<string, ConflictGroup> } | null = null;
/** Possible conflicts: all, by parent law (and its provinces), by province (lib/site/conflict-groups.ts). */
export function conflictData() {
  if (!conflicts) {
    const index = getCorpus();
    const groups = conflictGroups(index.data.conflicts, (id) => index.document(id), (workId) => index.work(workId)?.title ?? index.document(workId)?.title ?? workId);
    conflicts = { groups, bySlug: new Map(flatConflictGroups(groups).map((g) => [g.slug, g])) };
  }
  return conflicts;
}
