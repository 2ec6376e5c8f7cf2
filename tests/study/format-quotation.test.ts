/** What 复制引用 copies, table-driven on the real documents. Citation names themselves: tests/clause. */
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../helpers/corpus';
import { ClauseIndex, citationName } from '../../lib/clause';
import { formatQuotation, type TextShown } from '../../lib/study/format-quotation';

const { corpus } = realCorpus();

function quote(documentId: string, clauseId: string, shown: TextShown = 'corrected'): string {
  const d = corpus.documents.find((x) => x.id === documentId)!;
  const tree = new ClauseIndex(corpus.clauses.filter((c) => c.documentId === d.id));
  return formatQuotation(d, tree.get(clauseId)!, tree, shown, corpus.corrections.filter((c) => c.documentId === d.id));
}

describe('formatQuotation', () => {
  it.each([
    // A national rule: its title says enough; 文号 where the metadata has it.
    ['zongzhi-zerenzhi-2016', 'art-32', 'corrected', '《健全落实社会治安综合治理领导责任制规定》第三十二条：“本规定由中央社会治安综合治理委员会负责解释。”（厅字〔2016〕8号）'],
    // A local measure whose title names no place: the region tells it apart; the corrected text says it is corrected.
    ['zongzhi-weiwen-shishi-banfa', 'art-3', 'corrected', '《市健全落实综治维稳领导责任制实施办法》（三）：“适用对象。本实施办法适用于各级党的机关、人大机关、行政机关、政协机关、审判机关、检察机关及其领导班子、领导干部。人民团体、事业单位、国有企业及其领导班子、领导干部、领导人员参照执行本实施办法。”（河北省唐山市；据校订本，含编者校订 1 处）'],
    // The same clause as the 原文 shows it: the source's words, the editor's insertion marked, not silently included.
    ['zongzhi-weiwen-shishi-banfa', 'art-3', 'source', '《市健全落实综治维稳领导责任制实施办法》（三）：“适用对象。本实施办法适用于各级党的机关、〔补：人大〕机关、行政机关、政协机关、审判机关、检察机关及其领导班子、领导干部。人民团体、事业单位、国有企业及其领导班子、领导干部、领导人员参照执行本实施办法。”（河北省唐山市；据原文，〔〕内为编者校订）'],
    // A provincial regulation: 北京市 is in its title, so no region is added.
    ['bei-jing-shi-xin-fang-tiao-li-2006-09-15', 'art-1', 'corrected', /^《北京市信访条例》第一条：“[^”]+”$/],
  ] as [string, string, TextShown, string | RegExp][])('%s#%s (%s)', (doc, clause, shown, expected) => {
    const got = quote(doc, clause, shown);
    if (typeof expected === 'string') expect(got).toBe(expected);
    else expect(got).toMatch(expected);
  });

  it('begins with the one name the page shows for the clause', () => {
    const d = corpus.documents.find((x) => x.id === 'zongzhi-zerenzhi-2016')!;
    const tree = new ClauseIndex(corpus.clauses.filter((c) => c.documentId === d.id));
    expect(quote(d.id, 'art-20').startsWith(`${citationName(d, tree.get('art-20')!, tree)}：“党政领导班子`)).toBe(true);
    expect(quote(d.id, 'art-20')).toContain('\n（六）各级党委和政府');
    expect(quote(d.id, 'art-3')).toContain('‘三个代表’');
  });

  it('the 原文 quotation is the source’s own words once the marks are taken out, for every corrected clause', () => {
    const corrected = corpus.clauses.filter((c) => c.head.some((r) => r.correctionId));
    expect(corrected.length).toBeGreaterThan(20);
    for (const c of corrected) {
      const got = quote(c.documentId, c.id, 'source');
      expect(got, `${c.documentId}#${c.id}`).toContain('〔');
      const words = got.slice(got.indexOf('：“') + 2, got.lastIndexOf('”')).replace(/〔补：[^〕]*〕|〔校删〕|〔校为：[^〕]*〕/g, '');
      // Only the quotation-mark swap separates the quoted words from the source's.
      const source = c.sourceText.replace(/“/g, '‘').replace(/”/g, '’').replace(/\s+/g, '');
      expect(source, `${c.documentId}#${c.id}`).toContain(words.replace(/\s+/g, ''));
    }
  });
});
