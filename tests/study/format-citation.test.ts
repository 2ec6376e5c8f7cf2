/** How 复制引用 names a clause, on the real documents: numbered articles, items, paragraphs and outline labels. */
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../helpers/corpus';
import { bookTitle, formatCitation, formatQuotation } from '../../lib/study/format-citation';

const { corpus } = realCorpus();
const cite = (doc: string, clause: string) => {
  const d = corpus.documents.find((x) => x.id === doc)!;
  return formatCitation(d.title, corpus.clauses.filter((c) => c.documentId === doc), clause);
};

describe('formatCitation', () => {
  it.each([
    ['zongzhi-zerenzhi-2016', 'art-24', '《健全落实社会治安综合治理领导责任制规定》第二十四条'],
    ['zongzhi-zerenzhi-2016', 'art-20-item-3', '《健全落实社会治安综合治理领导责任制规定》第二十条第（三）项'],
    ['zongzhi-zerenzhi-2016', 'art-24-para-3', '《健全落实社会治安综合治理领导责任制规定》第二十四条第三款'],
    ['zongzhi-zerenzhi-2016', 'ch-5', '《健全落实社会治安综合治理领导责任制规定》第五章'],
    ['xinfang-zerenzhi-xize', 'art-2-para-2', '《重庆市信访工作责任制实施细则》第二条第二款'],
    ['xinfang-zerenzhi-xize', 'art-11-para-2', '《重庆市信访工作责任制实施细则》第十一条第二款'],
    ['zongzhi-weiwen-shishi-banfa', 'art-18', '《市健全落实综治维稳领导责任制实施办法》（十八）'],
    ['x-weiwen-zerenzhi-xize', 'ch-2-art-1', '《X市维护社会稳定责任制实施细则》二、（一）'],
    ['x-weiwen-zerenzhi-xize', 'ch-3-art-2-item-1-sub-4', '《X市维护社会稳定责任制实施细则》三、（二）1.（4）'],
  ])('%s#%s → %s', (doc, clause, expected) => expect(cite(doc, clause)).toBe(expected));

  it('nests a title that has its own 《》 as 〈〉', () => {
    expect(bookTitle('《市健全落实综治维稳领导责任制实施办法》政策解读')).toBe('《〈市健全落实综治维稳领导责任制实施办法〉政策解读》');
    expect(bookTitle('《X规定》')).toBe('《X规定》');
  });

  it('quotes the text after the citation, without repeating the label, inner quotes made single', () => {
    const d = corpus.documents.find((x) => x.id === 'zongzhi-zerenzhi-2016')!;
    const clauses = corpus.clauses.filter((c) => c.documentId === d.id);
    expect(formatQuotation(d.title, clauses, 'art-32')).toBe('《健全落实社会治安综合治理领导责任制规定》第三十二条：“本规定由中央社会治安综合治理委员会负责解释。”');
    expect(formatQuotation(d.title, clauses, 'art-3')).toContain('‘三个代表’');
    const withItems = formatQuotation(d.title, clauses, 'art-20');
    expect(withItems).toMatch(/^《[^》]+》第二十条：“党政领导班子/);
    expect(withItems).toContain('\n（六）各级党委和政府');
  });
});
