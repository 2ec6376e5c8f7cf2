/** Identical notes shown together read as one, with how many it stands for; the evidence of an erratum never shows another's id. */
import { describe, expect, it } from 'vitest';
import { mergeFindings } from '../../lib/site/merge-findings';
import { readableEvidence } from '../../lib/fidelity/resolve-errata';
import type { Finding } from '../../lib/corpus/export-contract';

const note = (message: string, kind: Finding['kind'] = 'erratum-applied'): Finding => ({ documentId: 'd', clauseId: 'art-1', kind, message, severity: 'info' });

describe('mergeFindings', () => {
  it.each([
    ['identical notes one after another', [note('已校订补“奖”。依据：甲'), note('已校订补“奖”。依据：甲')], [['已校订补“奖”。依据：甲', 2]]],
    ['identical notes apart', [note('甲'), note('乙'), note('甲')], [['甲', 2], ['乙', 1]]],
    ['the same words of another kind stay apart', [note('甲'), note('甲', 'suspected-damage')], [['甲', 1], ['甲', 1]]],
    ['nothing to merge', [note('甲'), note('乙')], [['甲', 1], ['乙', 1]]],
  ] as [string, Finding[], [string, number][]][])('%s', (_, findings, expected) => {
    expect(mergeFindings(findings).map((f) => [f.message, f.count])).toEqual(expected);
  });
});

describe('readableEvidence', () => {
  const entries = [
    { entry: { id: 'jiangli-chengchu', line: 21, replace: '务晋升、奖励惩处等' } },
    { entry: { id: 'xinfang-all', replace: '信访' } },
  ];
  it.each([
    ['（见本文件 jiangli-chengchu 等条）', '（见本文件 第 21 行“务晋升、奖励惩处等” 等条）'],
    ['同 xinfang-all。', '同 “信访”。'],
    // Words that are not ids of this file, and ids inside longer words, stay.
    ['厅字〔2016〕8号；见 other-id；jiangli-chengchu-2', '厅字〔2016〕8号；见 other-id；jiangli-chengchu-2'],
  ])('%s', (evidence, expected) => expect(readableEvidence(evidence, entries)).toBe(expected));
});
