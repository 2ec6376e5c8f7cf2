import { describe, expect, it } from 'vitest';
import { realCorpus } from '../helpers/corpus';
import { groupCitedDocuments } from '../../lib/refs/group-cited-documents';

const { corpus } = realCorpus();
const groupsOf = (doc: string) => groupCitedDocuments(corpus.citations.filter((c) => c.documentId === doc));

describe('groupCitedDocuments', () => {
  it('short-name uses join the full citation they stand for', () => {
    const groups = groupsOf('x-weiwen-zerenzhi-xize');
    expect(groups.map((g) => [g.title, g.abbreviations, g.citations.length, g.declaredParent, g.targetDocumentId])).toEqual([
      ['维护社会稳定责任制规定', ['责任制规定'], 2, true, null],
      ['XX省维护社会稳定责任制实施办法', ['责任制实施办法'], 2, true, null],
    ]);
  });

  it('a notice is listed with the document it promulgated', () => {
    const groups = groupsOf('zongzhi-weiwen-shishi-banfa');
    expect(groups).toHaveLength(2);
    const central = groups.find((g) => g.targetDocumentId === 'zongzhi-zerenzhi-2016')!;
    expect(central.notices).toHaveLength(1);
    expect(central.notices[0]).toMatch(/关于印发〈健全落实社会治安综合治理领导责任制(规定)?〉的通知$/);
    expect(central).toMatchObject({ docNumber: '厅字〔2016〕8号', declaredParent: true });
    expect(groups.find((g) => g.targetDocumentId === null)!.title).toBe('省健全落实综治维稳领导责任制办法');
  });

  it('one document printed with and without its issuer is one group across the collection', () => {
    const all = groupCitedDocuments(corpus.citations);
    const g = all.find((x) => x.key === 'key:实行党政领导干部问责的暂行规定')!;
    expect(g.citingDocuments.sort()).toEqual(['dehong-weiwen-fankong-wenze', 'zongzhi-zerenzhi-2016']);
    expect(g.title).toBe('中共中央办公厅国务院办公厅关于实行党政领导干部问责的暂行规定');
  });
});
