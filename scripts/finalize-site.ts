/** After `next build`: give each page its CSP, allowing the page's own inline scripts and styles by hash (lib/site/site-csp). One page in memory at a time. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertCsp, sitePolicy } from '../lib/site/site-csp';
import { inlineHashes } from '../lib/site/inline-hashes';
import { sitePaths } from './lib/read-site';

const root = process.argv[2] ?? 'out';
let n = 0;
for (const path of sitePaths(root)) {
  if (!path.endsWith('.html')) continue;
  const file = join(root, path);
  const html = readFileSync(file, 'utf8');
  writeFileSync(file, insertCsp(html, sitePolicy(inlineHashes(html))));
  n++;
}
console.log(`finalized ${n} pages in ${root}/`);
