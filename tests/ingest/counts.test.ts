/** The structure the product promises for the real sources. */
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../helpers/corpus';

const { corpus, problems } = realCorpus();
const clauses = (doc: string, kind?: string) => corpus.clauses.filter((c) => c.documentId === doc && (!kind || c.kind === kind));
const top = (doc: string) => corpus.clauses.filter((c) => c.documentId === doc && c.kind === 'article' && c.parentId === null);

describe('the real sources', () => {
  it('build without content problems', () => expect(problems).toEqual([]));
  it('yield every declared document', () => expect(corpus.documents.filter((d) => !d.sourceFile.includes('/'))).toHaveLength(10));
  it('central rule: 6 chapters, 33 articles, 第二十条 with 6 items', () => {
    expect(clauses('zongzhi-zerenzhi-2016', 'chapter')).toHaveLength(6);
    expect(clauses('zongzhi-zerenzhi-2016', 'article')).toHaveLength(33);
    const a20 = clauses('zongzhi-zerenzhi-2016').find((c) => c.id === 'art-20')!;
    expect(a20.label).toBe('第二十条');
    expect(clauses('zongzhi-zerenzhi-2016', 'item').filter((c) => c.parentId === 'art-20')).toHaveLength(6);
  });
  it('信访 rule: 5 chapters, 20 articles', () => {
    expect(clauses('xinfang-zerenzhi-xize', 'chapter')).toHaveLength(5);
    expect(clauses('xinfang-zerenzhi-xize', 'article')).toHaveLength(20);
  });
  it('德宏 rule: 4 chapters, 17 articles', () => {
    expect(clauses('dehong-weiwen-fankong-wenze', 'chapter')).toHaveLength(4);
    expect(clauses('dehong-weiwen-fankong-wenze', 'article')).toHaveLength(17);
  });
  it('city measures: 29 top-level provisions (一)…(二十九)', () => {
    const arts = top('zongzhi-weiwen-shishi-banfa');
    expect(arts).toHaveLength(29);
    expect(arts[17].label).toBe('(十八)');
    expect(arts.map((a) => a.number)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
  });
  it('every clause keeps the verbatim source and a display text', () => {
    for (const c of corpus.clauses) {
      expect(c.sourceText.length).toBeGreaterThan(0);
      expect(c.text.length).toBeGreaterThan(0);
    }
  });
  it('finds the data-quality problems by general rules', () => {
    const kinds = (doc: string) => corpus.findings.filter((f) => f.documentId === doc).map((f) => `${f.kind}:${f.clauseId}`);
    expect(kinds('zongzhi-weiwen-shishi-banfa')).toEqual(
      expect.arrayContaining(['missing-title:null', 'numbering-gap:art-18-item-3', 'numbering-gap:art-18-item-6', 'numbering-gap:art-18-item-9', 'empty-list:art-28', 'empty-list:art-29']),
    );
    expect(kinds('xinfang-zerenzhi-xize')).toContain('missing-title:null');
    expect(kinds('x-weiwen-zerenzhi-xize')).toEqual(expect.arrayContaining(['duplicate-title:title-2', 'duplicate-title:title-3']));
    expect(kinds('zongzhi-zerenzhi-2016').filter((k) => !k.startsWith('erratum'))).toEqual([]);
  });
  it('records page chrome as visible exclusions', () => {
    const ex = corpus.exclusions.filter((x) => x.kind !== 'blank').map((x) => x.text.trim());
    for (const start of ['语言选择', '您好,欢迎来到', '最新信息', '日期:2014-05-12', '2017年度综治宣传活动第2期']) {
      expect(ex.some((t) => t.startsWith(start)), start).toBe(true);
    }
  });
});
