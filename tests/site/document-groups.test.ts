/** The home page's groups: by level then region, stable slugs, and pages that never exceed PER_PAGE. */
import { describe, expect, it } from 'vitest';
import { documentGroups, PREVIEW_PER_GROUP, pageOf, PER_PAGE, UNKNOWN_REGION } from '../../lib/site/document-groups';
import type { Level } from '../../lib/content/schema';

const LEVELS: (Level | null)[] = ['central', 'provincial', null];
const doc = (id: string, level: Level | null, region: string | null) => ({ id, level, region });

describe('document groups', () => {
  const docs = [
    ...Array.from({ length: 2 * PER_PAGE + 3 }, (_, i) => doc(`p${i}`, 'provincial', '江西省')),
    doc('c1', 'central', '全国'),
    doc('p-cq', 'provincial', '重庆市'),
    doc('u1', null, null),
  ];
  const groups = documentGroups(docs, LEVELS);

  it('keeps the level order and puts every document in exactly one group', () => {
    expect(groups.map((g) => [g.level, g.region])).toEqual([
      ['central', '全国'],
      // Regions in Chinese collation order: 重庆 (chong) before 江西 (jiang).
      ['provincial', '重庆市'],
      ['provincial', '江西省'],
      [null, UNKNOWN_REGION],
    ]);
    expect(groups.flatMap((g) => g.documents.map((d) => d.id)).sort()).toEqual(docs.map((d) => d.id).sort());
  });

  it('gives each group a slug of its own and cuts long groups into pages', () => {
    expect(new Set(groups.map((g) => g.slug)).size).toBe(groups.length);
    const long = groups.find((g) => g.region === '江西省')!;
    expect(long.pages).toBe(3);
    expect([1, 2, 3].map((p) => pageOf(long, p).length)).toEqual([PER_PAGE, PER_PAGE, 3]);
    expect(long.documents.length).toBeGreaterThan(PREVIEW_PER_GROUP);
  });

  it('is the same for the same documents', () => {
    expect(documentGroups([...docs].reverse(), LEVELS).map((g) => g.slug)).toEqual(groups.map((g) => g.slug));
  });
});
