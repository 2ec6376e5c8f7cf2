/** After `next build`: give each page its CSP, allowing the page's own inline scripts and styles by hash (lib/site/site-csp). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertCsp, sitePolicy } from '../lib/site/site-csp';
import { inlineHashes } from '../lib/site/inline-hashes';
import { readSite } from './lib/read-site';

const root = process.argv[2] ?? 'out';
let n = 0;
for (const [path, html] of readSite(root)) {
  if (!path.endsWith('.html')) continue;
  writeFileSync(join(root, path), insertCsp(html, sitePolicy(inlineHashes(html))));
  n++;
}
console.log(`finalized ${n} pages in ${root}/`);
