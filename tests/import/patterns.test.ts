/** Table tests of the import patterns, over lines as the LawRefBook corpus prints them. */
import { describe, expect, it } from 'vitest';
import { CN_DATE, EFFECTIVE_DATE, EFFECTIVE_DATE_CN, EFFECTIVE_ON_EVENT, chineseDatePart, FILE_NAME_DATE, HEADING, INFO_END, JUDICIAL_TITLE, LOCAL_PREFIX, NOT_LAW_NAME, historyEvent, historyIssuer, provinceName, splitHistoryLine } from '../../lib/import/patterns';
import { isoDate } from '../../lib/import/info-block';

describe('historyEvent', () => {
  it.each([
    ['1979年7月1日 第五届全国人民代表大会第二次会议通过', 'adopted'],
    ['1997年3月14日 第八届全国人民代表大会第五次会议修订', 'revised'],
    ['1999年12月25日 第九届全国人民代表大会常务委员会第十三次会议通过的《中华人民共和国刑法修正案》', 'amended'],
    ['根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正', 'amended'],
    ['2019年9月27日 山东省第十三届人民代表大会常务委员会第十四次会议批准', 'approved'],
    ['2022年2月25日 中共中央、国务院发布', 'published'],
    ['2019年12月30日 施行', 'effective'],
    ['２０１２年１２月１９日 中华人民共和国公安部令第１２５号发布，', 'published'],
    ['1985年12月30日', 'other'],
  ])('%s → %s', (line, event) => expect(historyEvent(line)).toBe(event));
});

describe('historyIssuer', () => {
  it.each([
    [' 北京市第十三届人民代表大会常务委员会第二十二次会议通过', '北京市人民代表大会常务委员会'],
    [' 第五届全国人民代表大会第二次会议通过', '全国人民代表大会'],
    [' 中共中央、国务院发布', '中共中央、国务院'],
    [' 最高人民检察院第十三届检察委员会第二十八次会议通过', '最高人民检察院检察委员会'],
    [' 中华人民共和国公安部令第１２５号发布，', '中华人民共和国公安部'],
    [' 日照市第十八届人民代表大会常务委员会第三十次会议通过', '日照市人民代表大会常务委员会'],
    [' 国家互联网信息办公室2021年第20次室务会议审议通过', '国家互联网信息办公室'],
    [' 中共中央政治局会议审议批准', '中共中央政治局'],
    [' 施行', null],
    [' 中国人民解放军总后勤部司令部发布', '中国人民解放军总后勤部司令部'],
    ['', null],
  ])('%s → %s', (text, issuer) => expect(historyIssuer(text)).toBe(issuer));
});

describe('splitHistoryLine', () => {
  const texts = (line: string) => splitHistoryLine(line);
  it.each([
    ['1979年7月1日 第五届全国人民代表大会第二次会议通过', ['1979年7月1日 第五届全国人民代表大会第二次会议通过']],
    [
      '1999年7月29日 重庆市第一届人民代表大会常务委员会第十八次会议修正  2006年3月31日重庆市第二届人民代表大会常务委员会第二十三次会议修订',
      ['1999年7月29日 重庆市第一届人民代表大会常务委员会第十八次会议修正', '2006年3月31日重庆市第二届人民代表大会常务委员会第二十三次会议修订'],
    ],
    [
      '2001年2月16日 浙江省第九届人民代表大会第四次会议通过根据2004年1月16日浙江省第十届人民代表大会常务委员会第七次会议《关于修改〈浙江省地方立法条例〉的决定》修正',
      ['2001年2月16日 浙江省第九届人民代表大会第四次会议通过', '根据2004年1月16日浙江省第十届人民代表大会常务委员会第七次会议《关于修改〈浙江省地方立法条例〉的决定》修正'],
    ],
    // A date after 的 or 自 belongs to the entry it is in.
    ['2004年5月27日 山东省第十届人民代表大会常务委员会第八次会议批准的2004年5月11日青岛市第十三届人民代表大会常务委员会第十一次会议《关于修改〈青岛市城市房地产开发经营管理条例〉的决定》', ['2004年5月27日 山东省第十届人民代表大会常务委员会第八次会议批准的2004年5月11日青岛市第十三届人民代表大会常务委员会第十一次会议《关于修改〈青岛市城市房地产开发经营管理条例〉的决定》']],
    ['2013年9月29日 青岛市人民代表大会常务委员会公告公布自2013年11月1日施行', ['2013年9月29日 青岛市人民代表大会常务委员会公告公布自2013年11月1日施行']],
    ['(2014年11月1日第十二届全国人民代表大会常务委员会第十一次会议通过)', ['(2014年11月1日第十二届全国人民代表大会常务委员会第十一次会议通过)']],
  ])('%s', (line, parts) => expect(texts(line)).toEqual(parts));
});

describe('file names, headings and markers', () => {
  it.each([
    ['刑法修正案（十一）(2020-12-26)', '刑法修正案（十一）', '2020-12-26'],
    ['宪法修正案（2004年）', null, null],
  ])('%s', (name, stem, date) => {
    const m = FILE_NAME_DATE.exec(name);
    expect(m ? [m[1], m[2]] : [null, null]).toEqual([stem, date]);
  });
  it.each([
    ['# 中华人民共和国刑法', '中华人民共和国刑法'],
    ['## 第一章 总则', '第一章 总则'],
    ['中华人民共和国刑法', null],
  ])('HEADING %s', (line, text) => expect(HEADING.exec(line)?.[1] ?? null).toBe(text));
  it.each([['<!-- INFO END -->', true], ['<!--INFO END-->', true], ['INFO END', false]])('INFO_END %s', (line, yes) => expect(INFO_END.test(line)).toBe(yes));
  it.each([['README.md', true], ['SUMMARY.md', true], ['index.md', true], ['刑法.md', false], ['说明.md', true]])('NOT_LAW_NAME %s', (n, yes) => expect(NOT_LAW_NAME.test(n)).toBe(yes));
});

describe('places and ranks in titles', () => {
  it.each([
    ['青岛市禁止燃放烟花爆竹规定', '青岛市'],
    ['彭水苗族土家族自治县自治条例', '彭水苗族土家族自治县'],
    ['杭州市城市规划条例', '杭州市'],
    ['中国（浙江）自由贸易试验区条例', null],
  ])('LOCAL_PREFIX %s → %s', (title, place) => expect(LOCAL_PREFIX.exec(title)?.[1] ?? null).toBe(place));
  it.each([
    ['最高人民法院关于对变造、倒卖变造邮票行为如何适用法律问题的解释', true],
    ['最高人民法院、最高人民检察院关于办理危害药品安全刑事案件适用法律若干问题的解释', true],
    ['人民检察院刑事诉讼规则', false],
  ])('JUDICIAL_TITLE %s', (title, yes) => expect(JUDICIAL_TITLE.test(title)).toBe(yes));
  it.each([['山东', '山东省'], ['北京', '北京市'], ['重庆', '重庆市'], ['广西', '广西壮族自治区']])('provinceName %s', (s, full) => expect(provinceName(s)).toBe(full));
});

describe('effective-date patterns', () => {
  it.each([
    ['第二十八条 本条例自2011年3月1日起施行。', ['2011', '3', '1']],
    ['第四十条 本条例自2018年1月1日施行。', ['2018', '1', '1']],
    ['第四十四条 本办法自2013年11月1 日起施行。', ['2013', '11', '1']],
    ['第一条 本条例自公布之日起施行。', null],
  ])('EFFECTIVE_DATE %s', (line, parts) => expect(EFFECTIVE_DATE.exec(line)?.slice(1, 4) ?? null).toEqual(parts));
  it.each([
    ['第四十四条 本规定自二○○四年十月一日起施行。', [2004, 10, 1]],
    ['本办法自二〇一九年十二月三十一日起施行', [2019, 12, 31]],
  ])('EFFECTIVE_DATE_CN %s', (line, parts) => {
    const m = EFFECTIVE_DATE_CN.exec(line)!;
    expect([chineseDatePart(m[1], true), chineseDatePart(m[2], false), chineseDatePart(m[3], false)]).toEqual(parts);
  });
  it.each([
    ['本法自公布之日起施行。', '公布'],
    ['第二十八条 本条例自发布之日起施行。', '发布'],
    ['第四十二条 本规则自通过之日起施行。', '通过'],
  ])('EFFECTIVE_ON_EVENT %s', (line, event) => expect(EFFECTIVE_ON_EVENT.exec(line)?.[1]).toBe(event));
});

describe('isoDate', () => {
  it.each([
    ['2014年5月1日', '2014-05-01'],
    ['２０１２年１２月１９日', '2012-12-19'],
    ['2024年2月29日', '2024-02-29'],
    ['2023年2月29日', null],
    ['2014年2月31日', null],
    ['2014年13月1日', null],
    ['2014年4月0日', null],
  ])('%s → %s', (text, iso) => expect(isoDate(CN_DATE.exec(text)!)).toBe(iso));
});
