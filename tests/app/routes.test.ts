/** Source page URLs for sources in folders and with Chinese names: one segment per folder, each encoded, and back. */
import { describe, expect, it } from 'vitest';
import { sourceFileOf, sourceHref, sourceSegments } from '../../app/_lib/routes';

describe('sourceHref', () => {
  it.each([
    ['000_f27520366c14f6a2.txt', undefined, '/s/000_f27520366c14f6a2.txt/'],
    ['lawrefbook/刑法/刑法.md', 3, '/s/lawrefbook/%E5%88%91%E6%B3%95/%E5%88%91%E6%B3%95.md/#L3'],
    ['c/司法解释/关于#与?的解释(2000-12-05).md', undefined, '/s/c/%E5%8F%B8%E6%B3%95%E8%A7%A3%E9%87%8A/%E5%85%B3%E4%BA%8E%23%E4%B8%8E%3F%E7%9A%84%E8%A7%A3%E9%87%8A(2000-12-05).md/'],
  ])('%s', (file, line, href) => expect(sourceHref(file, line)).toBe(href));

  it.each(['lawrefbook/刑法/刑法.md', 'a.txt', 'c/100%.md', 'c/关于#与?的解释.md'])('%s survives the route and back, encoded or not', (file) => {
    expect(sourceFileOf(sourceSegments(file))).toBe(file);
    expect(sourceFileOf(sourceSegments(file).map(encodeURIComponent))).toBe(file);
  });
});
