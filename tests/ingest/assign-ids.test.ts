/** Ids from printed numbers: repeats get -2, -3, … in order, and many repeats stay linear. */
import { describe, expect, it } from 'vitest';
import { assignIds, collect } from '../../lib/ingest/assign-ids';
import { parseText } from '../../lib/ingest/parse-source';
import type { ClauseNode } from '../../lib/ingest/clause-tree';

const ids = (text: string) => collect(parseText(text).tree.children).map((n) => n.id);

describe('assignIds', () => {
  it.each([
    ['distinct articles', '第一条 甲。\n第二条 乙。\n', ['art-1', 'art-2']],
    ['a repeated article', '第一条 甲。\n第一条 乙。\n第一条 丙。\n', ['art-1', 'art-1-2', 'art-1-3']],
    ['repeats of two numbers interleaved', '第一条 甲。\n第二条 乙。\n第一条 丙。\n第二条 丁。\n第一条 戊。\n', ['art-1', 'art-2', 'art-1-2', 'art-2-2', 'art-1-3']],
    ['children of a repeated article follow its id', '第一条 甲：\n（一）子；\n第一条 乙：\n（一）丑；\n', ['art-1', 'art-1-item-1', 'art-1-2', 'art-1-2-item-1']],
    ['a repeated chapter', '第一章 总则\n第一条 甲。\n第一章 总则\n第二条 乙。\n', ['ch-1', 'art-1', 'ch-1-2', 'art-2']],
    ['a repeated item of one article', '第一条 甲：\n（一）子；\n（二）丑；\n（二）寅。\n', ['art-1', 'art-1-item-1', 'art-1-item-2', 'art-1-item-2-2']],
  ])('%s', (_name, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('a suffix another node already holds is skipped, as before', () => {
    const node = (kind: ClauseNode['kind'], number: number | null, family: ClauseNode['family'] = null): ClauseNode => ({
      id: '', kind, family, label: '', number, span: { start: 0, end: 0 }, head: { start: 0, end: 0 }, line: 1, children: [],
    });
    // Titles take title, title-2, …by position; a repeated 第一条 is art-1-2.
    const roots = [node('title', null), node('title', null), node('article', 1, 'article'), node('article', 1, 'article'), node('article', 1, 'article')];
    assignIds(roots);
    expect(roots.map((n) => n.id)).toEqual(['title', 'title-2', 'art-1', 'art-1-2', 'art-1-3']);
  });

  it('10,000 repeats of 第一条 get art-1, art-1-2 … art-1-10000, looking each id up a bounded number of times', () => {
    const has = Set.prototype.has;
    let lookups = 0;
    Set.prototype.has = function (this: Set<unknown>, v: unknown) {
      if (typeof v === 'string' && v.startsWith('art-1')) lookups++;
      return has.call(this, v);
    };
    let got: string[];
    try {
      got = ids('第一条 为了维护社会稳定，制定本规定。\n'.repeat(10_000));
    } finally {
      Set.prototype.has = has;
    }
    expect(got).toEqual(Array.from({ length: 10_000 }, (_, i) => (i === 0 ? 'art-1' : `art-1-${i + 1}`)));
    // Probing from -2 on every repeat made this about 50 million lookups.
    expect(lookups).toBeLessThan(5 * 10_000);
  });
});
