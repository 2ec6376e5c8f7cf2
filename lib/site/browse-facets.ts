/**
 * Browsing the collection by 效力位阶, 地区 (province, then city), 法律部门
 * and 年份: each facet is a list of groups with counts, each group a paged
 * list of documents (PER_PAGE a page). Built once per site build; a page
 * reads one group's one page, so no page grows with the collection.
 */
import type { Rank } from '../content/schema';
import { RANK_LABEL, RANK_ORDER } from '../content/labels';
import { assertDistinctSlugs, nameSlug } from './name-slug';
import { pushTo } from '../push-to';
import { pageCount, UNKNOWN_REGION } from './document-groups';
import { provinceOrder, splitRegion } from './split-region';

export type BrowseDocument = {
  id: string;
  title: string;
  rank: Rank | null;
  area: string | null;
  region: string | null;
  versionDate: string | null;
};

export type Facet = 'rank' | 'region' | 'area' | 'year';

export const FACETS: { key: Facet; label: string }[] = [
  { key: 'rank', label: '效力位阶' },
  { key: 'region', label: '地区' },
  { key: 'area', label: '法律部门' },
  { key: 'year', label: '年份' },
];

export type BrowseGroup<T> = {
  /** Unique within the facet, ASCII, stable for the same collection. */
  slug: string;
  label: string;
  documents: T[];
  pages: number;
  /** For a province: its cities (documents of the province itself are only in the province's list). */
  children: BrowseGroup<T>[];
};

export const UNKNOWN_LABEL: Record<Facet, string> = { rank: '位阶不详', region: UNKNOWN_REGION, area: '部门不详', year: '年份不详' };

/** Newest version first, then by title: what a reader scanning a list expects. */
export function byDateThenTitle<T extends BrowseDocument>(a: T, b: T): number {
  const da = a.versionDate ?? '';
  const db = b.versionDate ?? '';
  return da !== db ? (da < db ? 1 : -1) : a.title.localeCompare(b.title, 'zh-CN');
}

const group = <T extends BrowseDocument>(slug: string, label: string, documents: T[], children: BrowseGroup<T>[] = []): BrowseGroup<T> => {
  documents.sort(byDateThenTitle);
  return { slug, label, documents, pages: pageCount(documents.length), children };
};

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

export function browseGroups<T extends BrowseDocument>(docs: T[], facet: Facet): BrowseGroup<T>[] {
  switch (facet) {
    case 'rank':
      return rankGroups(docs);
    case 'region':
      return regionGroups(docs);
    case 'area':
      return keyedGroups(docs, (d) => d.area, zh, (k) => nameSlug('a', k), UNKNOWN_LABEL.area);
    case 'year':
      return keyedGroups(docs, (d) => d.versionDate?.slice(0, 4) ?? null, (a, b) => zh(b, a), (k) => k, UNKNOWN_LABEL.year);
  }
}

function rankGroups<T extends BrowseDocument>(docs: T[]): BrowseGroup<T>[] {
  const by = new Map<Rank | null, T[]>();
  for (const d of docs) pushTo(by, d.rank, d);
  return RANK_ORDER.filter((r) => by.has(r)).map((r) => group(r ?? 'unknown', r ? RANK_LABEL[r] : UNKNOWN_LABEL.rank, by.get(r)!));
}

/** Groups by a string key, sorted by `order`, the unknown group last with the slug `unknown`. */
function keyedGroups<T extends BrowseDocument>(docs: T[], keyOf: (d: T) => string | null, order: (a: string, b: string) => number, slugOf: (key: string) => string, unknownLabel: string): BrowseGroup<T>[] {
  const by = new Map<string, T[]>();
  const unknown: T[] = [];
  for (const d of docs) {
    const k = keyOf(d);
    if (k) pushTo(by, k, d);
    else unknown.push(d);
  }
  const out = [...by.keys()].sort(order).map((k) => group(slugOf(k), k, by.get(k)!));
  if (unknown.length) out.push(group('unknown', unknownLabel, unknown));
  assertDistinctSlugs(out);
  return out;
}

/** Provinces (全国 first), each with its cities; a province's list holds all its documents, cities included. */
function regionGroups<T extends BrowseDocument>(docs: T[]): BrowseGroup<T>[] {
  const provinces = new Map<string, T[]>();
  const cities = new Map<string, Map<string, T[]>>();
  const unknown: T[] = [];
  for (const d of docs) {
    if (!d.region) {
      unknown.push(d);
      continue;
    }
    const { province, city } = splitRegion(d.region);
    pushTo(provinces, province, d);
    if (!city) continue;
    if (!cities.has(province)) cities.set(province, new Map());
    pushTo(cities.get(province)!, city, d);
  }
  const names = [...provinces.keys()].sort(provinceOrder);
  const out = names.map((p) => {
    const slug = nameSlug('p', p);
    const own = cities.get(p) ?? new Map<string, T[]>();
    const children = [...own.keys()].sort(zh).map((c) => group(`${slug}-${nameSlug('c', c)}`, c, own.get(c)!));
    assertDistinctSlugs(children);
    return group(slug, p, provinces.get(p)!, children);
  });
  if (unknown.length) out.push(group('unknown', UNKNOWN_LABEL.region, unknown));
  assertDistinctSlugs(out);
  return out;
}

/** Every group of a facet, cities after their province: what the static pages are made for. */
export function flattenGroups<T>(groups: BrowseGroup<T>[]): BrowseGroup<T>[] {
  return groups.flatMap((g) => [g, ...g.children]);
}
