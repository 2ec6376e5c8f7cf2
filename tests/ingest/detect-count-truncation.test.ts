/**
 * Findings that read a document against what it says of itself: a count
 * announced (in the list's lead-in, or elsewhere in the same source) that the
 * items do not bear out; a rule whose numbered body ends without any closing
 * provision; the quote of an announced list that lists nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseText, parseSource } from '../../lib/ingest/parse-source';
import { closesWithProvisions, detectTruncation } from '../../lib/ingest/detect-truncation';
import type { DocType } from '../../lib/content/schema';

const of = (kind: string, text: string) => parseText(text).findings.filter((f) => f.kind === kind).map((f) => [f.clauseId, f.message]);

describe('count-mismatch', () => {
  it.each([
    ['a lead-in that counts its own list right', '第一条 有以下3种情形之一的，依法处理：\n（一）甲；\n（二）乙；\n（三）丙。\n', []],
    ['a lead-in that counts more than it lists', '第一条 有以下11种情形之一的，依法处理：\n（一）甲；\n（二）乙。\n', [['art-1', '原文说“以下11种情形”，这里列出的却是 2 项，少 9 项，可能有项目脱漏。']]],
    ['下列三类 with four items', '第一条 包括下列三类：\n（一）甲；\n（二）乙；\n（三）丙；\n（四）丁。\n', [['art-1', '原文说“下列三类”，这里列出的却是 4 项，多 1 项，计数或列项有误。']]],
    ['a count elsewhere for the list announced with the same noun', '第一条 有下列情形之一的，追究责任：\n1.甲；\n3.乙；\n第二条 规范追责的十一种情形。\n', [['art-1', '本文件第 4 行说“十一种情形”，这里列出的却是 2 项（编号至 3），少 9 项，可能有项目脱漏。']]],
    ['a count elsewhere that one of the lists bears out', '第一条 有下列情形之一的：\n（一）甲；\n（二）乙。\n第二条 以上两种情形。\n', []],
    ['a count elsewhere with no list of that noun', '第一条 方式分为通报、约谈。\n第二条 规范七种方式。\n', []],
    ['第七项情形 names an item, it does not count', '第一条 有下列情形之一的：\n（一）甲；\n（二）乙。\n第二条 有第一条第七项情形的，从重。\n', []],
    ['下列一项或者多项 is no count', '第一条 采取下列一项或者多项措施：\n（一）甲；\n（二）乙。\n', []],
  ] as [string, string, string[][]][])('%s', (_name, text, expected) => {
    expect(of('count-mismatch', text)).toEqual(expected);
  });

  it('reads the count in one document of a source against the list in another', () => {
    const raw = '第一条 有下列情形之一的，追究责任：\n1.甲；\n3.乙；\n解读：规范追责的十一种情形。\n';
    const parsed = parseSource('s.txt', raw, [{ id: 'banfa', lines: '1-3', titleLines: [] }, { id: 'jiedu', lines: '4', titleLines: [] }], []);
    expect(parsed.findings.filter((f) => f.kind === 'count-mismatch').map((f) => [f.documentId, f.clauseId])).toEqual([['banfa', 'art-1']]);
  });
});

describe('truncated', () => {
  const check = (title: string, docType: DocType, text: string) => {
    const p = parseText(text);
    return closesWithProvisions(title, docType) ? (detectTruncation('doc', p.tree.children, p.text)?.clauseId ?? null) : null;
  };
  it.each([
    ['a rule that ends with its 施行 article', '某市实施办法', 'regulation', '第一条 甲。\n第二条 乙。\n第三条 本办法自2017年1月1日起施行。\n', null],
    ['a rule that ends with who interprets it', '某市实施细则', 'regulation', '第一条 甲。\n第二条 乙。\n第三条 本细则由市委负责解释。\n', null],
    ['a rule with a 附则 chapter', '某条例', 'regulation', '第一章 总则\n第一条 甲。\n第二条 乙。\n第二章 附则\n第三条 本条例的其他事项另行规定。\n', null],
    ['a 施行 sentence in the paragraph under a bare label', '某规定', 'regulation', '第一条 甲。\n第二条 乙。\n第三条\n本规定自公布之日起施行。\n', null],
    ['a rule that stops in the middle of its penalties', '某市实施办法', 'regulation', '第一条 甲。\n第二条 乙。\n第三条 有下列情节之一的，从重：\n第四条 有下列情节之一的，从轻：\n', 'art-4'],
    ['an outline rule that stops at an item', '某市实施细则', 'regulation', '一、总则\n（一）甲。\n二、责任\n1.乙。\n2.丙：\n(1)丁；\n(2)戊；\n', 'ch-2-art-2-item-2'],
    ['an early 施行前 does not hide a lost ending', '某条例', 'regulation', '第一条 本条例自2010年1月1日起施行前的事项。\n第二条 乙。\n第三条 丙。\n第四条 丁。\n第五条 戊。\n', 'art-5'],
    ['a plan needs no closing provisions', '某行动方案', 'plan', '一、甲\n二、乙\n三、丙\n', null],
    ['a 意见 is not a kind that must close so', '关于某事的意见', 'regulation', '一、甲\n二、乙\n三、丙\n', null],
    ['a title with a trailing （试行）', '某办法（试行）', 'regulation', '第一条 甲。\n第二条 乙。\n第三条 丙。\n', 'art-3'],
  ] as [string, string, DocType, string, string | null][])('%s', (_name, title, docType, text, expected) => {
    expect(check(title, docType, text)).toBe(expected);
  });
});

describe('empty-list quote', () => {
  it.each([
    ['quotes the announcing sentence, not the label', '第一条 有下列情形之一的，依法处理：  \n第二条 乙。\n', '原文说“有下列情形之一的，依法处理：”，但其后没有列出任何项。'],
    ['starts at the clause that announces', '第一条 具有本办法第十八条所列情形，并具有下列情节之一的，应当从重进行责任督导和追究:\n第二条 乙。\n', '原文说“并具有下列情节之一的，应当从重进行责任督导和追究:”，但其后没有列出任何项。'],
  ])('%s', (_name, text, message) => {
    expect(of('empty-list', text)).toEqual([['art-1', message]]);
  });
  it.each([
    ['definitions as paragraphs after the article', '第一条 本条例下列用语的含义是：\n航道，是指…。\n锚地，是指…。\n第二条 乙。\n'],
    ['definitions after a second 款', '第一条 甲。\n本条例下列用语的含义是：\n航道，是指…。\n第二条 乙。\n'],
    ['definitions under an outline item', '一、总则\n（一）甲。\n（二）下列用语的含义是：\n航道，是指…。\n（三）丙。\n'],
    ['definitions in the last article', '第一条 甲。\n第二条 本办法下列用语的含义是：\n航道，是指…。\n'],
  ])('%s: not flagged', (_name, text) => {
    expect(of('empty-list', text)).toEqual([]);
  });
});
