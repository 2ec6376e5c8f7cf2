/** An exported site's files: every path under its root, and the pages' HTML. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file's path under `root`, '/'-separated, one at a time: the national site has hundreds of thousands. */
export function* sitePaths(root = 'out'): Generator<string> {
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) stack.push(full);
      else yield relative(root, full).split('\\').join('/');
    }
  }
}

/** The whole site in memory, path → HTML (other files map to ''): for the test builds, not the national one. */
export function readSite(root = 'out'): Map<string, string> {
  const pages = new Map<string, string>();
  for (const path of sitePaths(root)) pages.set(path, path.endsWith('.html') ? readFileSync(join(root, path), 'utf8') : '');
  return pages;
}
