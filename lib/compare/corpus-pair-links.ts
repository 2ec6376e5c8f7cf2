/**
 * The links one comparison aligns by, over a corpus index: the corpus's own
 * links where it has them, otherwise the similarity aligner's (see
 * pair-links.ts). The build and the browser both call this, with the word
 * segmenter and its recorded replay respectively, so a pair compared on
 * demand gets the same links its pre-generated page would.
 */
import type { LinkRecord } from '../corpus/export-contract';
import type { CorpusIndex } from '../content/corpus-index';
import { splitGlobalId } from '../content/corpus-index';
import type { Aligner } from '../refs/create-aligner';
import { alignDocuments } from '../refs/align-documents';
import type { Segmenter } from '../refs/term-bag';
import { bookTitle, clauseName } from '../clause';
import type { ComparePair } from './compare-pairs';
import { pairLinks } from './pair-links';

/** The corpus's documents as alignment input. */
export const alignInputOf = (index: CorpusIndex) => (id: string) => ({ document: index.document(id)!, clauses: index.clauses(id), citations: index.citations(id) });

/** `aligner`: the build's, which reuses units and cached pairs (create-aligner.ts); by default each call aligns afresh. */
export function corpusPairLinks(index: CorpusIndex, segmenter: Segmenter, pair: ComparePair, aligner?: Aligner): LinkRecord[] {
  const input = alignInputOf(index);
  const nameClause = (global: string) => {
    const { documentId, clauseId } = splitGlobalId(global);
    const clause = index.clause(documentId, clauseId);
    return bookTitle(index.document(documentId)?.shortTitle ?? documentId) + (clause ? clauseName(clause, index.clauseIndex(documentId)) : clauseId);
  };
  return pairLinks(pair, {
    links: index.data.links,
    rejected: index.data.rejectedLinks,
    align: aligner ?? ((a, b, kind) => alignDocuments(input(a), input(b), { segmenter, kind }).links),
    nameClause,
  });
}
