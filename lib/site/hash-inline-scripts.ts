/**
 * The CSP allows no inline script wholesale: that would also let through
 * any script that content smuggled into a page. Next's static
 * export writes its bootstrap as inline scripts (`self.__next_f.push(…)`),
 * so after export each page's own inline scripts are allowed by their
 * SHA-256 in that page's CSP meta: a script not in the built page has no
 * hash and does not run.
 */
import { createHash } from 'node:crypto';

const CSP_META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)("\s*\/?>)/i;
/** A script element without src. Its text is raw (no entities, cannot hold `</script`), as the browser hashes it. */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;

/** `'sha256-…'` of a script's text as the browser sees it (HTML turns CRLF into LF before anything else). */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
}

/** Adds the hash of every inline script of the page to its CSP's script-src. A page without a CSP meta is returned as it is. */
export function hashInlineScripts(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) if (!HAS_SRC.test(m[1])) hashes.add(scriptHash(m[2]));
  if (!hashes.size) return html;
  const directives = meta[2].split(';').map((d) => d.trim());
  const at = directives.findIndex((d) => /^script-src\s/i.test(d));
  if (at < 0) throw new Error('the CSP has no script-src: add one so inline scripts can be allowed by hash');
  directives[at] = [directives[at], ...hashes].join(' ');
  return html.slice(0, meta.index) + meta[1] + directives.join('; ') + meta[3] + html.slice(meta.index + meta[0].length);
}
