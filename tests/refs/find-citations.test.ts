import { describe, expect, it } from 'vitest';
import { cleanText } from '../../lib/refs/clean-text';
import { tokenizeCitations } from '../../lib/refs/tokenize-citations';
import { findCitations } from '../../lib/refs/find-citations';
import type { FoundDocumentCitation } from '../../lib/refs/model';

const find = (s: string) => {
  const text = cleanText(s);
  return findCitations(text, tokenizeCitations(text));
};
const docs = (s: string) => find(s).filter((c): c is FoundDocumentCitation => c.kind === 'document');

describe('cleanText', () => {
  it('keeps every offset: one character for one', () => {
    const s = '（赣财行(2012)93号）＜X＞１２ａ';
    expect(cleanText(s)).toHaveLength(s.length);
    expect(cleanText(s)).toBe('（赣财行（2012）93号）〈X〉12a');
  });
});

describe('findCitations', () => {
  it('a notice yields the notice and the document it promulgates, sharing the 文号 and issuer', () => {
    const s = '根据《中央办公厅、国务院办公厅关于印发〈健全落实社会治安综合治理领导责任制〉的通知》（厅字〔2016〕8号）和';
    const [notice, inner] = docs(s);
    expect(notice).toMatchObject({ role: 'notice', issuer: '中央办公厅、国务院办公厅', docNumber: { prefix: '厅字', year: 2016, num: 8 } });
    expect(inner).toMatchObject({ role: 'inner', title: '健全落实社会治安综合治理领导责任制', issuer: '中央办公厅、国务院办公厅', wrappedBy: 0 });
    expect(s.slice(inner.span.start, inner.span.end)).toBe('〈健全落实社会治安综合治理领导责任制〉');
    expect(s.slice(notice.span.start, notice.span.end)).toMatch(/^《中央办公厅.*通知》$/);
  });

  it('takes the issuer printed before the title and the short name declared after it', () => {
    const s = '根据中共中央办公厅、国务院办公厅《维护社会稳定责任制规定》（中办发〔2024〕2号，以下简称《责任制规定》）,XX省委办公厅、XX省政府办公厅《XX省维护社会稳定责任制实施办法》（x办发〔2024〕5号，以下简称《责任制实施办法》）等';
    const found = docs(s);
    expect(found.map((c) => [c.title, c.issuer, c.docNumber?.raw, c.abbreviation])).toEqual([
      ['维护社会稳定责任制规定', '中共中央办公厅、国务院办公厅', '中办发〔2024〕2号', '责任制规定'],
      ['XX省维护社会稳定责任制实施办法', 'XX省委办公厅、XX省政府办公厅', 'x办发〔2024〕5号', '责任制实施办法'],
    ]);
  });

  it('a broken-bracket 文号 still attaches to its title', () => {
    const [c] = docs('按照省综治委、省委组织部《关于进一步加强社会治安综合治理的意见》(赣综治办（2010]34号）要求');
    expect(c.docNumber).toMatchObject({ prefix: '赣综治办', year: 2010, num: 34 });
    expect(c.issuer).toBe('省综治委、省委组织部');
  });

  it('a 文号 without a title is a citation of its own', () => {
    const [c] = docs('按照冀办字〔2017〕3号文件要求');
    expect(c).toMatchObject({ role: 'number', docNumber: { prefix: '冀办字', year: 2017, num: 3 } });
  });

  it('internal references, not the clause’s own label, with their spans', () => {
    const s = '第二十二条　对具有本规定第二十条所列情形的地区，依照前款和本条办理。';
    const found = find(s).filter((c) => c.kind === 'internal');
    expect(found.map((c) => c.raw)).toEqual(['本规定第二十条所列情形', '前款', '本条']);
    for (const c of found) expect(s.slice(c.span.start, c.span.end)).toBe(c.raw);
  });

  it('《X》第N条 pins a clause of X rather than one of this document', () => {
    const found = find('依照《信访条例》第十条规定');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'document', title: '信访条例', pinpoint: { art: 10, para: null } });
  });
});
