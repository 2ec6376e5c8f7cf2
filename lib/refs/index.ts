/**
 * Cross-references: citations found in clause texts and resolved to
 * documents and clauses, and clause-to-clause links between a local rule
 * and the national provision it implements. Pipeline, after eyecite:
 * clean → tokenize → find → resolve → annotate; then align.
 */
export { cleanText } from './clean-text';
export { tokenizeCitations } from './tokenize-citations';
export { findCitations } from './find-citations';
export { createDocumentResolver, type DocumentResolver, type DocumentResolution } from './document-resolver';
export { resolveInternal } from './resolve-internal';
export { extractCitations } from './extract-citations';
export { annotateCitations, type AnnotatedRun } from './annotate-citations';
export { alignDocuments, THRESHOLDS, type AlignInput, type AlignOptions, type Alignment, type AlignmentRow } from './align-documents';
export { tfidfScorer, bm25Scorer, type Scorer, type ScorerFactory } from './scorers';
export { termBag, type Segmenter, type TermBag } from './term-bag';
export { linkCorpus } from './link-corpus';
export { titleKey, titleSimilarity, parseTitle } from './title-key';
export type { Hint } from './structure-hints';
export { groupCitedDocuments, type CitedGroup } from './group-cited-documents';
export { relationGraph, type RelationGraph, type RelationNode, type RelationEdge } from './relations-graph';
