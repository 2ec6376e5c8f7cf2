/**
 * The site's Content-Security-Policy: nothing but the site's own files, so a
 * page that tried to reach the internet would fail loudly rather than leak.
 * Inline scripts and styles are allowed only by the hash of each one the
 * built page holds (see inline-hashes): a script smuggled in by content has
 * no hash and does not run. The pages set no style attributes (React's
 * style props, set through the DOM after load, are not attributes).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy for a page whose inline scripts and styles have these hashes (`'sha256-…'`). */
export function sitePolicy(hashes: { scripts: string[]; styles: string[] }): string {
  const extra = (d: string) => (d.startsWith('script-src ') ? hashes.scripts : d.startsWith('style-src ') ? hashes.styles : []);
  return DIRECTIVES.map((d) => [d, ...extra(d)].join(' ')).join('; ');
}

const CSP_META = /<meta http-equiv="Content-Security-Policy"/i;

/**
 * Put the policy's <meta> first in <head> (after the charset): a policy set
 * by <meta> governs only what the page loads after the tag. It is written
 * here, after export, and not by the layout: React would otherwise insert a
 * second, hash-less copy into the live page when it hydrates.
 */
export function insertCsp(html: string, policy: string): string {
  if (CSP_META.test(html)) throw new Error('the page already has a CSP <meta>: the policy is written once, after export');
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('the page has no <head> to put its CSP in');
  const afterHead = head.index + head[0].length;
  const charset = /^<meta charSet="[^"]*"\s*\/?>/i.exec(html.slice(afterHead));
  const at = afterHead + (charset ? charset[0].length : 0);
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${policy}"/>${html.slice(at)}`;
}
