/** The clause model every stage and page uses: the tree index, the unit a reader cites, heading kinds and the one name of a clause. */
export { ClauseIndex, NUMBERED_ARTICLE } from './clause-index';
export { isHeadingKind } from './heading-kinds';
export { isCitationUnit, citationUnits } from './citation-unit';
export { clauseName, citationName, bookTitle } from './clause-name';
export { displayLabel, SPACED_LABEL } from './display-label';
export { sourceHead } from './source-head';
export { articleRange, continues, type ArticleRange, type ArticleRanges } from './article-range';
