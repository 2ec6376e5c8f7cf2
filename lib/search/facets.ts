/**
 * Counts of hits by level, region, field and document, for the results
 * page's filters. Only the versions in force are searched unless a search
 * asks for all versions (or names one document); the hits in superseded
 * versions and repealed texts are counted apart,
 * so the page can offer them.
 */
import type { DocMap } from './doc-map';

export type FacetCount = { value: string; count: number };
export type Facets = { level: FacetCount[]; region: FacetCount[]; area: FacetCount[]; document: FacetCount[]; superseded: number };
export type SearchFilters = { level?: string | null; region?: string | null; area?: string | null; documentId?: string | null; allVersions?: boolean };

/**
 * `docId` names a document whose row is loaded, else null: documents are
 * counted by number, and listed by id only where the id is known (every
 * document of the results shown; all of them in a small corpus).
 */
export function countFacets(lists: number[][], map: DocMap, docId: (doc: number) => string | null, allVersions = false): Facets {
  // Counted by document first: a common word's hits are many, its documents fewer.
  const perDoc = new Int32Array(map.documentCount + 1);
  for (const list of lists) for (const u of list) perDoc[map.docOf(u) + 1]++;
  const byDoc = new Map<number, number>();
  let superseded = 0;
  perDoc.forEach((n, d) => {
    if (n === 0 || d === 0) return;
    if (map.isSuperseded(d - 1)) superseded += n;
    if (allVersions || !map.isSuperseded(d - 1)) byDoc.set(d - 1, n);
  });
  const level = new Map<string, number>();
  const region = new Map<string, number>();
  const area = new Map<string, number>();
  const add = (m: Map<string, number>, v: string | null, n: number) => v !== null && m.set(v, (m.get(v) ?? 0) + n);
  for (const [d, n] of byDoc) {
    add(level, map.levelOf(d), n);
    add(region, map.regionOf(d), n);
    add(area, map.areaOf(d), n);
  }
  const list = (m: Map<string, number>) =>
    [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh'));
  const document = [...byDoc]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .flatMap(([d, count]) => {
      const id = docId(d);
      return id === null ? [] : [{ value: id, count }];
    });
  return { level: list(level), region: list(region), area: list(area), document, superseded };
}

export function passesFilters(doc: number, map: DocMap, f: SearchFilters | undefined, filterDoc: number | null): boolean {
  // A search within one document searches that document, whichever version it is.
  if (!f?.allVersions && !f?.documentId && map.isSuperseded(doc)) return false;
  if (!f) return true;
  if (f.area && map.areaOf(doc) !== f.area) return false;
  if (f.level && map.levelOf(doc) !== f.level) return false;
  if (f.region && map.regionOf(doc) !== f.region) return false;
  if (f.documentId && doc !== filterDoc) return false;
  return true;
}
