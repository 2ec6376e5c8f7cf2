/** A benchmark corpus's provisions, as every engine in the benchmark indexes and counts them. */
import { buildUnits, unitText } from '../search/search-units';
import type { Corpus } from '../corpus/export-contract';

export type BenchUnit = { documentId: string; unitId: string; text: string; folded: string };

export function benchUnits(corpus: Pick<Corpus, 'documents' | 'clauses'>): BenchUnit[] {
  return buildUnits(corpus.documents, corpus.clauses).map((u) => {
    const { text, folded } = unitText(u);
    return { documentId: corpus.documents[u.docIndex].id, unitId: u.clauses[0][0], text, folded };
  });
}
