/** Browsing groups: every document in exactly one group of each facet, in a sensible order, cut into pages. */
import { nameSlug } from '../../lib/site/name-slug';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { browseGroups, FACETS, flattenGroups, UNKNOWN_LABEL, type BrowseDocument } from '../../lib/site/browse-facets';
import { pageCount } from '../../lib/site/document-groups';
import { pageOf, PER_PAGE, UNKNOWN_REGION } from '../../lib/site/document-groups';
import type { Rank } from '../../lib/content/schema';

const doc = (id: string, over: Partial<BrowseDocument> = {}): BrowseDocument => ({ id, title: id, rank: null, area: null, region: null, versionDate: null, ...over });

describe('browse facets', () => {
  const docs = [
    doc('law-a', { rank: 'law', area: '行政法', region: '全国', versionDate: '2019-04-23' }),
    doc('law-b', { rank: 'law', area: '民法商法', region: '全国', versionDate: '2021-01-01' }),
    doc('sd-1', { rank: 'local-regulation', region: '山东省', versionDate: '2019-09-27' }),
    doc('sd-jn', { rank: 'local-regulation', region: '山东省济南市', versionDate: '2012-09-27' }),
    doc('sd-qd', { rank: 'local-regulation', region: '山东省青岛市', versionDate: null }),
    doc('sh-1', { rank: 'local-regulation', region: '上海市', versionDate: '2024-11-28' }),
    doc('const', { rank: 'constitution', area: '宪法', region: '全国', versionDate: '2018-03-11' }),
    doc('none'),
  ];

  it('orders ranks as the Legislation Law does, unknown last', () => {
    expect(browseGroups(docs, 'rank').map((g) => [g.slug, g.label, g.documents.length])).toEqual([
      ['constitution', '宪法', 1],
      ['law', '法律', 2],
      ['local-regulation', '地方性法规', 4],
      ['unknown', UNKNOWN_LABEL.rank, 1],
    ]);
  });

  it('lists each group newest version first, undated last', () => {
    expect(browseGroups(docs, 'rank')[2].documents.map((d) => d.id)).toEqual(['sh-1', 'sd-1', 'sd-jn', 'sd-qd']);
  });

  it('groups regions by province (全国 first), cities under their province, the province list holding them all', () => {
    const groups = browseGroups(docs, 'region');
    expect(groups.map((g) => [g.label, g.documents.length])).toEqual([
      ['全国', 3],
      // Chinese collation: 山东 (shan) before 上海 (shang).
      ['山东省', 3],
      ['上海市', 1],
      [UNKNOWN_REGION, 1],
    ]);
    expect(groups[1].children.map((c) => [c.slug, c.label, c.documents.map((d) => d.id)])).toEqual([
      [`${nameSlug('p', '山东省')}-${nameSlug('c', '济南市')}`, '济南市', ['sd-jn']],
      [`${nameSlug('p', '山东省')}-${nameSlug('c', '青岛市')}`, '青岛市', ['sd-qd']],
    ]);
    // The address depends on the name alone: adding a province does not move 山东省's list.
    const more = browseGroups([...docs, { ...docs[0], id: 'bj', region: '北京市' }], 'region');
    expect(more.find((g) => g.label === '山东省')!.slug).toBe(groups[1].slug);
  });

  it('sorts years newest first and areas by collation, unknown last', () => {
    expect(browseGroups(docs, 'year').map((g) => g.slug)).toEqual(['2024', '2021', '2019', '2018', '2012', 'unknown']);
    expect(browseGroups(docs, 'area').map((g) => g.label)).toEqual(['民法商法', '宪法', '行政法', UNKNOWN_LABEL.area]);
  });

  it('puts every document in exactly one top-level group of every facet, with unique slugs', () => {
    const ranks: (Rank | null)[] = ['law', 'local-regulation', 'other', null];
    const arb = fc.array(
      fc.record({
        rank: fc.constantFrom(...ranks),
        area: fc.option(fc.constantFrom('行政法', '经济法', '社会法')),
        region: fc.option(fc.constantFrom('全国', '浙江省', '浙江省杭州市', '浙江省宁波市', '上海市', '某地')),
        versionDate: fc.option(fc.constantFrom('2001-01-01', '2019-05-06', '2019-12-31')),
      }),
      { maxLength: 200 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const list = rows.map((r, i) => doc(`d${i}`, r));
        for (const { key } of FACETS) {
          const groups = browseGroups([...list], key);
          expect(groups.flatMap((g) => g.documents.map((d) => d.id)).sort()).toEqual(list.map((d) => d.id).sort());
          const slugs = flattenGroups(groups).map((g) => g.slug);
          expect(new Set(slugs).size).toBe(slugs.length);
          for (const g of flattenGroups(groups)) expect(g.pages).toBe(pageCount(g.documents.length));
        }
      }),
    );
  });

  it('cuts a long group into pages of PER_PAGE that together hold it once', () => {
    const many = Array.from({ length: 2 * PER_PAGE + 7 }, (_, i) => doc(`m${String(i).padStart(3, '0')}`, { rank: 'law' }));
    const [group] = browseGroups(many, 'rank');
    expect(group.pages).toBe(3);
    const pages = [1, 2, 3].map((p) => pageOf(group, p));
    expect(pages.map((p) => p.length)).toEqual([PER_PAGE, PER_PAGE, 7]);
    expect(pages.flat().map((d) => d.id)).toEqual(group.documents.map((d) => d.id));
  });
});
