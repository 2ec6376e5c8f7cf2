/** Numbering notices over repeated and gapped numbers: one per offending provision, in document order. */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../lib/ingest/parse-source';

const notices = (text: string) => parseText(text).findings.filter((f) => f.kind !== 'missing-title').map((f) => [f.kind, f.clauseId]);

describe('detectFindings', () => {
  it.each([
    ['in order', '第一条 甲。\n第二条 乙。\n', []],
    ['a gap', '第一条 甲。\n第三条 乙。\n', [['numbering-gap', 'art-3']]],
    ['a repeat', '第一条 甲。\n第一条 乙。\n第二条 丙。\n', [['numbering-restart', 'art-1-2']]],
    ['items restart under each article', '第一条 甲：\n（一）子；\n（二）丑。\n第二条 乙：\n（一）寅；\n（三）卯。\n', [['numbering-gap', 'art-2-item-3']]],
    ['an inserted article is no gap', '第一条 甲。\n第一条之一 乙。\n第二条 丙。\n', []],
    ['two inserted articles', '第一条 甲。\n第一条之一 乙。\n第一条之二 丙。\n第二条 丁。\n', []],
    ['a list given as paragraphs (definitions)', '第一条 本条例下列用语的含义是：\n航道，是指…。\n第二条 乙。\n', []],
    ['an announced list with nothing', '第一条 有下列情形之一的，依法处理：\n第二条 乙。\n', [['empty-list', 'art-1']]],
    ['a second list after a paragraph', '第一条 有下列情形之一的，免征：\n（一）甲；\n（二）乙。\n有下列情形之一的，减征：\n（一）丙；\n（二）丁。\n', []],
    ['a line starting 第…条 that is no article', '第一条 甲。\n第二条之规定不适用于乙。\n第二条 丙。\n', [['unparsed-article', 'art-1-para-2']]],
  ] as [string, string, string[][]][])('%s', (_name, text, expected) => {
    expect(notices(text)).toEqual(expected);
  });

  it('5,000 repeats of 第一条: a restart notice on each repeat, in order', () => {
    const got = notices('第一条 为了维护社会稳定，制定本规定。\n'.repeat(5000));
    expect(got).toHaveLength(4999);
    expect(got[0]).toEqual(['numbering-restart', 'art-1-2']);
    expect(got.at(-1)).toEqual(['numbering-restart', 'art-1-5000']);
  });
});
