/**
 * One clause, one name: on the real corpus, every consumer that names a
 * clause — page lists, search hits, comparison rows and their CSV, copied
 * citations and self-test sources, reference reasons, errata evidence —
 * says what lib/clause's clauseName says.
 */
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../helpers/corpus';
import { bookTitle, clauseName } from '../../lib/clause';
import { CorpusIndex, splitGlobalId } from '../../lib/content/corpus-index';
import { buildUnits } from '../../lib/search/search-units';
import { buildComparison } from '../../lib/compare/build-comparison';
import { compareCsv } from '../../lib/compare/compare-csv';
import { comparePairs } from '../../lib/compare/compare-pairs';
import { pairLinks } from '../../lib/compare/pair-links';
import { createSegmenter } from '../../lib/text/segmenter';
import { contentConfig } from '../../scripts/lib/content-config';
import { formatQuotation } from '../../lib/study/format-quotation';
import { generateQuestions } from '../../lib/study/generate-questions';
import { resolveInternal } from '../../lib/refs/resolve-internal';
import { suggestionInput } from '../../lib/fidelity/suggestion-input';
import { readContent } from '../../scripts/lib/read-content';
import type { ClauseRecord } from '../../lib/corpus/export-contract';

const { corpus, bodies } = realCorpus();
const index = new CorpusIndex({ ...corpus, bodies });
const key = (c: Pick<ClauseRecord, 'documentId' | 'id'>) => `${c.documentId}#${c.id}`;
/** The one name of every clause of the corpus. */
const expected = new Map(corpus.clauses.map((c) => [key(c), clauseName(c, index.clauseIndex(c.documentId))]));
/** What a consumer called each clause it named. */
const named = (entries: [string, string][]) => new Map(entries);
const only = (names: Map<string, string>) => new Map([...expected].filter(([k]) => names.has(k)));

describe('one name everywhere', () => {
  it('is not trivial: names differ from printed labels and no document names two clauses alike', () => {
    expect(expected.get('xinfang-zerenzhi-xize#art-11-item-3')).toBe('第十一条第一款第（三）项');
    for (const d of corpus.documents) {
      const names = index.clauses(d.id).filter((c) => c.kind !== 'title').map((c) => expected.get(key(c)));
      expect(new Set(names).size, d.id).toBe(names.length);
    }
  });

  it('page lists (correction log, relations, findings, source lines)', () => {
    expect(named(corpus.clauses.map((c) => [key(c), index.clauseName(c.documentId, c.id)]))).toEqual(expected);
  });

  it('search hits, for every clause', () => {
    const documents = corpus.documents;
    const names = named(buildUnits(documents, corpus.clauses).flatMap((u) => u.clauses.map(([id, , , label]): [string, string] => [`${documents[u.docIndex].id}#${id}`, label])));
    expect(names).toEqual(expected);
  });

  it('reference reasons, for every clause in an article (where references resolve)', () => {
    // “上述” inside a clause points to the clause itself, and the reason names it.
    const inArticles = corpus.clauses.filter((c) => index.clauseIndex(c.documentId).articleOf(c));
    const names = named(
      inArticles.map((c) => {
        const reason = resolveInternal({ kind: 'relative-ref', span: { start: 0, end: 0 }, word: '上述' }, { ...c, head: [] }, index.clauseIndex(c.documentId)).reason;
        return [key(c), reason.replace(/^“上述”指/, '').replace(/前文所述$/, '')];
      }),
    );
    expect(names.size).toBeGreaterThan(400);
    expect(names).toEqual(only(names));
  });

  it('copied citations and self-test sources', () => {
    const quoted = named(
      corpus.clauses.map((c) => {
        const doc = index.document(c.documentId)!;
        const quote = formatQuotation(doc, c, index.clauseIndex(doc.id));
        return [key(c), quote.slice(bookTitle(doc.title).length, quote.indexOf('：“'))];
      }),
    );
    expect(quoted).toEqual(expected);
    const questions = generateQuestions({ documents: corpus.documents, clauses: corpus.clauses });
    expect(questions.length).toBeGreaterThan(0);
    const cited = named(questions.map((q) => [`${q.documentId}#${q.clauseId}`, q.cite.slice(bookTitle(index.document(q.documentId)!.title).length)]));
    expect(cited).toEqual(only(cited));
  });

  it('comparison rows and their CSV', () => {
    const rowNames: [string, string][] = [];
    const linked = corpus.links.map((l): [string, string] => [splitGlobalId(l.from).documentId, splitGlobalId(l.to).documentId]);
    for (const pair of comparePairs(corpus.documents, corpus.works, linked)) {
      const c = buildComparison(index, pair, pairLinks(pair, { links: corpus.links, align: () => [], nameClause: (g) => g }), createSegmenter(contentConfig().terms()));
      const rows = c.rows.map((r) => r.row);
      const lines = compareCsv(rows, c.diffOf.corrected, 'corrected', c.wording.csv, c.nameOf).split('\r\n').slice(1, -1);
      rows.forEach((row, i) => {
        const cells = lines[i].split(',');
        if (row.kind !== 'parent-only') rowNames.push([key(row.local), c.nameOf(row.local)], [key(row.local), cells[1]]);
        if (row.kind !== 'local-only') rowNames.push([key(row.parent), c.nameOf(row.parent)], [key(row.parent), cells[3]]);
      });
    }
    expect(rowNames.length).toBeGreaterThan(0);
    for (const [k, name] of rowNames) expect(name, k).toBe(expected.get(k));
  });

  it('errata evidence', () => {
    const sources = new Map(readContent().sources.map((s) => [s.file, s.text]));
    let checked = 0;
    for (const parent of corpus.documents) {
      const other = corpus.documents.find((d) => d.id !== parent.id)!;
      const passages = suggestionInput(corpus, (f) => sources.get(f) ?? null, other.id, parent.id).parent.passages;
      const names = named(passages.map((p) => [`${parent.id}#${p.clauseId}`, p.label]));
      expect(names).toEqual(only(names));
      checked += passages.length;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
