/**
 * Works: a law across its versions, each version's status, and the parents
 * a document names in its title or its 制定依据 — found in the texts, with
 * the evidence quoted, before lib/refs aligns documents with their parents.
 */
export { assignWorks } from './assign-works';
export { groupWorks, workKey, type Work } from './group-works';
export { findRepeals, repealedIn, type RepealNotice } from './find-repeals';
export { findParents, titleParent, basisCitations } from './find-parents';
export { citedIn, citationOf } from './cited-in';
