/** importMeta over real corpus files (tests/fixtures/import/lawrefbook): each field's value and basis. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importMeta, type ImportedMeta } from '../../lib/import/import-meta';
import { corpusPath } from '../../lib/import/corpus-path';
import { baseId, uniqueId } from '../../lib/import/document-id';
import { planFile } from '../../lib/import/plan-file';

const ROOT = new URL('../fixtures/import/lawrefbook/', import.meta.url).pathname;
function meta(rel: string): ImportedMeta {
  const r = importMeta(rel, readFileSync(ROOT + rel, 'utf8'), `c/${rel}`);
  if (r.kind !== 'law') throw new Error(`${rel} skipped: ${r.reason}`);
  return r.meta;
}
const brief = (m: ImportedMeta) =>
  Object.fromEntries((['title', 'shortTitle', 'issuer', 'level', 'region', 'issued', 'effective', 'rank', 'area', 'versionDate'] as const).map((k) => [k, [m[k].value, m[k].basis]]));

describe('importMeta', () => {
  it('a national law: title, issuer and dates stated; rank, area and level from the folder', () => {
    const m = meta('宪法相关法/国籍法(1980-09-10).md');
    expect(brief(m)).toEqual({
      title: ['中华人民共和国国籍法', 'stated'],
      shortTitle: ['国籍法', 'inferred'],
      issuer: ['全国人民代表大会', 'stated'],
      level: ['central', 'inferred'],
      region: ['全国', 'inferred'],
      issued: ['1980-09-10', 'stated'],
      effective: ['1980-09-10', 'inferred'],
      rank: ['law', 'inferred'],
      area: ['宪法相关法', 'inferred'],
      versionDate: ['1980-09-10', 'inferred'],
    });
    expect(m.issuer.evidence).toBe('1980年9月10日 第五届全国人民代表大会第三次会议通过');
    expect(m.effective.note).toContain('自公布之日起施行');
    expect(m.versionDate.note).toBe('文件名中的日期');
    expect(m.history).toEqual([{ date: '1980-09-10', event: 'adopted', text: '1980年9月10日 第五届全国人民代表大会第三次会议通过', line: 3 }]);
    expect(m.source).toEqual({ file: 'c/宪法相关法/国籍法(1980-09-10).md', lines: '1-53', titleLines: [1] });
  });

  it('a city regulation: prefecture, region province + city, issuer of the first entry', () => {
    const m = meta('DLC/山东地方法规/地方性法规/山东/青岛市禁止燃放烟花爆竹规定(2019-09-27).md');
    expect(brief(m)).toMatchObject({
      level: ['prefecture', 'inferred'],
      region: ['山东省青岛市', 'inferred'],
      rank: ['local-regulation', 'inferred'],
      area: [null, 'unknown'],
      issuer: ['青岛市人民代表大会常务委员会', 'stated'],
      issued: ['2019-07-19', 'stated'],
    });
    expect(m.history.map((h) => h.event)).toEqual(['revised', 'approved']);
  });

  it('a judicial interpretation by its folder and title', () => {
    const m = meta('司法解释/最高人民法院关于对变造、倒卖变造邮票行为如何适用法律问题的解释(2000-12-05).md');
    expect(m.rank).toMatchObject({ value: 'judicial-interpretation', basis: 'inferred' });
    expect(m.docType).toBe('interpretation');
    expect(m.shortTitle.basis).toBe('unknown');
  });

  it('a file without a date: the version date is the latest history date, stated', () => {
    const m = meta('刑法/刑法修正案（二）.md');
    expect(m.versionDate).toEqual({ value: '2001-08-31', basis: 'stated', evidence: '2001年8月31日 第九届全国人民代表大会常务委员会第二十三次会议通过' });
    expect(m.area).toMatchObject({ value: '刑法', basis: 'inferred' });
  });

  it.each([
    ['README.md', '说明或索引'],
    ['DLC/重庆地方法规/地方性法规/重庆/重庆市实施《国家赔偿法》办法(2012-09-27).md', '没有正文'],
  ])('skips %s', (rel, reason) => {
    const r = importMeta(rel, readFileSync(ROOT + rel, 'utf8'), rel);
    expect(r.kind === 'skip' && r.reason).toContain(reason);
  });

  it('excludes the history lines and the marker, nothing else', () => {
    const r = importMeta('宪法相关法/国籍法(1980-09-10).md', readFileSync(ROOT + '宪法相关法/国籍法(1980-09-10).md', 'utf8'), 'x');
    expect(r.kind === 'law' && r.exclusions.map((x) => [x.lines, x.kind])).toEqual([['3', 'history'], ['5', 'markup']]);
  });
});

describe('corpusPath', () => {
  it.each([
    ['民法典/民法典(2020-05-28).md', 'law', '民法商法', null, '2020-05-28'],
    ['行政法规/麻醉药品和精神药品管理条例(2016-02-06).md', 'administrative-regulation', null, null, '2016-02-06'],
    ['DLC/河南地方法规/地方性法规/河南/郑州市养犬管理条例.md', 'local-regulation', null, '河南省', null],
    ['部门规章/公安部/x.md', 'departmental-rule', null, null, null],
    ['某文件夹/某条例.txt', null, null, null, null],
  ])('%s', (rel, rank, area, province, date) => {
    const p = corpusPath(rel);
    expect([p.rank, p.area, p.province, p.nameDate]).toEqual([rank, area, province, date]);
  });
});

describe('document ids', () => {
  it.each([
    ['刑法', '2020-12-26', 'xing-fa-2020-12-26'],
    ['刑法修正案（十一）', '2020-12-26', 'xing-fa-xiu-zheng-an-shi-yi-2020-12-26'],
    ['宪法修正案（2004年）', null, 'xian-fa-xiu-zheng-an-2004-nian'],
    ['最高人民法院关于对变造、倒卖变造邮票行为如何适用法律问题的解释', '2000-12-05', 'zui-gao-ren-min-fa-yuan-gydbzdmbzypxwr-2000-12-05'],
  ])('%s %s → %s', (title, date, id) => expect(baseId(title, date)).toBe(id));
  it('adds a suffix to a taken id', () => {
    const taken = new Set(['xing-fa']);
    expect(uniqueId('xing-fa', taken)).toBe('xing-fa-2');
    expect(uniqueId('xing-fa', taken)).toBe('xing-fa-3');
  });
});

describe('planFile', () => {
  it.each([
    ['source', 'a', 'a', 'a', 'unchanged'],
    ['source', 'a', 'a', 'b', 'write'],
    ['entry', null, 'a', 'b', 'write'],
    ['entry', 'a', 'a', 'b', 'write'],
    ['entry', 'edited', 'a', 'b', 'keep-edited'],
    ['entry', 'edited', 'a', 'a', 'keep-edited'],
  ] as const)('%s current=%s recorded=%s wanted=%s → %s', (kind, current, recorded, wanted, action) =>
    expect(planFile(kind, current, recorded, wanted)).toBe(action));
});
