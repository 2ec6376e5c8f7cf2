import { describe, expect, it } from 'vitest';
import { realCorpus } from '../helpers/corpus';
import { cleanText } from '../../lib/refs/clean-text';
import { tokenizeCitations } from '../../lib/refs/tokenize-citations';
import { findCitations } from '../../lib/refs/find-citations';
import { createDocumentResolver } from '../../lib/refs/document-resolver';
import type { FoundDocumentCitation } from '../../lib/refs/model';
import type { DocumentRecord } from '../../lib/corpus/export-contract';
import type { ParentRef } from '../../lib/content/schema';

const CITY_PREAMBLE =
  '根据《中央办公厅、国务院办公厅关于印发〈健全落实社会治安综合治理领导责任制〉的通知》（厅字〔2016〕8号）和《省委办公厅、省人民办公厅关于印发〈省健全落实综治维稳领导责任制办法〉的通知》（冀办字〔2017〕3号）等有关';

function cited(s: string): FoundDocumentCitation[] {
  const text = cleanText(s);
  return findCitations(text, tokenizeCitations(text)).filter((c): c is FoundDocumentCitation => c.kind === 'document');
}

/** The collection as it is, or with evidence removed to test the weaker resolvers alone. */
function documents(strip: { docNumbers?: boolean } = {}): DocumentRecord[] {
  return realCorpus().corpus.documents.map((d) => (strip.docNumbers ? { ...d, docNumber: null } : d));
}

describe('resolving document citations', () => {
  const context = (parents: ParentRef[] = []) => ({ citingDocumentId: 'zongzhi-weiwen-shishi-banfa', parents });

  it('a damaged title (〈…领导责任制〉 without 规定) resolves by fuzzy title alone: no declared parent, no 文号', () => {
    const resolver = createDocumentResolver(documents({ docNumbers: true }));
    const inner = cited(CITY_PREAMBLE).find((c) => c.role === 'inner' && c.title!.startsWith('健全'))!;
    const r = resolver.resolve({ ...inner, docNumber: null }, context());
    expect(r).toMatchObject({ targetDocumentId: 'zongzhi-zerenzhi-2016', via: 'fuzzy-title' });
    expect(r.score).toBeGreaterThanOrEqual(0.85);
    expect(r.reason).toContain('健全落实社会治安综合治理领导责任制规定');
  });

  it('the 文号 resolves it too, and the declared parent comes first', () => {
    const resolver = createDocumentResolver(documents());
    const inner = cited(CITY_PREAMBLE).find((c) => c.role === 'inner' && c.title!.startsWith('健全'))!;
    expect(resolver.resolve(inner, context()).via).toBe('doc-number');
    const declared = realCorpus().corpus.documents.find((d) => d.id === 'zongzhi-weiwen-shishi-banfa')!.parents;
    expect(resolver.resolve(inner, context(declared))).toMatchObject({ targetDocumentId: 'zongzhi-zerenzhi-2016', via: 'declared-parent' });
  });

  it('the provincial 〈省…办法〉 never resolves to the city’s own 市…实施办法', () => {
    const resolver = createDocumentResolver(documents());
    for (const c of cited(CITY_PREAMBLE).filter((x) => x.title!.includes('省'))) {
      expect(resolver.resolve(c, context()).targetDocumentId).toBeNull();
    }
  });

  it('a notice resolves only to a notice that promulgates the same document', () => {
    const resolver = createDocumentResolver(documents());
    const [notice] = cited('《关于印发〈市健全落实综治维稳领导责任制实施办法〉的通知》');
    expect(resolver.resolve(notice, context()).targetDocumentId).toBe('zongzhi-weiwen-yinfa-tongzhi');
    const central = cited(CITY_PREAMBLE)[0];
    expect(resolver.resolve(central, context()).targetDocumentId).toBeNull();
  });

  it('an excerpt in the collection stands for the cited whole, with a reason saying so', () => {
    const resolver = createDocumentResolver(documents());
    const [c] = cited('《深化平安江西建设行动方案》');
    const r = resolver.resolve(c, { citingDocumentId: 'x', parents: [] });
    expect(r).toMatchObject({ targetDocumentId: 'pingan-jiangxi-fangan-zhaiyao', via: 'excerpt' });
    expect(r.reason).toContain('摘要');
  });

  it('an unknown document stays unresolved with a Chinese reason naming it', () => {
    const resolver = createDocumentResolver(documents());
    const r = resolver.resolve(cited('《没有这件文件的条例》')[0], context());
    expect(r).toMatchObject({ targetDocumentId: null, via: 'none' });
    expect(r.reason).toBe('本库未收录《没有这件文件的条例》');
  });

  it('a national regulation the collection now holds resolves by its title (《信访条例》 → the 2005 text)', () => {
    const r = createDocumentResolver(documents()).resolve(cited('《信访条例》')[0], context());
    expect(r).toMatchObject({ targetDocumentId: 'xin-fang-tiao-li-2005-01-10', via: 'title' });
  });
});
