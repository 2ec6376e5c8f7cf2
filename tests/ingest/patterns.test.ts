import { describe, expect, it } from 'vitest';
import { matchMarker, parseChineseNumber, toChineseNumber, isHeadingLike, ANNOUNCES_LIST, ARTICLE_LINE, INFO_END, MARKDOWN_HEADING } from '../../lib/ingest/patterns';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1], ['十', 10], ['十八', 18], ['二十', 20], ['二十九', 29], ['三十三', 33],
    ['一百', 100], ['一百零一', 101], ['一百一十', 110], ['两', 2], ['〇', 0],
  ])('%s → %i', (s, n) => expect(parseChineseNumber(s)).toBe(n));
  it.each(['', 'abc', '十八条'])('%s → null', (s) => expect(parseChineseNumber(s)).toBeNull());
  it('round-trips 1…300 through toChineseNumber', () => {
    for (let n = 1; n <= 300; n++) expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
  });
});

describe('matchMarker', () => {
  it.each([
    ['第一编 总则', 'part', '第一编', 1],
    ['第一章 总 则', 'chapter', '第一章', 1],
    ['第六章  附则', 'chapter', '第六章', 6],
    ['第二节 责任', 'section', '第二节', 2],
    ['第二十条 党政领导班子', 'article', '第二十条', 20],
    ['第一条为了', 'article', '第一条', 1],
    ['第一条\u3000为了', 'article', '第一条', 1],
    ['一、总体要求', 'cn-dun', '一、', 1],
    ['十、完善工作运行机制', 'cn-dun', '十、', 10],
    ['(一)指导思想。', 'cn-paren', '(一)', 1],
    ['（二十九）从轻情节', 'cn-paren', '（二十九）', 29],
    ['(十八)追责情形', 'cn-paren', '(十八)', 18],
    ['1.不重视', 'arabic-dot', '1.', 1],
    ['10.情报信息不畅', 'arabic-dot', '10.', 10],
    ['60．完善', 'arabic-dot', '60．', 60],
    ['3、本地', 'arabic-dot', '3、', 3],
    ['(1)各级党委', 'arabic-paren', '(1)', 1],
    ['（12）其他', 'arabic-paren', '（12）', 12],
    ['①第一', 'circled', '①', 1],
  ])('%s', (line, family, label, number) => {
    expect(matchMarker(line)).toEqual({ family, label, number });
  });
  it.each([
    ['第十七条之一 已满七十五周岁的人', '第十七条之一', 17, 1],
    ['第一百二十条之二 有下列情形之一的', '第一百二十条之二', 120, 2],
    ['第一百三十三条之一　在道路上', '第一百三十三条之一', 133, 1],
  ])('%s (inserted article)', (line, label, number, sub) => {
    expect(matchMarker(line)).toEqual({ family: 'article', label, number, sub });
  });
  it.each([
    '第十八条所列情形',
    '2014.05.12 发布',
    '2017年度综治宣传活动第2期',
    '11月21日,市委办公厅',
    '——《就深化平安中国建设作出重要指示强调》',
    '答:当前我市',
    '一是遵循中央和省文件',
    '1.5倍',
  ])('no marker: %s', (line) => expect(matchMarker(line)).toBeNull());
});

describe('heading and list heuristics', () => {
  it.each([
    ['总体要求', true],
    ['建立健全涉稳情报信息搜集机制', true],
    ['指导思想。坚持以新时代思想为指导。', false],
    ['有下列情形之一的：', false],
  ])('isHeadingLike(%s) = %s', (s, b) => expect(isHeadingLike(s)).toBe(b));
  it.each([
    ['有下列情形之一的，应当进行责任督导和追究：', true],
    ['并具有下列情节之一的,应当从重进行责任督导和追究:', true],
    ['认真履行以下工作职责：', true],
    ['主要有以下几点考虑：一是遵循', false],
    ['应当追究责任。', false],
  ])('ANNOUNCES_LIST(%s) = %s', (s, b) => expect(ANNOUNCES_LIST.test(s)).toBe(b));
});

describe('ARTICLE_LINE (the census counts these)', () => {
  it.each([
    ['第一条 为了', true], ['　　第二十条　甲', true], ['第十七条之一 甲', true], ['### 第一条 甲', true],
    ['第二条之规定', true], ['“第二十条 甲', false], ['一、第二十条修改为：', false], ['第一章 总则', false], ['本法第一条', false],
  ])('%s → %s', (line, hit) => expect(ARTICLE_LINE.test(line)).toBe(hit));
});

describe('MARKDOWN_HEADING', () => {
  it.each([
    ['## 第一章  总 则', 2], ['#### 5.1.1 重伤一级', 4], ['# 标题', 1], ['##\u3000附件一', 2],
    ['#标题', null], ['####### 七级', null], ['第一章 总则', null],
  ])('%s → %s', (line, depth) => expect(MARKDOWN_HEADING.exec(line)?.[1].length ?? null).toBe(depth));
});

describe('INFO_END', () => {
  it.each([['<!-- INFO END -->', true], ['  <!--INFO END-->  ', true], ['<!-- TABLE -->', false], ['INFO END', false]])('%s → %s', (line, hit) =>
    expect(INFO_END.test(line)).toBe(hit),
  );
});
