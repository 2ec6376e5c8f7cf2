/** The site's URL shapes, in one place. Paths only: next/link adds the base path. */
export function docHref(documentId: string, clauseId?: string | null): string {
  return `/r/${encodeURIComponent(documentId)}/${clauseId ? `#${encodeURIComponent(clauseId)}` : ''}`;
}

export function sourceHref(file: string, line?: number): string {
  return `/s/${encodeURIComponent(file)}/${line ? `#L${line}` : ''}`;
}

/** Page `page` (1-based) of a level-and-region group of documents (lib/site/document-groups.ts). */
export function groupHref(slug: string, page: number): string {
  return `/docs/${encodeURIComponent(slug)}/${page}/`;
}

/** Page `page` (1-based) of the list of sources. */
export function sourcesHref(page: number): string {
  return `/sources/${page}/`;
}
