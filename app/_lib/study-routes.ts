/** The study pages' URL shapes. Paths only (next/link adds the base path); downloads are plain files and carry it. */
import { withBase } from './with-base';

export function topicHref(slug: string): string {
  return `/topics/${encodeURIComponent(slug)}/`;
}

export function glossaryHref(termId?: string): string {
  return `/glossary/${termId ? `#${encodeURIComponent(termId)}` : ''}`;
}

/** A build-time download (public/data/download/), for a plain <a download>: the base path is added here. */
export function downloadHref(documentId: string, ext: 'txt' | 'docx'): string {
  return withBase(`/data/download/${encodeURIComponent(documentId)}.${ext}`);
}
