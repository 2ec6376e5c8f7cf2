/** What 复制引用 copies with the text, on the real documents. Citation names themselves: tests/clause. */
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../helpers/corpus';
import { ClauseIndex } from '../../lib/clause';
import { formatQuotation } from '../../lib/study/format-quotation';

const { corpus } = realCorpus();

describe('formatQuotation', () => {
  it('quotes the text after the citation, without repeating the label, inner quotes made single', () => {
    const d = corpus.documents.find((x) => x.id === 'zongzhi-zerenzhi-2016')!;
    const tree = new ClauseIndex(corpus.clauses.filter((c) => c.documentId === d.id));
    const quote = (id: string) => formatQuotation(d, tree.get(id)!, tree);
    expect(quote('art-32')).toBe('《健全落实社会治安综合治理领导责任制规定》第三十二条：“本规定由中央社会治安综合治理委员会负责解释。”');
    expect(quote('art-3')).toContain('‘三个代表’');
    const withItems = quote('art-20');
    expect(withItems).toMatch(/^《[^》]+》第二十条：“党政领导班子/);
    expect(withItems).toContain('\n（六）各级党委和政府');
  });
});
