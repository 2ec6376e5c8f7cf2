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
