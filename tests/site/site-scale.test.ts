/**
 * At the size of the national collection (3,344 documents, six provinces
 * with their cities, hundreds of parent laws) no list page of browsing or
 * of the parent table holds more than PER_PAGE documents, and nothing is
 * lost between the groups.
 */
import { describe, expect, it } from 'vitest';
import { browseGroups, FACETS, flattenGroups } from '../../lib/site/browse-facets';
import { implementerTable } from '../../lib/site/implementer-table';
import { pageOf, PER_PAGE } from '../../lib/site/document-groups';
import type { DocumentRecord, ParentLink } from '../../lib/corpus/export-contract';
import type { Rank } from '../../lib/content/schema';

const PROVINCES = ['上海市', '北京市', '山东省', '河南省', '浙江省', '重庆市'];
const RANKS: Rank[] = ['law', 'administrative-regulation', 'departmental-rule', 'judicial-interpretation', 'local-regulation'];
const N = 3344;

type Doc = Pick<DocumentRecord, 'id' | 'title' | 'rank' | 'area' | 'region' | 'versionDate' | 'parents' | 'workId'>;

function collection(): Doc[] {
  return Array.from({ length: N }, (_, i) => {
    const local = i % 3 === 0;
    const province = PROVINCES[i % PROVINCES.length];
    const region = local ? (i % 2 ? `${province}第${i % 17}市` : province) : '全国';
    const law = `d${(Math.floor(i / 3) % 300) * 3 + 1}`;
    const parents: ParentLink[] = local ? [{ citation: `《${law}》`, documentId: law, workId: law, basis: 'inferred', via: 'basis-article', evidence: `根据《${law}》`, note: '测试' }] : [];
    return { id: `d${i}`, title: `文件${i}`, rank: local ? 'local-regulation' : RANKS[i % 4], area: local ? null : `部门${i % 9}`, region, versionDate: `${1980 + (i % 45)}-01-01`, parents, workId: `d${i}` };
  });
}

/** The pages of a list hold its documents once each, in order, every page full but the last, which is not empty. */
function expectPaged<T>(list: { documents: T[]; pages: number }) {
  const pages = Array.from({ length: list.pages }, (_, i) => pageOf(list, i + 1));
  expect(pages.flat()).toEqual(list.documents);
  expect(pages.slice(0, -1).every((p) => p.length === PER_PAGE)).toBe(true);
  expect(pages.at(-1)!.length).toBeGreaterThan(0);
}

describe('site lists at national size', () => {
  const docs = collection();

  it('cuts every browse group into pages of at most PER_PAGE and loses no document', () => {
    for (const { key } of FACETS) {
      const groups = browseGroups([...docs], key);
      expect(groups.reduce((n, g) => n + g.documents.length, 0)).toBe(N);
      for (const g of flattenGroups(groups)) {
        expectPaged(g);
      }
    }
  });

  it('counts each implementer once in the parent table, by province, in lists of at most PER_PAGE', () => {
    const rows = implementerTable(docs, []);
    expect(rows.length).toBe(300);
    expect(rows.reduce((n, r) => n + r.documents.length, 0)).toBe(docs.filter((d) => d.parents.length).length);
    for (const r of rows) {
      expect(r.regions.reduce((n, c) => n + c.documents.length, 0)).toBe(r.documents.length);
      expectPaged(r);
    }
  });
});
