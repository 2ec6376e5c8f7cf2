/**
 * A Content-Security-Policy set by a <meta> tag only governs what the page
 * loads after the tag. The framework writes its own stylesheet and script
 * tags first, so after export the tag is moved to the top of <head>, with
 * its quotes written plainly.
 */
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/i;

export function hoistCsp(html: string): string {
  const match = CSP_META.exec(html);
  if (!match) return html;
  const tag = match[0].replace(/&#x27;|&#39;/g, "'");
  const without = html.slice(0, match.index) + html.slice(match.index + match[0].length);
  const head = /<head[^>]*>/i.exec(without);
  if (!head) return html;
  const charset = /<meta charSet="[^"]*"\s*\/?>/i.exec(without.slice(head.index));
  const at = charset && charset.index === head[0].length ? head.index + head[0].length + charset[0].length : head.index + head[0].length;
  return without.slice(0, at) + tag + without.slice(at);
}
