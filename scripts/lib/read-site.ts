/** Read an exported site into a path → HTML map (other files map to ''). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function readSite(root = 'out'): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else pages.set(relative(root, full).split('\\').join('/'), e.name.endsWith('.html') ? readFileSync(full, 'utf8') : '');
    }
  };
  walk(root);
  return pages;
}
