/**
 * The unit a reader cites, and so the unit relations attach to, comparison
 * pairs and 上一条 / 下一条 steps through: an article (第二十条, or an
 * outline provision such as （十八） that the parser reads as one), or, where
 * no article holds it, a top-level provision — an opening paragraph before
 * the first article, a paragraph under an outline heading. Titles and
 * headings only frame the text; paragraphs and items inside a unit travel
 * with it.
 */
import type { ClauseRecord } from '../corpus/export-contract';
import type { ClauseIndex } from './clause-index';
import { isHeadingKind } from './heading-kinds';

export function isCitationUnit(c: ClauseRecord, index: ClauseIndex): boolean {
  if (c.kind === 'article') return true;
  if (c.kind === 'title' || isHeadingKind(c.kind)) return false;
  return index.ancestors(c).every((a) => isHeadingKind(a.kind));
}

/** A document's units in document order. */
export function citationUnits(index: ClauseIndex): ClauseRecord[] {
  return index.all.filter((c) => isCitationUnit(c, index));
}
