/** Answers are compared in one normal form: full/half width, Chinese/Arabic numerals, date separators. */
import { describe, expect, it } from 'vitest';
import { isCorrect, normalizeAnswer } from '../../lib/study/check-answer';

describe('isCorrect', () => {
  it.each([
    ['1', '1'],
    ['１', '1'],
    ['一', '1'],
    ['1', '一'],
    ['１５', '15'],
    ['十五', '15'],
    ['两', '2'],
    ['四', '4'],
    [' 半 ', '半'],
    ['2016年2月27日', '2016年2月27日'],
    ['２０１６年２月２７日', '2016年2月27日'],
    ['2016-02-27', '2016年2月27日'],
    ['2016.2.27', '2016年2月27日'],
    ['挂牌督办', '挂牌督办'],
    ['“约谈”', '约谈'],
    ['纪检监察机关，组织人事部门', '纪检监察机关、组织人事部门'],
  ])('accepts %j for %j', (input, answer) => expect(isCorrect(input, answer)).toBe(true));

  it.each([
    ['2', '1'],
    ['', '1'],
    ['  ', '半'],
    ['一年', '半'],
    ['约谈', '挂牌督办'],
    ['一票否决', '一票否决警示'],
    ['2016年2月28日', '2016年2月27日'],
  ])('rejects %j for %j', (input, answer) => expect(isCorrect(input, answer)).toBe(false));

  it('normalizes both sides the same way', () => {
    expect(normalizeAnswer('十五个工作日')).toBe(normalizeAnswer('15个工作日'));
  });
});

describe('accepted wordings', () => {
  it('accepts a synonym the question lists, compared the same way', () => {
    expect(isCorrect('挂账督办', '挂牌督办', ['挂账督办'])).toBe(true);
    expect(isCorrect(' 挂账督办。', '挂牌督办', ['挂账督办'])).toBe(true);
    expect(isCorrect('挂账督办', '挂牌督办')).toBe(false);
    expect(isCorrect('约谈', '挂牌督办', ['挂账督办'])).toBe(false);
  });
});
