/**
 * Cross-references: citations found in clause texts and resolved to
 * documents and clauses, and clause-to-clause links between a local rule
 * and the national provision it implements. Pipeline, after eyecite:
 * clean → tokenize → find → resolve → annotate; then align.
 */
export { cleanText } from './clean';
export { tokenizeCitations } from './tokenize';
export { findCitations } from './find-citations';
export { createDocumentResolver, type DocumentResolver, type DocumentResolution } from './resolve-document';
export { resolveInternal, indexClauses } from './resolve-internal';
export { extractCitations } from './extract-citations';
export { annotateCitations, type AnnotatedRun } from './annotate';
export { alignDocuments, THRESHOLDS, type AlignInput, type AlignOptions, type Alignment, type AlignmentRow } from './align-documents';
export { scoreClausePair, tfidfScorer, bm25Scorer, type Scorer, type ScorerFactory } from './score-clause-pair';
export { termBag, type Segmenter, type TermBag } from './clause-terms';
export { linkCorpus } from './link-corpus';
export { titleKey, titleSimilarity, parseTitle } from './title-key';
export { displayName } from './clause-names';
export type { Hint } from './structure-hints';
export { groupCitedDocuments, type CitedGroup } from './cited-documents';
