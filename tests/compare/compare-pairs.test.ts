import { describe, expect, it } from 'vitest';
import { comparePairs, declaredParents, relate } from '../../lib/compare/compare-pairs';
import { doc, parentRef } from './synthetic';

describe('comparePairs', () => {
  const docs = [
    doc('nation'),
    doc('city-a', { parents: [parentRef('nation'), parentRef(null)] }),
    doc('city-b', { parents: [parentRef('nation')] }),
    doc('speech', { docType: 'speech' }),
    doc('notice-c', { docType: 'notice', parents: [parentRef('nation')] }),
    doc('other'),
  ];
  const pairs = comparePairs(docs);
  const find = (a: string, b: string) => pairs.find((p) => p.local === a && p.parent === b);

  it('pairs a document with its declared parent, the local text left; the other way round is compared on request', () => {
    expect(find('city-a', 'nation')).toMatchObject({ relation: 'implements' });
    expect(find('nation', 'city-a')).toBeUndefined();
    const parentsOf = new Map(docs.map((d) => [d.id, declaredParents(d)]));
    expect(relate(docs[0], docs[1], parentsOf)).toEqual({ local: 'nation', parent: 'city-a', relation: 'implemented-by', via: [] });
  });

  it('leaves documents that share a parent to be compared on request, but relates them through it', () => {
    expect(find('city-a', 'city-b')).toBeUndefined();
    const parentsOf = new Map(docs.map((d) => [d.id, declaredParents(d, new Set(docs.map((x) => x.id)))]));
    expect(relate(docs[1], docs[2], parentsOf)).toEqual({ local: 'city-a', parent: 'city-b', relation: 'siblings', via: ['nation'] });
    expect(find('notice-c', 'nation')).toMatchObject({ relation: 'implements' });
  });

  it('sets the newer of two versions left, whichever way round they are chosen', () => {
    const old = doc('law-1995', { workId: 'law-1995', versionDate: '1995-10-28' });
    const now = doc('law-2005', { workId: 'law-1995', versionDate: '2005-01-10' });
    const expected = { local: 'law-2005', parent: 'law-1995', relation: 'versions', via: [] };
    expect(relate(old, now, new Map())).toEqual(expected);
    expect(relate(now, old, new Map())).toEqual(expected);
  });

  it('pairs nothing by wording alone: those are compared on request', () => {
    expect(find('other', 'city-a')).toBeUndefined();
    expect(find('other', 'city-b')).toBeUndefined();
    expect(find('speech', 'other')).toBeUndefined();
    expect(find('speech', 'nation')).toBeUndefined();
    expect(find('notice-c', 'other')).toBeUndefined();
    expect(pairs.every((p) => p.local !== p.parent)).toBe(true);
  });

  it('pairs two documents the corpus links clauses between once, the one more links start from left', () => {
    const linked = comparePairs(docs, [], [['speech', 'city-b'], ['city-b', 'speech'], ['city-b', 'speech']]);
    expect(linked.find((p) => p.local === 'city-b' && p.parent === 'speech')).toMatchObject({ relation: 'similar' });
    expect(linked.find((p) => p.local === 'speech' && p.parent === 'city-b')).toBeUndefined();
    expect(linked).toHaveLength(pairs.length + 1);
    // The same links listed in another order make the same page; a tie sets the first by id left.
    expect(comparePairs(docs, [], [['city-b', 'speech'], ['speech', 'city-b'], ['city-b', 'speech']])).toEqual(linked);
    expect(comparePairs(docs, [], [['speech', 'city-b'], ['city-b', 'speech']]).find((p) => p.relation === 'similar')).toMatchObject({ local: 'city-b', parent: 'speech' });
    // More links from the later id: it goes left.
    expect(comparePairs(docs, [], [['speech', 'city-b'], ['speech', 'city-b'], ['city-b', 'speech']]).find((p) => p.relation === 'similar')).toMatchObject({ local: 'speech', parent: 'city-b' });
  });

  it('keeps the local text left on a pair that is linked both ways as well', () => {
    const linked = comparePairs(docs, [], [['nation', 'city-b'], ['nation', 'city-b']]);
    expect(linked.filter((p) => [p.local, p.parent].sort().join() === 'city-b,nation')).toEqual([{ local: 'city-b', parent: 'nation', relation: 'implements', via: [] }]);
  });

  it('pairs each version of a work with the one before it, newer on the left', () => {
    const v = [doc('law-2024', { workId: 'law' }), doc('law-2018', { workId: 'law' }), doc('law-2010', { workId: 'law' })];
    const work = { id: 'law', title: 'law', current: 'law-2024', versions: v.map((d) => ({ documentId: d.id, versionDate: null, status: 'unknown' as const })) };
    const got = comparePairs(v, [work]);
    expect(got.map((p) => `${p.local}>${p.parent}:${p.relation}`)).toEqual(['law-2024>law-2018:versions', 'law-2018>law-2010:versions']);
  });

  it('ignores a declared parent that is not in the collection', () => {
    expect(pairs.filter((p) => p.relation === 'implements').map((p) => `${p.local}>${p.parent}`).sort()).toEqual(['city-a>nation', 'city-b>nation', 'notice-c>nation']);
  });
});
