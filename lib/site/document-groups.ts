/**
 * The collection by level, then region, each group with a stable slug and
 * its documents cut into pages of PER_PAGE (/docs/<group>/<page>/), so no
 * page grows with the size of the collection.
 */
import type { Level } from '../content/schema';
import { nameSlug } from './name-slug';
import { pushTo } from '../push-to';

export type GroupedDocument = { id: string; level: Level | null; region: string | null };
export type DocumentGroup<T> = { slug: string; level: Level | null; region: string; documents: T[]; pages: number };

/** Documents a paged list shows on one page. */
export const PER_PAGE = 50;

/** Pages of PER_PAGE for n items; an empty list still has its one page. */
export const pageCount = (n: number): number => Math.max(1, Math.ceil(n / PER_PAGE));
/** How many of a group's documents a page shows before the link to all of them. */
export const PREVIEW_PER_GROUP = 8;
export const UNKNOWN_REGION = '地区不详';

/** Groups in `levels` order, regions sorted by pinyin-ish collation within each level. */
export function documentGroups<T extends GroupedDocument>(docs: T[], levels: readonly (Level | null)[]): DocumentGroup<T>[] {
  const out: DocumentGroup<T>[] = [];
  for (const level of levels) {
    const regions = new Map<string, T[]>();
    for (const d of docs.filter((x) => x.level === level)) {
      const key = d.region ?? UNKNOWN_REGION;
      pushTo(regions, key, d);
    }
    [...regions.entries()]
      .sort((a, b) => a[0].localeCompare(b[0], 'zh-CN'))
      .forEach(([region, documents]) => out.push({ slug: `${level ?? 'unknown'}-${nameSlug('r', region)}`, level, region, documents, pages: pageCount(documents.length) }));
  }
  return out;
}

/** The documents on page `page` (1-based) of a group. */
export const pageOf = <T>(group: { documents: T[] }, page: number): T[] => group.documents.slice((page - 1) * PER_PAGE, page * PER_PAGE);
