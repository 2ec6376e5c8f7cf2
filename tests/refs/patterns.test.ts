import { describe, expect, it } from 'vitest';
import {
  ABBREVIATION_AFTER, DOC_NUMBER, INNER_TITLE, INSTRUMENT_TYPE, INTERNAL_ARTICLE, ISSUER_BEFORE, JURISDICTION,
  LEADING_LABEL, NOTICE_WRAPPER, OUTLINE_HEADING, PINPOINT_AFTER, RELATIVE, TITLE, TITLE_ISSUER, abbreviationUse,
} from '../../lib/refs/patterns';
import { cleanText } from '../../lib/refs/clean-text';

const all = (re: RegExp, s: string) => [...cleanText(s).matchAll(re)].map((m) => m[0]);

describe('TITLE and INNER_TITLE', () => {
  it.each([
    ['根据《信访条例》等规定', ['《信访条例》']],
    ['《中华人民共和国行政监察法》、《德宏州问责暂行办法》', ['《中华人民共和国行政监察法》', '《德宏州问责暂行办法》']],
    ['《关于印发〈健全落实社会治安综合治理领导责任制〉的通知》', ['《关于印发〈健全落实社会治安综合治理领导责任制〉的通知》']],
    ['将《责任制规定》《责任制实施办法》纳入', ['《责任制规定》', '《责任制实施办法》']],
    ['没有书名号', []],
  ])('%s', (s, expected) => expect(all(TITLE, s)).toEqual(expected));
  it.each([
    ['关于印发〈信访工作责任制实施办法〉的通知', ['〈信访工作责任制实施办法〉']],
    ['关于印发<X办法>和<Y细则>的通知', ['〈X办法〉', '〈Y细则〉']],
  ])('inner %s', (s, expected) => expect(all(INNER_TITLE, s)).toEqual(expected));
});

describe('DOC_NUMBER in every written form', () => {
  it.each([
    ['（厅字〔2016〕8号）', '厅字', 2016, 8],
    ['（中办发〔2024〕2号，以下简称', '中办发', 2024, 2],
    ['（赣财行(2012)93号）', '赣财行', 2012, 93],
    ['（冀办字（2017）3号）', '冀办字', 2017, 3],
    ['(赣综治办（2010]34号）', '赣综治办', 2010, 34],
    ['（云反恐办发〔2010]34号）', '云反恐办发', 2010, 34],
    ['x办发[2024]5号', 'x办发', 2024, 5],
    ['〔２０１６〕８号', undefined, 2016, 8],
  ])('%s', (s, prefix, year, num) => {
    const m = [...cleanText(s).matchAll(DOC_NUMBER)][0];
    expect(m.groups!.prefix).toBe(prefix);
    expect([Number(m.groups!.year), Number(m.groups!.num)]).toEqual([year, num]);
  });
  it.each(['（2013年5月31）', '第2016号', '2016年8号文'])('no number in %s', (s) => expect(all(DOC_NUMBER, s)).toEqual([]));
});

describe('issuers', () => {
  it.each([
    ['中共中央办公厅、国务院办公厅关于印发〈X〉的通知', '中共中央办公厅、国务院办公厅'],
    ['中共中央办公厅国务院办公厅关于实行党政领导干部问责的暂行规定', '中共中央办公厅国务院办公厅'],
    ['中共德宏州委关于新形势下进一步加强政法工作的意见', '中共德宏州委'],
  ])('inside the title: %s', (s, issuer) => expect(TITLE_ISSUER.exec(s)?.groups?.issuer).toBe(issuer));
  it('no issuer in 关于实行党政领导干部问责的暂行规定', () => expect(TITLE_ISSUER.exec('关于实行党政领导干部问责的暂行规定')).toBeNull());
  it.each([
    ['根据中共中央办公厅、国务院办公厅', '根据中共中央办公厅、国务院办公厅'],
    ['严格按照省财政厅、省综治办', '严格按照省财政厅、省综治办'],
    ['社会安定有序，根据', undefined],
  ])('before the title: %s', (s, issuer) => expect(ISSUER_BEFORE.exec(s)?.groups?.issuer).toBe(issuer));
  it.each([
    ['关于印发〈健全落实社会治安综合治理领导责任制〉的通知', '健全落实社会治安综合治理领导责任制'],
    ['省委办公厅关于印发〈省健全落实综治维稳领导责任制办法〉的通知', '省健全落实综治维稳领导责任制办法'],
    ['关于转发信访工作责任制实施办法的通知', '信访工作责任制实施办法'],
  ])('notice wrapper: %s', (s, inner) => expect(NOTICE_WRAPPER.exec(s)?.groups?.inner).toBe(inner));
});

describe('ABBREVIATION_AFTER and later uses', () => {
  it.each([
    ['（以下简称《实施办法》）', '实施办法'],
    ['（中办发〔2024〕2号，以下简称《责任制规定》）', '责任制规定'],
    ['（下称《细则》）', '细则'],
    ['（简称“规定”）', '规定'],
    ['（以下简称反恐怖主义法）', '反恐怖主义法'],
  ])('%s', (s, short) => {
    const g = ABBREVIATION_AFTER.exec(cleanText(s))?.groups;
    expect(g?.book ?? g?.quoted ?? g?.corner ?? g?.bare).toBe(short);
  });
  it('needs the parenthesis right after the title', () => expect(ABBREVIATION_AFTER.exec('，以下简称《X》')).toBeNull());
  it('finds uses in brackets or quotes', () => expect(all(abbreviationUse('规定'), '按《规定》和“规定”，规定')).toEqual(['《规定》', '“规定”']));
  it('finds bare uses of a name declared bare, only where a word can end', () =>
    expect(all(abbreviationUse('反恐法', true), '依照反恐法第八条，反恐法律，本反恐法，反恐法规定')).toEqual(['反恐法', '反恐法']));
  it('a bare name needs the closing bracket right after it', () => expect(ABBREVIATION_AFTER.exec('（以下简称反恐法，含修正）')).toBeNull());
});

describe('internal references', () => {
  it.each([
    ['具有本实施办法第十八条所列情形的', '本实施办法第十八条所列情形', '本实施办法', '十八', undefined],
    ['本规定第二十条所列情形且危害严重', '本规定第二十条所列情形', '本规定', '二十', undefined],
    ['依照本细则第十一条第二款规定', '本细则第十一条第二款', '本细则', '十一', '二'],
    ['依照第五条第1款', '第五条第1款', undefined, '五', '1'],
    ['本办法第（十八）项所列', '本办法第（十八）项所列', '本办法', '十八', undefined],
  ])('%s', (s, raw, self, art, para) => {
    const m = [...cleanText(s).matchAll(INTERNAL_ARTICLE)][0];
    expect(m[0]).toBe(raw);
    expect([m.groups!.self, m.groups!.art, m.groups!.para]).toEqual([self, art, para]);
  });
  it.each([
    ['对前款规定中涉及的集体责任', ['前款']],
    ['上述追责方式，可以单独使用', ['上述']],
    ['本条所称，依照前条和本款，前两款', ['本条', '前条', '本款', '前两款']],
    ['依照本条例', []],
  ])('relative: %s', (s, expected) => expect(all(RELATIVE, s)).toEqual(expected));
  it.each([
    ['第二十条所列情形', '第二十条'],
    ['第三条第二款规定', '第三条第二款'],
  ])('pinpoint after a title: %s', (s, raw) => expect(PINPOINT_AFTER.exec(s)?.[0]).toBe(raw));
});

describe('title comparison patterns', () => {
  it.each([
    ['健全落实社会治安综合治理领导责任制规定', '规定'],
    ['市健全落实综治维稳领导责任制实施办法', '实施办法'],
    ['关于实行党政领导干部问责的暂行规定', '暂行规定'],
    ['云南省党政领导干部问责办法试行', '办法'],
    ['健全落实社会治安综合治理领导责任制', undefined],
  ])('instrument of %s', (s, type) => expect(INSTRUMENT_TYPE.exec(s)?.[1]).toBe(type));
  it.each([
    ['省健全落实综治维稳领导责任制办法', '', '省'],
    ['市健全落实综治维稳领导责任制实施办法', '', '市'],
    ['云南省党政领导干部问责办法', '云南', '省'],
    ['XX省维护社会稳定责任制实施办法', 'XX', '省'],
    ['德宏州问责暂行办法', '德宏', '州'],
  ])('jurisdiction of %s', (s, place, level) => expect(JURISDICTION.exec(s)?.groups).toMatchObject({ place, level }));
  it.each(['健全落实社会治安综合治理领导责任制规定', '信访工作责任制实施办法', '维护社会稳定责任制规定'])('no jurisdiction in %s', (s) =>
    expect(JURISDICTION.exec(s)).toBeNull(),
  );
});

describe('labels and headings', () => {
  it.each([
    ['第二十条　党政领导班子', '党政领导班子'],
    ['（十九）追责方式。对', '追责方式。对'],
    ['1.不重视', '不重视'],
    ['一、总体要求', '总体要求'],
  ])('%s', (s, rest) => expect(s.replace(LEADING_LABEL, '')).toBe(rest));
  it.each([
    ['追责方式。对党政领导班子', '追责方式'],
    ['一票否决警示。对受到', '一票否决警示'],
    ['对受到通报后，仍未整改。', undefined],
    ['【通报】对具有本规定第二十条所列情形的', '通报'],
  ])('heading of %s', (s, heading) => {
    const g = OUTLINE_HEADING.exec(s)?.groups;
    expect(g?.heading ?? g?.bracketed).toBe(heading);
  });
});
