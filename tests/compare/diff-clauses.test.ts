import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffClauses, hasChanges, localSide, parentSide } from '../../lib/compare/diff-clauses';
import { comparableText } from '../../lib/compare/comparable-text';
import { clause } from './synthetic';
import { createSegmenter } from '../../lib/text/segmenter';

describe('diffClauses', () => {
  it('shows words the local text dropped as insertions on the parent side', () => {
    const segments = diffClauses('本办法适用于各级党的机关、机关、行政机关', '本规定适用于各级党的机关、人大机关、行政机关');
    expect(segments.filter((s) => s.op === 'insert').map((s) => s.text)).toContain('人大');
    expect(segments.filter((s) => s.op === 'delete').map((s) => s.text).join('')).toContain('办法');
  });

  it('finds no difference between identical texts', () => {
    expect(diffClauses('各级党委和政府', '各级党委和政府')).toEqual([{ op: 'equal', text: '各级党委和政府' }]);
    expect(hasChanges(diffClauses('', ''))).toBe(false);
  });

  it('treats half- and full-width punctuation as the same, but gives each side its own characters', () => {
    const segments = diffClauses('负总责,负全责(试行)', '负总责，负全责（试行）');
    expect(hasChanges(segments)).toBe(false);
    expect(localSide(segments)).toBe('负总责,负全责(试行)');
    expect(parentSide(segments)).toBe('负总责，负全责（试行）');
  });

  it('can compare characters exactly when asked', () => {
    expect(hasChanges(diffClauses('a,b', 'a，b', { fold: (t) => t }))).toBe(true);
  });

  it('merges scattered one-character matches into readable chunks (semantic cleanup)', () => {
    const segments = diffClauses('建立健全综治维稳工作考核评价体系', '完善社会治安综合治理工作考核机制');
    // Without cleanup the diff would interleave single shared characters like 综 and 治.
    expect(segments.filter((s) => s.op === 'equal' && s.text.length === 1).length).toBeLessThanOrEqual(1);
  });

  it('diffs by word when given a segmenter, so a reworded clause does not break into shared characters', () => {
    const segmenter = createSegmenter([]);
    const words = diffClauses('依照本办法第十九条处理', '依照本规定第二十条处理', { segmenter });
    expect(words.filter((s) => s.op !== 'equal').map((s) => s.text)).toEqual(['办法第十九条', '规定第二十条']);
    // By character, the shared 条 is cut off the article number: 第十九〔条处理〕.
    const chars = diffClauses('依照本办法第十九条处理', '依照本规定第二十条处理');
    expect(chars.filter((s) => s.op === 'equal').map((s) => s.text)).toContain('条处理');
  });

  it('still treats half- and full-width punctuation as the same when diffing words', () => {
    const segments = diffClauses('挂牌督办,约谈', '挂牌督办，约谈', { segmenter: createSegmenter([]) });
    expect(hasChanges(segments)).toBe(false);
    expect(parentSide(segments)).toBe('挂牌督办，约谈');
  });

  it('refuses a segmentation that loses text', () => {
    expect(() => diffClauses('挂牌督办', '约谈', { segmenter: { cut: (t) => [t.slice(1)] } })).toThrow(/join back/);
  });

  it('always rebuilds both texts exactly, by word too', () => {
    const chars = fc.constantFrom(...'党委政府，,、。(（)）人大机关规定奖惩\n ');
    const text = fc.array(chars, { maxLength: 40 }).map((a) => a.join(''));
    // Any split into words will do: cut before every character the seed marks.
    const cutter = (seed: number) => ({ cut: (t: string) => t.split('').reduce<string[]>((w, c, i) => ((seed >> i % 16) & 1 || !w.length ? [...w, c] : [...w.slice(0, -1), w[w.length - 1] + c]), []) });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 0xffff }), (a, b, seed) => {
        const segments = diffClauses(a, b, { segmenter: cutter(seed) });
        expect(localSide(segments)).toBe(a);
        expect(parentSide(segments)).toBe(b);
      }),
    );
  });

  it('always rebuilds both texts exactly', () => {
    const chars = fc.constantFrom(...'党委政府，,、。(（)）人大机关规定奖惩\n ');
    const text = fc.array(chars, { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const segments = diffClauses(a, b);
        expect(localSide(segments)).toBe(a);
        expect(parentSide(segments)).toBe(b);
      }),
    );
  });
});

describe('comparableText', () => {
  const c = clause('d', 'art-2', '第二条　本规定适用于各级党的机关。\n人民团体参照执行。', {
    label: '第二条',
    sourceText: '  第二条  本规定适用于各级党的机关。\n人民团体参照执行。\n',
  });
  it('drops the label and layout indentation, keeps paragraph breaks', () => {
    expect(comparableText(c, 'corrected')).toBe('本规定适用于各级党的机关。\n人民团体参照执行。');
    expect(comparableText(c, 'source')).toBe('本规定适用于各级党的机关。\n人民团体参照执行。');
  });
  it('recognises a label in either bracket form', () => {
    const item = clause('d', 'art-3', '（三）适用对象。', { label: '(三)', sourceText: '(三)适用对象。\n' });
    expect(comparableText(item, 'corrected')).toBe('适用对象。');
    expect(comparableText(item, 'source')).toBe('适用对象。');
  });
  it('shows the source wording in 原文 mode and the corrected one otherwise', () => {
    const fixed = clause('d', 'a', '（一）各级人大机关', { label: '(一)', sourceText: '(一)各级机关' });
    expect(diffClauses(comparableText(fixed, 'source'), '各级人大机关').some((s) => s.op === 'insert' && s.text === '人大')).toBe(true);
    expect(hasChanges(diffClauses(comparableText(fixed, 'corrected'), '各级人大机关'))).toBe(false);
  });
});

describe('layout differences', () => {
  it('does not count a paragraph break only one side has as a change', () => {
    const segments = diffClauses('领导干部。人民团体参照执行。', '领导干部。\n人民团体参照执行。');
    expect(segments.some((s) => s.op === 'insert' && s.text === '\n')).toBe(true);
    expect(hasChanges(segments)).toBe(false);
  });
});
