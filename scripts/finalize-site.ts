/** After `next build`: put each page's CSP meta first in <head> (see lib/site/hoist-csp). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hoistCsp } from '../lib/site/hoist-csp';
import { readSite } from './lib/read-site';

const root = process.argv[2] ?? 'out';
let n = 0;
for (const [path, html] of readSite(root)) {
  if (!path.endsWith('.html')) continue;
  const out = hoistCsp(html);
  if (out !== html) {
    writeFileSync(join(root, path), out);
    n++;
  }
}
console.log(`finalized ${n} pages in ${root}/`);
