/**
 * The possible conflicts as paged lists for /conflicts/: all of them, by the
 * parent law (and, under a law, by the local text's province), and by
 * province. Each conflict sits in at most four lists, so the number of pages
 * grows with the number of conflicts, never with the product of laws and
 * regions; the lists are static pages, usable without script. Built once
 * per site build.
 */
import type { ConflictRecord } from '../corpus/export-contract';
import { splitGlobalId } from '../content/corpus-index';
import { pushTo } from '../push-to';
import { pageCount, UNKNOWN_REGION } from './document-groups';
import { provinceOrder, splitRegion } from './split-region';
import { assertDistinctSlugs, nameSlug } from './name-slug';

export type ConflictDocument = { id: string; title: string; region: string | null; workId: string };

export type ConflictGroup = {
  /** ASCII, unique among all groups, and the same whatever else the collection holds: all, the law's work id, <work>-p<hash>, p<hash> (name-slug.ts). */
  slug: string;
  label: string;
  conflicts: ConflictRecord[];
  pages: number;
  /** For a law: its conflicts by the local text's province. */
  children: ConflictGroup[];
};

export type ConflictGroups = { all: ConflictGroup; laws: ConflictGroup[]; regions: ConflictGroup[] };

export const ALL_CONFLICTS = 'all';

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
const group = (slug: string, label: string, conflicts: ConflictRecord[], children: ConflictGroup[] = []): ConflictGroup => ({ slug, label, conflicts, pages: pageCount(conflicts.length), children });

/** `document`: a document by id (the corpus index's lookup); `workTitle`: a work's title. Conflicts keep their order within every list. */
export function conflictGroups(conflicts: ConflictRecord[], document: (id: string) => ConflictDocument | undefined, workTitle: (workId: string) => string): ConflictGroups {
  const byLaw = new Map<string, ConflictRecord[]>();
  const byRegion = new Map<string, ConflictRecord[]>();
  const byLawRegion = new Map<string, Map<string, ConflictRecord[]>>();
  for (const c of conflicts) {
    const local = document(splitGlobalId(c.from).documentId);
    const parent = document(splitGlobalId(c.to).documentId);
    const law = parent?.workId ?? splitGlobalId(c.to).documentId;
    const province = local?.region ? splitRegion(local.region).province : UNKNOWN_REGION;
    pushTo(byLaw, law, c);
    pushTo(byRegion, province, c);
    if (!byLawRegion.has(law)) byLawRegion.set(law, new Map());
    pushTo(byLawRegion.get(law)!, province, c);
  }
  // Laws with the most conflicts first: where a reader is most likely to look.
  const laws = [...byLaw.keys()]
    .map((w) => ({ w, title: workTitle(w) }))
    .sort((a, b) => byLaw.get(b.w)!.length - byLaw.get(a.w)!.length || zh(a.title, b.title))
    .map(({ w, title }) => {
      const regions = byLawRegion.get(w)!;
      const children = regions.size > 1 ? [...regions.keys()].sort(provinceOrder).map((p) => group(`${w}-${nameSlug('p', p)}`, p, regions.get(p)!)) : [];
      assertDistinctSlugs(children);
      return group(w, title, byLaw.get(w)!, children);
    });
  const regions = [...byRegion.keys()].sort(provinceOrder).map((p) => group(nameSlug('p', p), p, byRegion.get(p)!));
  assertDistinctSlugs(regions);
  return { all: group(ALL_CONFLICTS, '全部', conflicts), laws, regions };
}

/** Every list, a law's provinces after it: what the static pages are made for. */
export function flatConflictGroups(groups: ConflictGroups): ConflictGroup[] {
  return [groups.all, ...groups.laws.flatMap((g) => [g, ...g.children]), ...groups.regions];
}
