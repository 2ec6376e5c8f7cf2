/**
 * Next's static export writes its bootstrap as inline scripts
 * (`self.__next_f.push(…)`), and print pages carry an inline <style> for
 * their running head; the CSP (site-csp) allows exactly those, by their
 * SHA-256, and nothing inline wholesale.
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
