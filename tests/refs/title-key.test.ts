import { describe, expect, it } from 'vitest';
import { parseDocNumber, parseTitle, sameDocNumber, titleKey, titleSimilarity } from '../../lib/refs/title-key';

describe('titleKey', () => {
  it.each([
    ['中共中央办公厅国务院办公厅关于实行党政领导干部问责的暂行规定', '实行党政领导干部问责的暂行规定'],
    ['关于实行党政领导干部问责的暂行规定', '实行党政领导干部问责的暂行规定'],
    ['《中华人民共和国行政监察法》', '行政监察法'],
    ['云南省党政领导干部问责办法（试行）', '云南省党政领导干部问责办法试行'],
  ])('%s', (t, key) => expect(titleKey(t)).toBe(key));
  it('reads a notice in frontmatter style (《》 inside)', () => {
    expect(parseTitle('关于印发《市健全落实综治维稳领导责任制实施办法》的通知').promulgates).toBe('市健全落实综治维稳领导责任制实施办法');
  });
});

describe('titleSimilarity', () => {
  const central = titleKey('健全落实社会治安综合治理领导责任制规定');
  it('a title missing its last word (规定) still matches', () => {
    expect(titleSimilarity(titleKey('健全落实社会治安综合治理领导责任制'), central)).toBeGreaterThanOrEqual(0.85);
  });
  it.each([
    ['省健全落实综治维稳领导责任制办法', '市健全落实综治维稳领导责任制实施办法', 'different jurisdictions'],
    ['信访工作责任制实施办法', '信访工作责任制实施细则', 'different instruments'],
    ['云南省党政领导干部问责办法', '德宏州党政领导干部问责办法', 'different places'],
  ])('%s vs %s: 0 (%s)', (a, b) => expect(titleSimilarity(a, b)).toBe(0));
  it('unrelated titles score low', () => expect(titleSimilarity(titleKey('信访条例'), central)).toBeLessThan(0.3));
});

describe('文号', () => {
  it('compares across bracket styles and a missing prefix', () => {
    const a = parseDocNumber('厅字〔2016〕8号')!;
    expect(sameDocNumber(a, parseDocNumber('厅字(2016)8号')!)).toBe(true);
    expect(sameDocNumber(a, parseDocNumber('〔2016〕8号')!)).toBe(true);
    expect(sameDocNumber(a, parseDocNumber('厅字〔2016〕32号')!)).toBe(false);
    expect(sameDocNumber(a, parseDocNumber('中办发〔2016〕8号')!)).toBe(false);
  });
});
