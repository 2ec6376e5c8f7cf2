/** The site's URL shapes, in one place. Paths only: next/link adds the base path. */
export function docHref(documentId: string, clauseId?: string | null): string {
  return `/r/${encodeURIComponent(documentId)}/${clauseId ? `#${encodeURIComponent(clauseId)}` : ''}`;
}

/**
 * A source's page: one URL segment per folder of its path under sources/
 * (lawrefbook/刑法/刑法.md → /s/lawrefbook/%E5%88%91…/), so the static
 * export writes real folders; an encoded "/" inside one segment would name a
 * file no static host finds.
 */
export function sourceHref(file: string, line?: number): string {
  return `/s/${sourceSegments(file).map(encodeURIComponent).join('/')}/${line ? `#L${line}` : ''}`;
}

export function sourceSegments(file: string): string[] {
  return file.split('/');
}

/** The route's segments → the source's path; Next may hand them over still percent-encoded. */
export function sourceFileOf(segments: string[]): string {
  return segments.map(decodeSegment).join('/');
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Page `page` (1-based) of a level-and-region group of documents (lib/site/document-groups.ts). */
export function groupHref(slug: string, page: number): string {
  return `/docs/${encodeURIComponent(slug)}/${page}/`;
}

/** Page `page` (1-based) of the list of sources. */
export function sourcesHref(page: number): string {
  return `/sources/${page}/`;
}

/** Browsing (lib/site/browse-facets.ts): all facets, one facet's groups, or page `page` of one group. */
export function browseHref(facet?: string, slug?: string, page = 1): string {
  if (!facet) return '/browse/';
  return slug ? `/browse/${facet}/${encodeURIComponent(slug)}/${page}/` : `/browse/${facet}/`;
}

/** Page `page` of a parent work's implementers, all or one province (lib/site/implementer-table.ts). */
export function implementersHref(slug: string, page = 1): string {
  return `/relations/${encodeURIComponent(slug)}/${page}/`;
}

/** Page `page` of the findings by document; the first page is /findings/ itself. */
export function findingsHref(page = 1, documentId?: string): string {
  return `${page > 1 ? `/findings/${page}/` : '/findings/'}${documentId ? `#doc-${documentId}` : ''}`;
}

/** Page `page` of the cited documents the collection lacks; the first page is /cited/ itself. */
export function citedHref(page = 1): string {
  return page > 1 ? `/cited/${page}/` : '/cited/';
}

/** Page `page` of the table of parent works; the first page is /relations/ itself. */
export function parentTableHref(page = 1): string {
  return page > 1 ? `/relations/table/${page}/` : '/relations/';
}

/** Page `page` of a list of possible conflicts (lib/site/conflict-groups.ts); all of them, page 1, is /conflicts/ itself. */
export function conflictsHref(slug = 'all', page = 1): string {
  return slug === 'all' && page === 1 ? '/conflicts/' : `/conflicts/${encodeURIComponent(slug)}/${page}/`;
}
