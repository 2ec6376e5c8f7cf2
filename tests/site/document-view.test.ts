import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../lib/content/corpus-index';
import { normalizeSource } from '../../lib/ingest/normalize';
import { readContent } from '../../scripts/lib/read-content';
import { buildDocumentView, type ClauseView } from '../../app/_lib/document-view';
import { sourceLines } from '../../app/_lib/source-lines';
import { realCorpus } from '../helpers/corpus';

const built = realCorpus();
const index = new CorpusIndex({ ...built.corpus, bodies: built.bodies });
const flat = (views: ClauseView[]): ClauseView[] => views.flatMap((v) => [v, ...flat(v.children)]);

describe('document view', () => {
  it('gives every clause its verbatim head, so heads and children rebuild the source span', () => {
    for (const doc of index.documents) {
      for (const v of flat(buildDocumentView(index, doc.id).roots)) {
        expect(v.record.sourceText.startsWith(v.sourceHead), `${doc.id}#${v.record.id}`).toBe(true);
      }
    }
  });

  it('keeps the source wording in the head of a corrected clause', () => {
    const art1 = flat(buildDocumentView(index, 'xinfang-zerenzhi-xize').roots).find((v) => v.record.id === 'art-1')!;
    expect(art1.sourceHead).toContain('血流成河 工作责任');
    expect(art1.record.head.map((r) => r.text).join('')).not.toContain('血流成河');
    expect(art1.corrections.length).toBeGreaterThan(0);
  });

  it('numbers corrections in text order and ties each to its clause', () => {
    const { corrections } = buildDocumentView(index, 'xinfang-zerenzhi-xize');
    expect(corrections.length).toBeGreaterThan(0);
    expect(corrections.map((c) => c.n)).toEqual(corrections.map((_, i) => i + 1));
    expect(corrections.every((c) => c.clauseId !== null)).toBe(true);
  });

  it('puts clause findings beside their clause and the rest atop the document', () => {
    const view = buildDocumentView(index, 'zongzhi-weiwen-shishi-banfa');
    const gap = flat(view.roots).find((v) => v.record.id === 'art-18-item-3')!;
    expect(gap.findings.map((f) => f.kind)).toContain('numbering-gap');
    expect(view.documentFindings.map((f) => f.kind)).toContain('missing-title');
  });

  it('marks the units a reader cites: articles, or top-level provisions where there are none', () => {
    const units = (id: string) => flat(buildDocumentView(index, id).roots).filter((v) => v.citationUnit).map((v) => v.record.id);
    expect(units('zongzhi-zerenzhi-2016')).toEqual(index.clauses('zongzhi-zerenzhi-2016').filter((c) => c.kind === 'article').map((c) => c.id));
    expect(units('shisanwu-shehui-zhili-zhaiyao')).toContain('ch-1-p-1');
    expect(units('zongzhi-weiwen-jiedu')).toContain('preamble-3');
  });
});

describe('source lines', () => {
  it('gives every non-blank line of every source an owner', () => {
    for (const s of readContent().sources) {
      const lines = sourceLines(normalizeSource(s.text), index.documents.filter((d) => d.sourceFile === s.file), index.data.clauses, index.exclusions(s.file));
      const orphans = lines.filter((l) => !l.blank && l.owner.kind === 'none');
      expect(orphans.map((l) => `${s.file}:${l.no}`)).toEqual([]);
    }
  });

  it('assigns a line to the clause that starts on or before it', () => {
    const s = readContent().sources.find((x) => x.file === '004_8f6bbfee9d38b672.txt')!;
    const lines = sourceLines(normalizeSource(s.text), index.documents.filter((d) => d.sourceFile === s.file), index.data.clauses, index.exclusions(s.file));
    expect(lines[0].owner.kind).toBe('exclusion');
    expect(lines[84].owner).toEqual({ kind: 'clause', documentId: 'zongzhi-zerenzhi-2016', clauseId: 'art-20' });
  });
});
