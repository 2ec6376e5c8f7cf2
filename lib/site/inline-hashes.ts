/**
 * Next's static export writes its bootstrap as inline scripts
 * (`self.__next_f.push(…)`), and a page may carry an inline <style>; the
 * CSP (site-csp) allows exactly those, by their SHA-256, and nothing inline
 * wholesale. (A rule a page writes for itself goes through the CSS object
 * model instead, page-rule.client.tsx: React adds a <style> in the browser
 * too, where no hash could allow it.)
 */
import { createHash } from 'node:crypto';

/** A script or style element. Its text is raw (no entities, cannot hold its end tag), as the browser hashes it. */
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;

/** `'sha256-…'` of an element's text as the browser sees it (HTML turns CRLF into LF before anything else). */
export function inlineHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
}

/** The hashes of the page's inline scripts and styles, each once, in page order. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const m of html.matchAll(INLINE)) {
    if (m[1].toLowerCase() === 'style') styles.add(inlineHash(m[3]));
    else if (!HAS_SRC.test(m[2])) scripts.add(inlineHash(m[3]));
  }
  return { scripts: [...scripts], styles: [...styles] };
}
