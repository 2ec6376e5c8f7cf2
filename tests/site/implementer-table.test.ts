/** The parent-work table of /relations/: implementers counted once per parent, by province, held and missing parents alike. */
import { nameSlug } from '../../lib/site/name-slug';
import { describe, expect, it } from 'vitest';
import { implementerTable, rowsByWork } from '../../lib/site/implementer-table';
import type { DocumentRecord, ParentLink, WorkRecord } from '../../lib/corpus/export-contract';

type Doc = Pick<DocumentRecord, 'id' | 'title' | 'rank' | 'area' | 'region' | 'versionDate' | 'parents' | 'workId'>;
const parent = (citation: string, workId: string | null, documentId: string | null, via: ParentLink['via'] = 'title'): ParentLink => ({ citation, workId, documentId, via, basis: 'inferred', evidence: citation, note: '测试' });
const doc = (id: string, region: string | null, parents: ParentLink[], versionDate: string | null = null): Doc => ({ id, title: id, rank: null, area: null, region, versionDate, parents, workId: id });

const works: WorkRecord[] = [
  {
    id: 'shuifa-2002',
    title: '中华人民共和国水法',
    versions: [
      { documentId: 'shuifa-2016', versionDate: '2016-07-02', status: 'in-force' },
      { documentId: 'shuifa-2002', versionDate: '2002-08-29', status: 'amended' },
    ],
    current: 'shuifa-2016',
  },
];

describe('implementerTable', () => {
  const shuifa = parent('《中华人民共和国水法》', 'shuifa-2002', 'shuifa-2002');
  const docs = [
    doc('bj-shuifa', '北京市', [shuifa, parent('《中华人民共和国水法》', 'shuifa-2002', 'shuifa-2002', 'basis-article')], '2022-11-25'),
    doc('sd-shuifa', '山东省', [shuifa], '2019-01-01'),
    doc('sd-jn-shuifa', '山东省济南市', [shuifa], '2020-01-01'),
    doc('x', null, [parent('《未收录条例》', null, null)]),
    // The same missing parent, printed with its issuer: one row, not two.
    doc('y', null, [parent('国务院《未收录条例》', null, null)], '2001-01-01'),
    // A version naming its own work is not its implementer.
    { ...doc('shuifa-2016', '全国', [parent('《中华人民共和国水法》', 'shuifa-2002', 'shuifa-2002')]), workId: 'shuifa-2002' },
  ];
  const rows = implementerTable(docs, works);

  it('counts each implementer once per parent, most implemented first, missing parents by title', () => {
    expect(rows.map((r) => [r.slug, r.title, r.workId, r.documents.map((d) => d.id)])).toEqual([
      ['shuifa-2002', '中华人民共和国水法', 'shuifa-2002', ['bj-shuifa', 'sd-jn-shuifa', 'sd-shuifa']],
      [nameSlug('x', '《未收录条例》'), '《未收录条例》', null, ['y', 'x']],
    ]);
  });

  it('links the version in force, not the one the citation resolved to', () => {
    expect(rows[0].documentId).toBe('shuifa-2016');
    expect(rows[1].documentId).toBeNull();
  });

  it('counts by province, a city under its province, each count its own list', () => {
    expect(rows[0].regions.map((c) => [c.slug, c.region, c.documents.length])).toEqual([
      [`shuifa-2002-${nameSlug('p', '山东省')}`, '山东省', 2],
      [`shuifa-2002-${nameSlug('p', '北京市')}`, '北京市', 1],
    ]);
    // One province: its cell is the row's own list.
    expect(rows[1].regions.map((c) => [c.slug, c.region])).toEqual([[nameSlug('x', '《未收录条例》'), '地区不详']]);
  });

  it('finds a work’s row by its id', () => {
    expect(rowsByWork(rows).get('shuifa-2002')?.slug).toBe('shuifa-2002');
    expect(rowsByWork(rows).size).toBe(1);
  });
});
