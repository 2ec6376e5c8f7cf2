/**
 * The numbered pages of a paged list (/findings/2/, /cited/3/…). Page 1 is
 * also the list's own address; a static export still needs one page under
 * the number, so …/1/ repeats it.
 */
import { notFound } from 'next/navigation';

export type PageParams = { page: string };

export function pageParams(pages: number): PageParams[] {
  return Array.from({ length: pages }, (_, k) => ({ page: String(k + 1) }));
}

/** The page a route's parameter names, or null for a number with no page. */
export function pageIn(raw: string, pages: number): number | null {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 && page <= pages ? page : null;
}

/** The page a route's parameter names, or a 404. */
export function pageNumber(raw: string, pages: number): number {
  return pageIn(raw, pages) ?? notFound();
}
