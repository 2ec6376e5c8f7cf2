/**
 * The documents a piece of text cites, read with the citation pipeline of
 * lib/refs (clean → tokenize → find), so a title, its 文号 and its short
 * name are read the same way here as in the text's citations.
 */
import type { FoundDocumentCitation } from '../refs/model';
import { cleanText } from '../refs/clean-text';
import { tokenizeCitations } from '../refs/tokenize-citations';
import { findCitations } from '../refs/find-citations';

/** Document citations in `text`, spans as offsets into it; the 〈X〉 inside a notice's title is left to the notice. */
export function citedIn(text: string): FoundDocumentCitation[] {
  const clean = cleanText(text);
  return findCitations(clean, tokenizeCitations(clean)).filter((c): c is FoundDocumentCitation => c.kind === 'document' && c.role !== 'inner');
}

/** 《X》 as a citation of its own, for a title found by a pattern rather than in running text. */
export function citationOf(title: string): FoundDocumentCitation | null {
  return citedIn(`《${title}》`)[0] ?? null;
}
