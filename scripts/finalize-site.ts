/**
 * After `next build`: put each page's CSP meta first in <head> (lib/site/hoist-csp)
 * and allow the page's own inline scripts by hash (lib/site/hash-inline-scripts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hoistCsp } from '../lib/site/hoist-csp';
import { hashInlineScripts } from '../lib/site/hash-inline-scripts';
import { readSite } from './lib/read-site';

const root = process.argv[2] ?? 'out';
let n = 0;
for (const [path, html] of readSite(root)) {
  if (!path.endsWith('.html')) continue;
  const out = hashInlineScripts(hoistCsp(html));
  if (out !== html) {
    writeFileSync(join(root, path), out);
    n++;
  }
}
console.log(`finalized ${n} pages in ${root}/`);
