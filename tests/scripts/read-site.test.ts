/** The site walker that finalize-site and the link checks share: every file, nested or not, once, and nothing else. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSite, sitePaths } from '../../scripts/lib/read-site';

const root = mkdtempSync(join(tmpdir(), 'kb-site-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sitePaths', () => {
  it('lists every file under the root, at any depth, with / between parts, and no folders', () => {
    for (const [dir, files] of [['', ['index.html', 'a.txt']], ['r/doc-1', ['index.html']], ['r/doc-2', ['index.html', '__next._full.txt']], ['data/search', ['x0.json']], ['empty', []]] as const) {
      mkdirSync(join(root, dir), { recursive: true });
      for (const f of files) writeFileSync(join(root, dir, f), f.endsWith('.html') ? `<p>${dir}</p>` : '{}');
    }
    const expected = (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
      .sort();
    expect([...sitePaths(root)].sort()).toEqual(expected);
    expect(expected).toHaveLength(6);
    // readSite holds the pages' HTML and maps the other files to ''.
    const site = readSite(root);
    expect(site.get('r/doc-1/index.html')).toBe('<p>r/doc-1</p>');
    expect(site.get('data/search/x0.json')).toBe('');
  });
});
