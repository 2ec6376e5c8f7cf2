/** The one name of a clause, over every document shape: small fixtures, then the real documents. */
import { describe, expect, it } from 'vitest';
import type { ClauseKind, ClauseRecord } from '../../lib/corpus/export-contract';
import { ClauseIndex, bookTitle, citationName, clauseName } from '../../lib/clause';
import { realCorpus } from '../helpers/corpus';

type Row = [id: string, kind: ClauseKind, parent: string | null, label: string, number: number | null];
const clause = ([id, kind, parentId, label, number]: Row): ClauseRecord => ({ id, documentId: 'd', parentId, kind, label, number, text: '', sourceText: '', head: [], line: 1, depth: 0 });
const names = (rows: Row[]) => {
  const index = new ClauseIndex(rows.map(clause));
  return Object.fromEntries(index.all.map((c) => [c.id, clauseName(c, index)]));
};

describe('clauseName on small documents', () => {
  it('章节条款项: articles without their chapter, 款 by number, 项 as 第（三）项, the 款 of an item only when there are several', () => {
    expect(
      names([
        ['t', 'title', null, '', null],
        ['p', 'preamble', null, '', null],
        ['ch-1', 'chapter', null, '第一章', 1],
        ['sec-1', 'section', 'ch-1', '第一节', 1],
        ['art-1', 'article', 'sec-1', '第一条', 1],
        ['art-1-para-2', 'paragraph', 'art-1', '', 2],
        ['art-2', 'article', 'ch-1', '第二条', 2],
        ['art-2-item-3', 'item', 'art-2', '(三)', 3],
        ['art-2-item-3-sub-1', 'subitem', 'art-2-item-3', '1.', 1],
        ['art-3', 'article', 'ch-1', '第三条', 3],
        ['art-3-item-1', 'item', 'art-3', '(一)', 1],
        ['art-3-para-2', 'paragraph', 'art-3', '', 2],
        ['art-3-item-2', 'item', 'art-3', '(一)', 1],
        ['art-4', 'article', 'ch-1', '第四条', 4],
        ['art-4-para-1', 'paragraph', 'art-4', '', 1],
        ['art-4-item-1', 'item', 'art-4', '一、', 1],
      ]),
    ).toEqual({
      t: '标题',
      p: '第一段',
      'ch-1': '第一章',
      'sec-1': '第一章第一节',
      'art-1': '第一条',
      'art-1-para-2': '第一条第二款',
      'art-2': '第二条',
      'art-2-item-3': '第二条第（三）项',
      'art-2-item-3-sub-1': '第二条第（三）项第1目',
      'art-3': '第三条',
      'art-3-item-1': '第三条第一款第（一）项',
      'art-3-para-2': '第三条第二款',
      'art-3-item-2': '第三条第二款第（一）项',
      'art-4': '第四条',
      'art-4-para-1': '第四条第一款',
      'art-4-item-1': '第四条第一款第一项',
    });
  });

  it('一、（一）1.（1） outlines: the printed labels from the heading down; 款 under a provision, 段 elsewhere', () => {
    expect(
      names([
        ['p-1', 'preamble', null, '', null],
        ['p-2', 'preamble', null, '', null],
        ['ch-2', 'chapter', null, '二、', 2],
        ['ch-2-p-1', 'paragraph', 'ch-2', '', 1],
        ['ch-2-art-1', 'article', 'ch-2', '(一)', 1],
        ['ch-2-art-1-para-1', 'paragraph', 'ch-2-art-1', '', 1],
        ['ch-2-art-1-item-1', 'item', 'ch-2-art-1', '1.', 1],
        ['ch-2-art-1-item-1-p-1', 'paragraph', 'ch-2-art-1-item-1', '', 1],
        ['ch-2-art-1-item-1-sub-4', 'subitem', 'ch-2-art-1-item-1', '(4)', 4],
      ]),
    ).toEqual({
      'p-1': '第一段',
      'p-2': '第二段',
      'ch-2': '二、',
      'ch-2-p-1': '二、第一段',
      'ch-2-art-1': '二、（一）',
      'ch-2-art-1-para-1': '二、（一）第一款',
      'ch-2-art-1-item-1': '二、（一）1.',
      'ch-2-art-1-item-1-p-1': '二、（一）1.第一段',
      'ch-2-art-1-item-1-sub-4': '二、（一）1.（4）',
    });
  });

  it('items without articles: the provision is named by its label, its paragraphs are 款', () => {
    expect(
      names([
        ['art-18', 'article', null, '(十八)', 18],
        ['art-18-para-2', 'paragraph', 'art-18', '', 2],
        ['art-18-item-3', 'item', 'art-18', '3.', 3],
      ]),
    ).toEqual({ 'art-18': '（十八）', 'art-18-para-2': '（十八）第二款', 'art-18-item-3': '（十八）3.' });
  });

  it('numbering that restarts: headings stay in the name, so two 第一条 are told apart', () => {
    expect(
      names([
        ['ch-1', 'chapter', null, '第一章', 1],
        ['ch-1-art-1', 'article', 'ch-1', '第一条', 1],
        ['ch-2', 'chapter', null, '第二章', 2],
        ['ch-2-art-1', 'article', 'ch-2', '第一条', 1],
        ['ch-2-art-1-item-2', 'item', 'ch-2-art-1', '(二)', 2],
        ['ch-3', 'chapter', null, '三、', 3],
        ['ch-3-art-1', 'article', 'ch-3', '(一)', 1],
      ]),
    ).toEqual({
      'ch-1': '第一章',
      'ch-1-art-1': '第一章第一条',
      'ch-2': '第二章',
      'ch-2-art-1': '第二章第一条',
      'ch-2-art-1-item-2': '第二章第一条第（二）项',
      'ch-3': '三、',
      'ch-3-art-1': '三、（一）',
    });
  });

  it('an appendix listing 1．2． beside 第N条 articles (刑法): the articles keep their short names, inserted ones included; the list keeps its heading', () => {
    expect(
      names([
        ['b-1', 'part', null, '第一编', 1],
        ['b-1-ch-1', 'chapter', 'b-1', '第一章', 1],
        ['art-17', 'article', 'b-1-ch-1', '第十七条', 17],
        ['art-17-1', 'article', 'b-1-ch-1', '第十七条之一', 17],
        ['art-17-1-para-2', 'paragraph', 'art-17-1', '', 2],
        ['ann-1', 'chapter', null, '附件一', 1],
        ['ann-1-art-1', 'article', 'ann-1', '1．', 1],
        ['ann-2', 'chapter', null, '附件二', 2],
        ['ann-2-art-1', 'article', 'ann-2', '1．', 1],
      ]),
    ).toMatchObject({
      'art-17': '第十七条',
      'art-17-1': '第十七条之一',
      'art-17-1-para-2': '第十七条之一第二款',
      'ann-1-art-1': '附件一1．',
      'ann-2-art-1': '附件二1．',
    });
  });

  it('nests a title that has its own 《》 as 〈〉', () => {
    expect(bookTitle('《市健全落实综治维稳领导责任制实施办法》政策解读')).toBe('《〈市健全落实综治维稳领导责任制实施办法〉政策解读》');
    expect(bookTitle('《X规定》')).toBe('《X规定》');
  });
});

describe('citationName on the real documents', () => {
  const { corpus } = realCorpus();
  const cite = (doc: string, id: string) => {
    const index = new ClauseIndex(corpus.clauses.filter((c) => c.documentId === doc));
    return citationName(corpus.documents.find((d) => d.id === doc)!, index.get(id)!, index);
  };
  it.each([
    ['zongzhi-zerenzhi-2016', 'art-24', '《健全落实社会治安综合治理领导责任制规定》第二十四条'],
    ['zongzhi-zerenzhi-2016', 'art-20-item-3', '《健全落实社会治安综合治理领导责任制规定》第二十条第（三）项'],
    ['zongzhi-zerenzhi-2016', 'art-24-para-3', '《健全落实社会治安综合治理领导责任制规定》第二十四条第三款'],
    ['zongzhi-zerenzhi-2016', 'ch-5', '《健全落实社会治安综合治理领导责任制规定》第五章'],
    ['xinfang-zerenzhi-xize', 'art-2-para-2', '《重庆市信访工作责任制实施细则》第二条第二款'],
    ['xinfang-zerenzhi-xize', 'art-11-item-3', '《重庆市信访工作责任制实施细则》第十一条第一款第（三）项'],
    ['zongzhi-weiwen-shishi-banfa', 'art-18', '《市健全落实综治维稳领导责任制实施办法》（十八）'],
    ['zongzhi-weiwen-shishi-banfa', 'art-6-para-2', '《市健全落实综治维稳领导责任制实施办法》（六）第二款'],
    ['zongzhi-weiwen-shishi-banfa', 'preamble', '《市健全落实综治维稳领导责任制实施办法》第一段'],
    ['x-weiwen-zerenzhi-xize', 'ch-2-art-1', '《X市维护社会稳定责任制实施细则》二、（一）'],
    ['x-weiwen-zerenzhi-xize', 'ch-3-art-1-para-2', '《X市维护社会稳定责任制实施细则》三、（一）第二款'],
    ['x-weiwen-zerenzhi-xize', 'ch-3-art-2-item-1-sub-4', '《X市维护社会稳定责任制实施细则》三、（二）1.（4）'],
    ['pingan-jiangxi-fangan-zhaiyao', 'art-5', '《〈深化平安江西建设行动方案〉内容摘要》二、5.'],
    ['zongzhi-weiwen-jiedu', 'preamble-3', '《〈市健全落实综治维稳领导责任制实施办法〉政策解读》第三段'],
  ])('%s#%s → %s', (doc, id, expected) => expect(cite(doc, id)).toBe(expected));
});
