/**
 * Internal link check over an exported site: every href to this site must
 * name a page that exists, and every #fragment an element id on that page.
 * Input is the exported files' HTML; no I/O here.
 */
export type BrokenLink = { page: string; href: string; reason: string };

const HREF = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** `pages` maps a path under out/ ("r/x/index.html") to its HTML. */
export function checkLinks(pages: Map<string, string>, basePath = ''): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  for (const [path, html] of pages) ids.set(path, new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1]))));
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    for (const m of html.matchAll(HREF)) {
      const href = decodeEntities(m[1]);
      const reason = checkHref(page, href, basePath, pages, ids);
      if (reason) broken.push({ page, href, reason });
    }
  }
  return broken;
}

function checkHref(page: string, href: string, basePath: string, pages: Map<string, string>, ids: Map<string, Set<string>>): string | null {
  if (!href || /^(mailto:|tel:|data:|javascript:)/.test(href)) return null;
  if (/^[a-z]+:\/\//i.test(href) || href.startsWith('//')) return 'external link in an offline site';
  // Pages live under the base path, so relative links resolve against it.
  const url = new URL(href, `http://site${basePath}/${page.replace(/index\.html$/, '')}`);
  let path = decodeURIComponent(url.pathname);
  if (basePath) {
    if (!path.startsWith(basePath + '/') && path !== basePath) return `outside the base path ${basePath}`;
    path = path.slice(basePath.length);
  }
  const target = resolvePage(path.replace(/^\//, ''), pages);
  if (!target) return 'no such page';
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && target.endsWith('.html') && !ids.get(target)?.has(fragment)) return `no element #${fragment} on ${target}`;
  return null;
}

function resolvePage(path: string, pages: Map<string, string>): string | null {
  for (const candidate of [path, `${path}index.html`, `${path}/index.html`, `${path}.html`]) {
    if (pages.has(candidate)) return candidate;
  }
  return null;
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
