/** Citation queries: a document's name plus 第N条/款/项 goes straight to that provision, in the version in force; a bare 第N条 ranks the articles so numbered first. */
import { beforeAll, describe, expect, it } from 'vitest';
import { citedClause, documentNames, findDocuments, parseCitationQuery, pinpointOf } from '../../lib/search/citation-query';
import { fold } from '../../lib/search/fold';
import type { SearchEngine } from '../../lib/search/search-engine';
import { allHits, buildEngine } from './helpers';

describe('parseCitationQuery', () => {
  it.each([
    ['信访条例第十四条', '信访条例', '第十四条'],
    ['《信访条例》第十四条第一款', '信访条例', '第十四条第一款'],
    ['反恐怖主义法 第32条', '反恐怖主义法', '第三十二条'],
    ['山东省信访条例第66条第6项', '山东省信访条例', '第六十六条第（六）项'],
    ['监察法第四十八条第三款第（二）项', '监察法', '第四十八条第三款第（二）项'],
    ['第二十条', '', '第二十条'],
    ['第一百零一条', '', '第一百零一条'],
  ])('%s → %s %s', (typed, name, label) => expect(parseCitationQuery(fold(typed))).toMatchObject({ name: fold(name), label }));

  it.each([['约谈'], ['第二十条所列情形'], ['本规定第二十条所列情形'], ['第零条'], ['信访条例第条'], ['法第十条']])('%s is no citation', (typed) => expect(parseCitationQuery(fold(typed))).toBeNull());

  it('reads clause names back as numbers, past a thousand', () => {
    expect(pinpointOf('第一千一百一十九条第二款')).toEqual({ article: 1119, paragraph: 2, item: null });
    expect(pinpointOf('第十一条第一款第（三）项')).toEqual({ article: 11, paragraph: 1, item: 3 });
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

  it('a name held equally by several works, or one character long, names none', () => {
    expect(findDocuments('安全生产条例', names, none)).toEqual([]);
    expect(findDocuments('法', names, none)).toEqual([]);
  });
});

describe('citedClause', () => {
  const labels = ['第十一条', '第十一条第一款', '第十一条第一款第（三）项', '第十一条第二款'];
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
