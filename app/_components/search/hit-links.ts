/** Where a hit leads, and hits grouped by document in rank order. */
import type { CitedProvision, FoundDocument, MatchKind, SearchHit, SearchResult } from '@/lib/search/search-engine';
import { withBase } from '@/app/_lib/with-base';
import { formatDate } from '@/app/_lib/format';

/**
 * The clause in its document, with the strings to mark: the query itself for
 * a phrase match, else the words this clause matched.
 */
export function hitHref(hit: SearchHit, query: string): string {
  const hl = hit.match === 'phrase' ? query.trim() : hit.terms.join(' ');
  return withBase(`/r/${encodeURIComponent(hit.documentId)}/?hl=${encodeURIComponent(hl)}#${encodeURIComponent(hit.clauseId)}`);
}

/** The provision a citation query names, in its document. */
export function citedHref(cited: CitedProvision): string {
  return withBase(`/r/${encodeURIComponent(cited.documentId)}/#${encodeURIComponent(cited.clauseId)}`);
}

/** Which version a cited provision or a found document is: 2024年12月25日版本（本库所收现行版本）. */
export function versionNote(cited: Pick<CitedProvision | FoundDocument, 'versionDate' | 'current'>): string {
  const date = cited.versionDate ? `${formatDate(cited.versionDate)}版本` : '版本日期不详';
  return cited.current ? `${date}（本库所收现行版本）` : date;
}

export const documentHref = (d: FoundDocument) => withBase(`/r/${encodeURIComponent(d.documentId)}/`);

/** `exact`: the query as typed, not read as a typo (仍然检索). */
export function searchPageHref(query: string, exact = false): string {
  return withBase(`/search/?q=${encodeURIComponent(query.trim())}${exact ? `&${EXACT_PARAM}=1` : ''}`);
}

/** The words a result's hits were found by, for marking them where a hit opens: after a correction, the reading's, not the typed ones. */
export function searchedQuery(result: Pick<SearchResult, 'query' | 'correctedFrom'> | null, typed: string): string {
  return result?.correctedFrom ? result.query : typed;
}

/** The search page's parameter for SearchOptions.exact. */
export const EXACT_PARAM = 'exact';

export const hitKey = (h: SearchHit) => `${h.documentId}#${h.unitId}`;

export type HitGroup = { documentId: string; title: string; hits: SearchHit[] };
export type HitSection = { match: MatchKind; groups: HitGroup[] };

/**
 * Hits by match tier (phrase, all words, some words: the rank order), and
 * within a tier by document, documents in the order of their best hit. So
 * every clause with all the words is listed before any with only some.
 */
export function sectionHits(hits: SearchHit[]): HitSection[] {
  const tiers: MatchKind[] = [];
  for (const h of hits) if (!tiers.includes(h.match)) tiers.push(h.match);
  return tiers.map((match) => ({ match, groups: groupByDocument(hits.filter((h) => h.match === match)) }));
}

/** Groups in the order of each document's best hit; hits keep their rank order within a group. */
export function groupByDocument(hits: SearchHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const h of hits) {
    let g = groups.get(h.documentId);
    if (!g) groups.set(h.documentId, (g = { documentId: h.documentId, title: h.documentTitle, hits: [] }));
    g.hits.push(h);
  }
  return [...groups.values()];
}

export { hitPlace } from '@/lib/search/hit-place';

/** The middle tier's words: where the query's common words were only scored (SearchResult.common), a hit holds all the other ones. */
export const allWordsLabel = (common: string[]) => (common.length ? '全部要词' : '全部检索词');

/** A tier's heading where the list has more than the exact matches; `common` as allWordsLabel. */
export function sectionLabel(match: MatchKind, common: string[]): string {
  return match === 'phrase' ? '与检索词完全一致' : match === 'all' ? `含${allWordsLabel(common)}（分散出现）` : '只含部分检索词';
}
