/** The clause model every stage and page uses: the tree index, the unit a reader cites, heading kinds and the one name of a clause. */
export { ClauseIndex, NUMBERED_ARTICLE } from './clause-index';
export { HEADING_KINDS, isHeadingKind } from './heading-kinds';
export { isCitationUnit, citationUnitOf, citationUnits } from './citation-unit';
export { clauseName, citationName, bookTitle } from './clause-name';
export { displayLabel } from './display-label';
