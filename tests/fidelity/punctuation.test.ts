import { describe, expect, it } from 'vitest';
import { toChinesePunctuation } from '../../lib/fidelity/punctuation';

describe('toChinesePunctuation', () => {
  it.each([
    // Marks inside Chinese sentences become full-width.
    ['综治,维稳', '综治，维稳'],
    ['稳定工作;指导有关部门', '稳定工作；指导有关部门'],
    ['主要有以下几点考虑:一是', '主要有以下几点考虑：一是'],
    ['是否?是的!', '是否？是的！'],
    ['使用APP,提高效率', '使用APP，提高效率'],
    ['时间:08:54', '时间：08:54'],
    ['网址:http://example.cn', '网址：http://example.cn'],
    // Times, numbers and Latin text stay as printed.
    ['08:54', '08:54'],
    ['1,000', '1,000'],
    ['共1,000人', '共1,000人'],
    ['Hello, world; ok: yes!', 'Hello, world; ok: yes!'],
    ['see (page 3)', 'see (page 3)'],
    ['a.php?id=1', 'a.php?id=1'],
    // Document numbers keep their brackets; Chinese parentheticals become full-width.
    ['赣财行(2012)93号', '赣财行(2012)93号'],
    ['〔2016〕8号', '〔2016〕8号'],
    ['(厅字〔2016〕8号)', '（厅字〔2016〕8号）'],
    ['《通知》(赣财行(2012)93号)', '《通知》（赣财行(2012)93号）'],
    ['(赣综治办(2010]34号)要求', '（赣综治办(2010]34号）要求'],
    ['(平安建设)', '（平安建设）'],
    ['综治维稳工作(平安建设)年度综合考评', '综治维稳工作（平安建设）年度综合考评'],
    ['危害案(事)件', '危害案（事）件'],
    ['县(市、区)、开发区(管理区)', '县（市、区）、开发区（管理区）'],
    ['(以下简称《实施办法》)', '（以下简称《实施办法》）'],
    ['(一', '(一'],
  ])('%s → %s', (input, expected) => expect(toChinesePunctuation(input)).toBe(expected));

  it('reads the neighbouring runs for context', () => {
    expect(toChinesePunctuation(',结合', '等有关规定')).toBe('，结合');
    expect(toChinesePunctuation('工作(平安', '', '建设)年度')).toBe('工作（平安');
    expect(toChinesePunctuation('建设)年度', '工作(平安', '')).toBe('建设）年度');
  });

  it('changes marks only, one character for one', () => {
    const s = '各级党委和政府应当(平安建设),时间08:54;Latin, text';
    expect(toChinesePunctuation(s)).toHaveLength(s.length);
  });
});
