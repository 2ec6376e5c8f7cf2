/** Citation queries: a document's name plus 第N条/款/项 goes straight to that provision, in the version in force; a bare 第N条 ranks the articles so numbered first. */
import { beforeAll, describe, expect, it } from 'vitest';
import { citedClause, documentNames, findDocuments, parseCitationQuery, pinpointOf } from '../../lib/search/citation-query';
import { fold } from '../../lib/search/fold';
import type { SearchEngine } from '../../lib/search/search-engine';
import { allHits, buildEngine, memoryLoader } from './helpers';
import { buildSearchIndex } from '../../lib/search/build-search-index';
import { createSearchEngine } from '../../lib/search/search-engine';
import { toChineseNumber } from '../../lib/ingest/patterns';
import type { ClauseRecord, DocumentRecord } from '../../lib/corpus/export-contract';

describe('parseCitationQuery', () => {
  it.each([
    ['信访条例第十四条', '信访条例', '第十四条'],
    ['《信访条例》第十四条第一款', '信访条例', '第十四条第一款'],
    ['反恐怖主义法 第32条', '反恐怖主义法', '第三十二条'],
    ['山东省信访条例第66条第6项', '山东省信访条例', '第六十六条第（六）项'],
    ['监察法第四十八条第三款第（二）项', '监察法', '第四十八条第三款第（二）项'],
    ['第二十条', '', '第二十条'],
    ['第一百零一条', '', '第一百零一条'],
    // Articles inserted by amendment.
    ['刑法第一百三十三条之一', '刑法', '第一百三十三条之一'],
    ['刑法 第133条之1第2款', '刑法', '第一百三十三条之一第二款'],
    ['第十七条之一', '', '第十七条之一'],
  ])('%s → %s %s', (typed, name, label) => expect(parseCitationQuery(fold(typed))).toMatchObject({ name: fold(name), label }));

  it.each([['约谈'], ['第二十条所列情形'], ['本规定第二十条所列情形'], ['第零条'], ['信访条例第条'], ['法第十条']])('%s is no citation', (typed) => expect(parseCitationQuery(fold(typed))).toBeNull());

  it('reads clause names back as numbers, past a thousand', () => {
    expect(pinpointOf('第一千一百一十九条第二款')).toEqual({ article: 1119, sub: null, paragraph: 2, item: null });
    expect(pinpointOf('第十一条第一款第（三）项')).toEqual({ article: 11, sub: null, paragraph: 1, item: 3 });
    expect(pinpointOf('第一百三十三条之一第二款')).toEqual({ article: 133, sub: 1, paragraph: 2, item: null });
    expect(pinpointOf('第五章')).toBeNull();
  });
});

describe('findDocuments', () => {
  const names = [
    documentNames('中华人民共和国监察法', '监察法'),
    documentNames('中华人民共和国监察法', '监察法'),
    documentNames('山东省信访条例', '山东省信访条例'),
    documentNames('信访条例', '信访条例'),
    documentNames('北京市安全生产条例', '北京市安全生产条例'),
    documentNames('上海市安全生产条例', '上海市安全生产条例'),
    documentNames('最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）', ''),
    documentNames('最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释', ''),
    documentNames('最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释', ''),
  ];
  const none = () => false;
  const only = (...docs: number[]) => (d: number) => docs.includes(d);

  it('takes the exact name before one that contains it, in force first, and keeps every document of that name', () => {
    expect(findDocuments('信访条例', names, none)).toEqual([3]);
    expect(findDocuments('中华人民共和国监察法', names, only(0))).toEqual([1, 0]);
    expect(findDocuments('监察法', names, only(1))).toEqual([0, 1]);
  });

  it('falls back to the shortest name that contains the one typed, then to one it abbreviates', () => {
    expect(findDocuments('山东省信访', names, none)).toEqual([2]);
    expect(findDocuments('山东信访条例', names, none)).toEqual([2]);
    expect(findDocuments('刑法', names, none)).toEqual([]);
  });

  it('reads 司法解释 in a typed name as the 解释 of the interpretation title', () => {
    expect(findDocuments('建设工程施工合同司法解释（一）', names, none)).toEqual([6]);
    expect(findDocuments('担保制度司法解释', names, none)).toEqual([8]);
    expect(findDocuments('建设工程施工合同司法解释', names, none)).toEqual([7]);
  });

  it('a name held equally by several works, or one character long, names none', () => {
    expect(findDocuments('安全生产条例', names, none)).toEqual([]);
    expect(findDocuments('法', names, none)).toEqual([]);
  });
});

describe('citedClause', () => {
  const labels = ['第十一条', '第十一条第一款', '第十一条第一款第（三）项', '第十一条第二款'];
  const inserted = ['第十一条之一', '第十一条之一第二款'];
  it.each([
    ['第十一条', null],
    ['第十一条之一第二款', 1],
    ['第十一条之二', null],
  ])('an inserted article: %s → %s', (typed, at) => expect(citedClause(inserted, parseCitationQuery(fold(typed))!)).toBe(at));
  it.each([
    ['第十一条第一款第（三）项', 2],
    ['第十一条第3项', 2],
    ['第十一条第二款', 3],
    ['第十一条第五款', 0],
    ['第1119条第2款', null],
    ['第十二条', null],
  ])('%s → %s', (typed, at) => expect(citedClause(labels, parseCitationQuery(fold(typed))!)).toBe(at));
});

describe('in the search engine', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = (await buildEngine()).engine;
  });

  it.each([
    ['信访条例第十四条', 'xin-fang-tiao-li-2005-01-10#art-14', '第十四条', '第十四条　信访人对下列组织'],
    // Two versions of 监察法 are held: the one in force is cited.
    ['监察法第四十八条第三款', 'jian-cha-fa-2024-12-25#art-48-para-3', '第四十八条第三款', '省级以上监察机关在调查期间'],
    ['《突发事件应对法》第10条', 'tu-fa-shi-jian-ying-dui-fa-2024-06-28#art-10', '第十条', '第十条　突发事件应对措施'],
    ['山东省信访条例第66条第6项', 'shan-dong-sheng-xin-fang-tiao-li-2015-09-24#art-66-item-6', '第六十六条第（六）项', '（六）以网络、电话、短信'],
    // An abbreviation, its characters in the title's order.
    ['综治规定第二十条', 'zongzhi-zerenzhi-2016#art-20', '第二十条', '第二十条'],
  ])('%s → %s', async (query, target, label, opening) => {
    const { cited } = await engine.search(query);
    expect(cited && `${cited.documentId}#${cited.clauseId}`).toBe(target);
    expect(cited!.label).toBe(label);
    expect(cited!.current).toBe(true);
    // The cited clause's own text, not its article's.
    expect(cited!.text.startsWith(opening)).toBe(true);
  });

  it('reads a few provisions around where the article must be, not the whole document', async () => {
    const probe = await buildEngine();
    const { cited } = await probe.engine.search('山东省信访条例第66条第6项');
    expect(cited?.clauseId).toBe('art-66-item-6');
    // 山东省信访条例 has 75 articles in about 200 provisions; one text file a provision.
    expect(probe.loader.requested.filter((k) => /^x\d/.test(k)).length).toBeLessThanOrEqual(40);
  });

  it('cites nothing for a document or article the collection lacks', async () => {
    expect((await engine.search('没有这部法第一条')).cited).toBeNull();
    expect((await engine.search('信访条例第九百条')).cited).toBeNull();
    expect((await engine.search('约谈')).cited).toBeNull();
  });

  it('a bare 第N条 ranks the articles so numbered ahead of the provisions that mention one, also where the string is stored without positions', async () => {
    // Tiny keys and shards make 第二十条 a hot string: its ranking is the build's.
    const hot = (await buildEngine({ maxPositions: 3, shardChars: 50 })).engine;
    for (const e of [engine, hot]) {
      const hits = await allHits(e, '第二十条');
      const own = hits.filter((h) => h.label === '第二十条' && h.unitId === h.clauseId);
      expect(own.length).toBeGreaterThan(1);
      expect(hits.slice(0, own.length).map((h) => h.label)).toEqual(own.map(() => '第二十条'));
    }
  });
});

describe('articles inserted by amendment (第N条之一), in a law whose appendix lists 1．2．', () => {
  // 40 articles, three inserted, then an appendix of numbered points: the shape of 刑法.
  const numbers: [number, number | null][] = [];
  for (let n = 1; n <= 40; n++) {
    numbers.push([n, null]);
    if (n === 17) numbers.push([17, 1]);
    if (n === 30) numbers.push([30, 1], [30, 2]);
  }
  const clause = (id: string, parentId: string | null, kind: string, label: string, text: string) => ({ id, documentId: 'cs', parentId, kind, label, number: kind === 'paragraph' ? 2 : null, text, sourceText: text, head: [{ text }], line: 1, depth: parentId ? 1 : 0 });
  const clauses = [
    ...numbers.flatMap(([n, sub]) => {
      const label = `第${toChineseNumber(n)}条${sub ? `之${toChineseNumber(sub)}` : ''}`;
      const id = `art-${n}${sub ? `-${sub}` : ''}`;
      return [clause(id, null, 'article', label, `${label}　甲乙${n}${sub ?? ''}。`), clause(`${id}-para-2`, id, 'paragraph', '', `丙丁${n}${sub ?? ''}。`)];
    }),
    clause('ann', null, 'chapter', '附件', '附件'),
    ...[1, 2, 3].map((k) => clause(`ann-art-${k}`, 'ann', 'article', `${k}．`, `${k}．关于某事的决定`)),
  ] as unknown as ClauseRecord[];
  const documents = [{ id: 'cs', title: '中华人民共和国测试法', shortTitle: '测试法', level: 'central', region: '全国', area: null, versionDate: '2020-01-01', status: 'in-force', workId: 'cs', docType: 'regulation' }] as unknown as DocumentRecord[];
  let engine: SearchEngine;
  beforeAll(async () => {
    const built = await buildSearchIndex({ documents, clauses, cut: () => [], words: [], unitsPerTextShard: 1 });
    engine = createSearchEngine(memoryLoader(built.shards));
  });

  it.each([
    ['测试法第三十条之二', 'art-30-2', '第三十条之二'],
    ['测试法第30条之1第2款', 'art-30-1-para-2', '第三十条之一第二款'],
    ['测试法第三十条', 'art-30', '第三十条'],
    ['测试法第三十一条', 'art-31', '第三十一条'],
    ['测试法第十七条之一', 'art-17-1', '第十七条之一'],
    ['测试法第四十条', 'art-40', '第四十条'],
  ])('%s → %s', async (query, id, label) => {
    const { cited } = await engine.search(query);
    expect(cited?.clauseId).toBe(id);
    expect(cited?.label).toBe(label);
  });

  it('cites no inserted article the law lacks, and a bare 第N条之一 ranks that article first', async () => {
    expect((await engine.search('测试法第三十条之三')).cited).toBeNull();
    expect((await engine.search('第三十条之一')).hits[0]?.label).toBe('第三十条之一');
  });
});

describe('the document finder', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = (await buildEngine()).engine;
  });

  it.each([
    ['责任制规定', 'zongzhi-zerenzhi-2016'],
    ['综治规定', 'zongzhi-zerenzhi-2016'],
    ['反恐法', 'fan-kong-bu-zhu-yi-fa-2018-04-27'],
    ['信访条例', 'xin-fang-tiao-li-2005-01-10'],
    // Two versions held: the one in force first.
    ['突发事件应对法', 'tu-fa-shi-jian-ying-dui-fa-2024-06-28'],
  ])('%s finds %s first', async (query, id) => {
    const found = await engine.findDocuments(query);
    expect(found[0]?.documentId).toBe(id);
    expect(found[0].current).toBe(true);
  });

  it('lists the other version after the one in force, says which is current, and finds nothing for a word no title abbreviates', async () => {
    const found = await engine.findDocuments('突发事件应对法');
    expect(found.find((d) => d.documentId === 'tu-fa-shi-jian-ying-dui-fa-2007-08-30')?.current).toBe(false);
    expect(await engine.findDocuments('约谈')).toEqual([]);
    expect(await engine.findDocuments('夸克')).toEqual([]);
  });
});
