import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldWithMap } from '../../lib/search/fold';
import { parseQuery, queryWords } from '../../lib/search/parse-query';
import { STOP_WORDS } from '../../lib/search/stop-words';
import { createLexicon, segmentWords } from '../../lib/search/segment-words';

describe('fold', () => {
  it.each([
    ['一票否決', '一票否决'],
    ['社會穩定風險評估', '社会稳定风险评估'],
    ['（四）', '(四)'],
    ['情报信息，', '情报信息,'],
    ['１小时ＡＢＣ', '1小时abc'],
    ['“枫桥经验”', '"枫桥经验"'],
    ['《信访条例》', '<信访条例>'],
    ['第一章　总 则', '第一章总则'],
    ['约谈、整改。', '约谈,整改.'],
    ['裡', '里'],
    // Simplified words of their own, not variants: 什么 and 显著 stay; the traditional forms fold to them.
    ['什么 什麼', '什么什么'],
    ['显著 顯著', '显著显著'],
    ['\u200b约\u00a0谈\n', '约谈'],
  ])('%s → %s', (input, out) => expect(fold(input)).toBe(out));

  it('is idempotent and works character by character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), (a, b) => {
        expect(fold(fold(a))).toBe(fold(a));
        expect(fold(a + b)).toBe(fold(a) + fold(b));
      }),
      { numRuns: 500 },
    );
  });

  it('maps every folded character back to the characters it came from', () => {
    const text = '第一章　總 則（ＡＢ）';
    const m = foldWithMap(text);
    expect(m.text).toBe(fold(text));
    for (let i = 0; i < m.text.length; i++) expect(fold(text.slice(m.start[i], m.end[i]))).toContain(m.text[i]);
  });
});

describe('query words', () => {
  const lex = createLexicon(['重大', '情报信息', '上报', '多长时间', '一票否决', '约谈']);

  it('maximum matching prefers fewer, longer words', () => {
    expect(segmentWords('重大情报信息多长时间内上报', lex)).toEqual(['重大', '情报信息', '多长时间', '内', '上报']);
  });

  it.each([
    // A tie in words: the reading whose lone characters are words (的) beats the one with a word broken (辖).
    ['辖区的治安', ['辖区', '的', '治安']],
    ['缓刑的适用条件', ['缓刑', '的', '适用', '条件']],
    ['个人的责任', ['个人', '的', '责任']],
  ])('%s → %j', (q, words) => {
    const junk = createLexicon(['辖区', '区的', '治安', '缓刑', '刑的', '适用', '条件', '个人', '人的', '责任', ...STOP_WORDS]);
    expect(segmentWords(q, junk)).toEqual(words);
  });

  it('drops question words and keeps single characters as hints only', () => {
    expect(queryWords(parseQuery('重大情报信息多长时间内上报'), lex)).toEqual({ words: ['重大', '情报信息', '上报'], hints: ['内'], answers: [] });
  });

  it('characters the vocabulary lacks, side by side, are one word a clause must hold', () => {
    // 量子 is in no text: dropping it would answer 量子约谈 with every 约谈.
    expect(queryWords(parseQuery('量子约谈'), lex)).toEqual({ words: ['量子', '约谈'], hints: [], answers: [] });
    expect(queryWords(parseQuery('约谈量子,'), lex)).toEqual({ words: ['约谈', '量子'], hints: [], answers: [] });
    // A question word breaks the run, and a lone character stays a hint.
    const withQuestions = createLexicon(['约谈', '上报', ...STOP_WORDS]);
    expect(queryWords(parseQuery('约谈是否须上报'), withQuestions)).toEqual({ words: ['约谈', '上报'], hints: ['须'], answers: [] });
    // 要, 需要 and 怎么办 are the question's, not the texts'.
    expect(queryWords(parseQuery('约谈需要上报吗怎么办'), withQuestions)).toEqual({ words: ['约谈', '上报'], hints: [], answers: [] });
  });

  it('the kind a question asks about (哪些情况) only adds to the score', () => {
    const asks = createLexicon(['情况', '一票否决', '单位', '负责', '信访', ...STOP_WORDS]);
    expect(queryWords(parseQuery('哪些情况要一票否决'), asks)).toEqual({ words: ['一票否决'], hints: ['情况'], answers: ['下列情况', '以下情况', '下列各项情况'] });
    expect(queryWords(parseQuery('什么单位负责信访'), asks)).toEqual({ words: ['负责', '信访'], hints: ['单位'], answers: [] });
  });

  it.each([
    ['哪些情形可以申请行政复议', ['下列情形', '以下情形', '下列各项情形']],
    ['政府采购的方式有哪些', ['下列方式', '以下方式', '下列各项方式']],
    ['什么情形可以申请行政复议', []],
    ['哪些可以申请', []],
  ])('%s: a question that asks for a list of a kind names how a statute opens it', (q, forms) => {
    const asks = createLexicon(['情形', '可以', '申请', '行政复议', '政府采购', '方式', ...STOP_WORDS]);
    expect(queryWords(parseQuery(q), asks).answers).toEqual(forms);
  });

  it('a word that asks what a thing means (是指, 含义) only adds to the score', () => {
    const asks = createLexicon(['不可抗力', '是指', '情况', '居住权', '含义', ...STOP_WORDS]);
    expect(queryWords(parseQuery('不可抗力是指什么情况'), asks)).toEqual({ words: ['不可抗力'], hints: ['是指', '情况'], answers: [] });
    expect(queryWords(parseQuery('居住权的含义'), asks)).toEqual({ words: ['居住权'], hints: ['含义'], answers: [] });
  });

  it('a query that is one word is only a phrase', () => {
    expect(queryWords(parseQuery('一票否决'), lex).words).toEqual([]);
  });

  it('terms the user separated stay whole', () => {
    const q = parseQuery('约谈  整改 约谈');
    expect(q.terms).toEqual(['约谈', '整改']);
    // The phrase is the query as typed, folded: what a substring scan would look for.
    expect(q.phrase).toBe('约谈整改约谈');
    expect(queryWords(q, null).words).toEqual(['约谈', '整改']);
  });
});
