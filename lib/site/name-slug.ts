/**
 * A URL slug for a name (a province, a city, a branch of law) that does not
 * depend on what else the collection holds: a list page keeps its address
 * when another region or law is added. ASCII, from a 32-bit FNV-1a hash of
 * the name in base 36; the caller's prefix keeps kinds apart.
 */
import { fnv1a } from '../text/fnv1a';

export function nameSlug(prefix: string, name: string): string {
  return `${prefix}${fnv1a(name).toString(36)}`;
}

/** Throws if two names of one list share a slug (a hash collision): a build error, never two lists at one address. */
export function assertDistinctSlugs(groups: { slug: string; label: string }[]): void {
  const seen = new Map<string, string>();
  for (const g of groups) {
    const other = seen.get(g.slug);
    if (other !== undefined && other !== g.label) throw new Error(`nameSlug: 「${other}」与「${g.label}」的网址相同（${g.slug}）`);
    seen.set(g.slug, g.label);
  }
}
