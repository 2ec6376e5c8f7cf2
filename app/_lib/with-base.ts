/**
 * Plain URLs (not next/link, which adds the base path itself) must carry the
 * base path the site was built for, or they break when hosted under a sub-path.
 */
const BASE = (process.env.NEXT_PUBLIC_BASE_PATH ?? '').replace(/\/$/, '');

export function withBase(path: string): string {
  if (!path.startsWith('/')) return path;
  return BASE + path;
}

/** A path of this site as the app names it: the location's path without the base path. */
export function withoutBase(pathname: string): string {
  return BASE && (pathname === BASE || pathname.startsWith(`${BASE}/`)) ? pathname.slice(BASE.length) || '/' : pathname;
}
