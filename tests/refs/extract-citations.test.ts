import { describe, expect, it } from 'vitest';
import { realCorpus } from '../helpers/corpus';
import { annotateCitations } from '../../lib/refs/annotate-citations';

const { corpus } = realCorpus();
const clause = (doc: string, id: string) => corpus.clauses.find((c) => c.documentId === doc && c.id === id)!;
const citationsOf = (doc: string) => corpus.citations.filter((c) => c.documentId === doc);

describe('citations in the collection', () => {
  it('every span is an offset into the clause’s text and covers the raw citation', () => {
    expect(corpus.citations.length).toBeGreaterThan(30);
    for (const c of corpus.citations) expect(clause(c.documentId, c.fromClauseId).text.slice(c.span.start, c.span.end)).toBe(c.raw);
  });

  it('every internal reference (第十八条, 第十一条, 第二十条, 前款, 上述…) of the seed documents resolves to a clause of its own document', () => {
    // Imported local regulations also cite their parent law's articles without naming it again (第八十三条规定的情节): not yet told apart.
    const seeds = new Set(corpus.documents.filter((d) => !d.sourceFile.includes('/')).map((d) => d.id));
    const internal = corpus.citations.filter((c) => c.kind === 'internal' && seeds.has(c.documentId));
    expect(internal.length).toBeGreaterThanOrEqual(20);
    for (const c of internal) {
      expect(c.targetClauseId, `${c.documentId} ${c.fromClauseId} ${c.raw}`).not.toBeNull();
      expect(c.targetDocumentId).toBe(c.documentId);
      expect(clause(c.documentId, c.targetClauseId!)).toBeDefined();
    }
  });

  it('本实施办法第十八条 → the provision printed （十八）', () => {
    const refs = citationsOf('zongzhi-weiwen-shishi-banfa').filter((c) => c.kind === 'internal');
    expect(refs.map((c) => c.fromClauseId)).toEqual(['art-20', 'art-21', 'art-22', 'art-23', 'art-24', 'art-27', 'art-28', 'art-29']);
    for (const c of refs) expect(c).toMatchObject({ raw: '本实施办法第十八条所列情形', targetClauseId: 'art-18' });
  });

  it('本细则第十一条 and 前款 in the petitions rules', () => {
    const refs = citationsOf('xinfang-zerenzhi-xize').filter((c) => c.kind === 'internal');
    expect(refs.filter((c) => c.raw.startsWith('本细则第十一条')).map((c) => c.targetClauseId)).toEqual(['art-11', 'art-11', 'art-11']);
    expect(refs.find((c) => c.raw === '前款')).toMatchObject({ fromClauseId: 'art-11-para-2', targetClauseId: 'art-11' });
  });

  // The source drops 规定 from this title; whether or not an erratum restores it in the
  // displayed text, the citation resolves (the damaged form alone: document-resolver.test.ts).
  it('the city measures cite the central rule inside the notice that promulgated it', () => {
    const preamble = citationsOf('zongzhi-weiwen-shishi-banfa').filter((c) => c.fromClauseId === 'preamble');
    const inner = preamble.find((c) => c.cited?.role === 'inner' && c.cited.title!.startsWith('健全落实社会治安综合治理领导责任制'))!;
    expect(inner.targetDocumentId).toBe('zongzhi-zerenzhi-2016');
    expect(inner.raw).toMatch(/^〈健全落实社会治安综合治理领导责任制(规定)?〉$/);
    expect(inner.cited).toMatchObject({ issuer: '中央办公厅、国务院办公厅', docNumber: '厅字〔2016〕8号' });
    const notice = preamble.find((c) => c.cited?.role === 'notice' && c.span.start < inner.span.start && c.span.end > inner.span.end)!;
    expect(notice.targetDocumentId).toBeNull();
    expect(notice.reason).toContain('已收录');
    const provincial = preamble.filter((c) => c.raw.includes('省健全'));
    expect(provincial.length).toBe(2);
    for (const c of provincial) expect(c.targetDocumentId).toBeNull();
  });

  it('《责任制规定》 and 《责任制实施办法》 resolve to the full citations they abbreviate (not in the collection)', () => {
    const uses = citationsOf('x-weiwen-zerenzhi-xize').filter((c) => c.cited?.role === 'abbreviation');
    expect(uses.map((c) => c.raw)).toEqual(['《责任制规定》', '《责任制实施办法》']);
    expect(uses[0].targetDocumentId).toBeNull();
    expect(uses[0].reason).toContain('《维护社会稳定责任制规定》');
    expect(uses[1].reason).toContain('《XX省维护社会稳定责任制实施办法》');
    const declared = citationsOf('x-weiwen-zerenzhi-xize').filter((c) => c.cited?.abbreviation);
    expect(declared.map((c) => [c.cited!.abbreviation, c.cited!.issuer])).toEqual([
      ['责任制规定', '中共中央办公厅、国务院办公厅'],
      ['责任制实施办法', 'XX省委办公厅、XX省政府办公厅'],
    ]);
  });

  it('《实施办法》 in the interpretation resolves onward to the city measures', () => {
    const uses = citationsOf('zongzhi-weiwen-jiedu');
    expect(uses.map((c) => [c.raw, c.targetDocumentId])).toEqual([
      ['《市健全落实综治维稳领导责任制实施办法》', 'zongzhi-weiwen-shishi-banfa'],
      ['《实施办法》', 'zongzhi-weiwen-shishi-banfa'],
    ]);
  });

  it('a title line naming its own document is not a citation', () => {
    for (const c of corpus.citations) expect(c.targetDocumentId === c.documentId && c.kind === 'document').toBe(false);
  });

  it('unresolved citations keep a Chinese reason', () => {
    const open = corpus.citations.filter((c) => c.kind === 'document' && !c.targetDocumentId);
    expect(open.length).toBeGreaterThan(10);
    for (const c of open) expect(c.reason).toMatch(/未收录/);
  });
});

describe('annotateCitations', () => {
  it('cuts a clause into runs with each citation its own run, outer notice first', () => {
    const c = clause('zongzhi-weiwen-shishi-banfa', 'art-20');
    const runs = annotateCitations(c.text, citationsOf('zongzhi-weiwen-shishi-banfa').filter((x) => x.fromClauseId === 'art-20'));
    expect(runs.map((r) => r.text).join('')).toBe(c.text);
    expect(runs.filter((r) => r.citation).map((r) => r.text)).toEqual(['本实施办法第十八条所列情形']);
  });
});

describe('short names declared in quotation marks', () => {
  it('“X” after （以下简称“X”） is a use of the full citation; the declaration itself is not', async () => {
    const { extractCitations } = await import('../../lib/refs/extract-citations');
    const { createDocumentResolver } = await import('../../lib/refs/document-resolver');
    const doc = { ...corpus.documents[0], id: 'synthetic', parents: [] };
    const make = (id: string, text: string) => ({ id, documentId: 'synthetic', parentId: null, kind: 'article' as const, label: '', number: null, text, sourceText: text, head: [{ text }], line: 1, depth: 0 });
    const clauses = [make('art-1', '根据《信访条例》（以下简称“条例”），制定本办法。'), make('art-2', '依照“条例”规定处理。')];
    const found = extractCitations(doc, clauses, createDocumentResolver(corpus.documents));
    expect(found.map((c) => [c.fromClauseId, c.raw, c.cited?.role])).toEqual([
      ['art-1', '《信访条例》', 'plain'],
      ['art-2', '“条例”', 'abbreviation'],
    ]);
    expect(found[1].reason).toBe('“条例”是《信访条例》的简称，标题相符');
  });

  it('a name declared bare （以下简称X） is used bare, and its 第N条 pinpoints the cited document, not this one', async () => {
    const { extractCitations } = await import('../../lib/refs/extract-citations');
    const { createDocumentResolver } = await import('../../lib/refs/document-resolver');
    const doc = { ...corpus.documents[0], id: 'synthetic', parents: [] };
    const make = (id: string, text: string) => ({ id, documentId: 'synthetic', parentId: null, kind: 'article' as const, label: '', number: null, text, sourceText: text, head: [{ text }], line: 1, depth: 0 });
    const clauses = [
      make('art-1', '根据《信访条例》（以下简称信访条例）制定本办法。'),
      make('art-2', '依照信访条例第十四条的规定处理；落实信访条例规定的职责。'),
      // Inside a longer word, after 本, or a two-character name: not a use.
      make('art-3', '遵守信访条例法律汇编的要求。'),
    ];
    const lookup = (id: string) => corpus.clauses.filter((c) => c.documentId === id);
    const found = extractCitations(doc, clauses, createDocumentResolver(corpus.documents), lookup);
    expect(found.map((c) => [c.fromClauseId, c.raw, c.kind, c.cited?.role ?? null])).toEqual([
      ['art-1', '《信访条例》', 'document', 'plain'],
      ['art-2', '信访条例', 'document', 'abbreviation'],
      ['art-2', '信访条例', 'document', 'abbreviation'],
    ]);
    expect(found[0].targetDocumentId).not.toBeNull();
    expect(found[1]).toMatchObject({ targetDocumentId: found[0].targetDocumentId, targetClauseId: 'art-14' });
    expect(found[2].targetClauseId).toBeNull();
  });
});
