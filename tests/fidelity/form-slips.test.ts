/** Slips of form found without a parallel text: a date without 日, ’’ for ”, a stray ASCII quote, layout spaces inside a phrase. */
import { describe, expect, it } from 'vitest';
import { formSlipCandidates, formSlipFindings, formSlips } from '../../lib/fidelity/form-slips';

const NBSP = '\u00a0';

describe('formSlips', () => {
  it.each([
    // Found.
    ['——《作出重要指示》(2013年5月31)', [['date-without-day', '》(2013年5月31)', '》(2013年5月31日)']]],
    ['于2016年2月27。', [['date-without-day', '于2016年2月27。', '于2016年2月27日。']]],
    ['完善“大调解’’工作体系', [['quote-as-singles', '调解’’工作', '调解”工作']]],
    ['推行‘‘一网通”模式', [['quote-as-singles', '推行‘‘一网', '推行“一网']]],
    ["纳入到规划中去'统一设计", [['stray-ascii-quote', "中去'统一", null]]],
    [`规划、${NBSP} 要求中去`, [['space-in-phrase', `划、${NBSP} 要求`, '划、要求']]],
    [`提高信息化${NBSP} 条件下基础`, [['space-in-phrase', `息化${NBSP} 条件`, '息化条件']]],
    // Clean text, as the national corpus prints it.
    ['自2016年2月27日起施行', []],
    ['2013年5月3、4日召开', []],
    ['2013年5月3至5日', []],
    ['2014年5月31号', []],
    ['2014年9月26', []], // a promulgation note whose 日 the scrape broke onto the next line
    ['“大调解”工作体系', []],
    ['所称“’’”', []],
    ['He said \'yes\' 同意', []],
    ['the O\'Brien case', []],
    [`第一条${NBSP} 为了规范`, []],
    [`第三章${NBSP} 监督管理`, []],
    [` 附${NBSP} 则`, []],
    [`2019年5月1日修正${NBSP} 根据`, []],
    ['依法推动打好污染防治攻坚战 让中原更加出彩', []],
    ['第一条  为了规范', []],
  ] as [string, [string, string, string | null][]][])('%s', (text, expected) => {
    expect(formSlips(text).map((s) => [s.kind, s.find, s.replace])).toEqual(expected);
  });
  it('locates each slip: find is the text at start', () => {
    const text = `甲(2013年5月31)乙“丙’’丁规划、${NBSP} 要求`;
    for (const s of formSlips(text)) expect(text.slice(s.start, s.start + s.find.length)).toBe(s.find);
  });
});

describe('formSlipCandidates', () => {
  const lines = [
    { line: 8, text: '——《作出重要指示》(2013年5月31)' },
    { line: 173, text: "规划中去'统一设计" },
  ];
  it('proposes a pasteable correction where the form says what the text reads, and a suspect entry where it does not', () => {
    const [date, quote] = formSlipCandidates(lines);
    expect(date).toMatchObject({ line: 8, kind: 'insertion', find: '》(2013年5月31)', replace: '》(2013年5月31日)', confidence: 'high', declared: undefined });
    expect(quote).toMatchObject({ line: 173, suspect: true, find: "中去'统一", declared: undefined });
  });
  it('marks slips already declared, as corrections or as suspected damage', () => {
    const col = lines[0].text.indexOf(')');
    const [date, quote] = formSlipCandidates(lines, [{ id: 'd/riqi', line: 8, column: col }], [{ id: 'suspect-qu', line: 173, find: "中去'统一" }]);
    expect(date.declared).toBe('d/riqi');
    expect(quote.declared).toBe('suspect-qu');
  });
});

describe('formSlipFindings', () => {
  const clause = (text: string) => ({ id: 'art-1', head: [{ text }], sourceText: text }) as never;
  it.each([
    ['a date without 日 as displayed', '（2013年5月31）', 1],
    ['mended by a declared erratum', '（2013年5月31日）', 0],
    ['a stray quote', "中去'统一设计", 1],
  ] as [string, string, number][])('%s', (_name, text, n) => {
    expect(formSlipFindings('d', [clause(text)])).toHaveLength(n);
  });
  it('leaves a place declared as suspected damage to that entry', () => {
    expect(formSlipFindings('d', [clause("中去'统一设计")], [{ find: "中去'统一" }])).toHaveLength(0);
  });
});
