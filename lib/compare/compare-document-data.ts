/**
 * What the browser needs to compare a document with any other: its record,
 * clauses and citations, the links from its clauses, and the word
 * segmentation the aligner and the diff use on it (recorded-segmenter.ts). The build
 * writes one per document; a pair without a page is compared from two of
 * them (and, for two texts with a common parent, the parent's too).
 */
import type { CitationRecord, ClauseRecord, DocumentRecord, LinkRecord } from '../corpus/export-contract';
import { CorpusIndex } from '../content/corpus-index';
import { alignmentUnits } from '../refs/alignment-units';
import type { Segmenter } from '../refs/term-bag';
import { buildComparison, type Comparison } from './build-comparison';
import type { ComparePair } from './compare-pairs';
import { corpusPairLinks } from './corpus-pair-links';
import { recordingSegmenter, replaySegmenter } from './recorded-segmenter';
import { citationUnits } from '../clause';
import { comparableText } from './comparable-text';
import { TEXT_MODES } from './model';

export type CompareDocumentData = {
  document: DocumentRecord;
  clauses: ClauseRecord[];
  citations: CitationRecord[];
  /** Links whose `from` clause is in this document. */
  links: LinkRecord[];
  /** Links from this document's clauses that an editor rejected: an on-demand comparison must not align them again. */
  rejectedLinks?: LinkRecord[];
  /** Every segmentation alignment and the word diff ask for on this document's texts. */
  segments: string[][];
};

/** `links`: the links from this document's clauses. */
export function compareDocumentData(index: CorpusIndex, id: string, links: LinkRecord[], segmenter: Segmenter, rejectedLinks: LinkRecord[] = []): CompareDocumentData {
  const document = index.document(id);
  if (!document) throw new Error(`compareDocumentData: unknown document ${id}`);
  const input = { document, clauses: index.clauses(id), citations: index.citations(id) };
  const recorder = recordingSegmenter(segmenter);
  alignmentUnits(input, recorder.segmenter);
  // What a comparison diffs: each citation unit's text, in both wordings (build-comparison.ts).
  for (const unit of citationUnits(index.clauseIndex(id))) for (const mode of TEXT_MODES) recorder.segmenter.cut(comparableText(unit, mode));
  return { ...input, links, ...(rejectedLinks.length ? { rejectedLinks } : {}), segments: recorder.recorded() };
}

/**
 * The comparison of a pair from its documents' data, as the build computes
 * a page: `documents` holds both sides and every `via` parent.
 */
export function onDemandComparison(documents: CompareDocumentData[], pair: ComparePair): Comparison {
  const index = new CorpusIndex({
    documents: documents.map((d) => d.document),
    works: [],
    clauses: documents.flatMap((d) => d.clauses),
    citations: documents.flatMap((d) => d.citations),
    links: documents.flatMap((d) => d.links),
    rejectedLinks: documents.flatMap((d) => d.rejectedLinks ?? []),
    conflicts: [],
    findings: [],
    exclusions: [],
    corrections: [],
    bodies: {},
  });
  const segmenter = replaySegmenter(documents.flatMap((d) => d.segments));
  return buildComparison(index, pair, corpusPairLinks(index, segmenter, pair), segmenter);
}
