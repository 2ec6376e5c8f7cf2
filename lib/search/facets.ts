/** Counts of hits by level, region and document, for the results page's filters. */
import type { SearchDocument } from './index-format';

export type FacetCount = { value: string; count: number };
export type Facets = { level: FacetCount[]; region: FacetCount[]; document: FacetCount[] };
export type SearchFilters = { level?: string | null; region?: string | null; documentId?: string | null };

/** `documentAt` gives a hit's document by its number (loaded for every hit beforehand). */
export function countFacets(docIndices: number[], documentAt: (index: number) => SearchDocument): Facets {
  const level = new Map<string, number>();
  const region = new Map<string, number>();
  const document = new Map<string, number>();
  const bump = (m: Map<string, number>, v: string | null) => v !== null && m.set(v, (m.get(v) ?? 0) + 1);
  const order = new Map<string, number>();
  for (const d of docIndices) {
    const doc = documentAt(d);
    order.set(doc.id, d);
    bump(level, doc.level);
    bump(region, doc.region);
    bump(document, doc.id);
  }
  const list = (m: Map<string, number>, byDoc = false) =>
    [...m]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (byDoc ? order.get(a.value)! - order.get(b.value)! : a.value.localeCompare(b.value, 'zh')));
  return { level: list(level), region: list(region), document: list(document, true) };
}

export function passesFilters(doc: SearchDocument, f: SearchFilters | undefined): boolean {
  if (!f) return true;
  if (f.level && doc.level !== f.level) return false;
  if (f.region && doc.region !== f.region) return false;
  if (f.documentId && doc.id !== f.documentId) return false;
  return true;
}
