/**
 * Why results come in the order they do, beyond relevance, as the search
 * page and `kb search` both say it: the list a question asks for, the place
 * it names.
 */
import type { SearchResult } from './search-engine';

export type OrderNote = { kind: 'lists' | 'places'; text: string };

export function orderNotes(r: Pick<SearchResult, 'listsFirst' | 'placesFirst'>): OrderNote[] {
  const quoted = (words: string[]) => `“${words.join('”“')}”`;
  return [
    ...(r.placesFirst.length ? [{ kind: 'places' as const, text: `适用于${quoted(r.placesFirst)}的规定排在前面，其他地方的排在后面` }] : []),
    ...(r.listsFirst.length ? [{ kind: 'lists' as const, text: `开列${quoted(r.listsFirst)}的条文排在前面` }] : []),
  ];
}
