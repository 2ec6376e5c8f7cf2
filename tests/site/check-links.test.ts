import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../lib/site/check-links';

const site = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('checkLinks', () => {
  it('accepts links to pages and anchors that exist', () => {
    const pages = site({
      'index.html': '<a href="/r/a/">a</a><a href="/r/a/#art-1">1</a><script src="/_next/x.js"></script>',
      'r/a/index.html': '<p id="art-1">第一条</p><a href="../../">home</a><a href="#art-1">self</a>',
      '_next/x.js': '',
    });
    expect(checkLinks(pages)).toEqual([]);
  });
  it('reports missing pages, missing anchors and external links', () => {
    const pages = site({ 'index.html': '<a href="/r/b/">b</a><a href="/#nope">x</a><link href="https://cdn.example/x.css">' });
    expect(checkLinks(pages).map((b) => b.reason)).toEqual(['no such page', 'no element #nope on index.html', 'external link in an offline site']);
  });
  it('honours a base path', () => {
    const pages = site({ 'index.html': '<a href="/kb/r/a/">a</a><a href="/r/a/">wrong</a><a href="#main">skip</a><main id="main"></main>', 'r/a/index.html': '<a href="../../">up</a>' });
    expect(checkLinks(pages, '/kb').map((b) => b.href)).toEqual(['/r/a/']);
  });
  it('decodes entities and percent-encoding', () => {
    const pages = site({ 'index.html': '<a href="/s/a.txt/#L1">s</a><a href="/x/?q=1&amp;y=2">q</a>', 's/a.txt/index.html': '<span id="L1"></span>', 'x/index.html': '' });
    expect(checkLinks(pages)).toEqual([]);
  });
});
