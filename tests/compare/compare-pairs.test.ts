import { describe, expect, it } from 'vitest';
import { comparePairs } from '../../lib/compare/compare-pairs';
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
  // other and city-a share rare wording; nation and city-b share only what every regulation says.
  const common = ['社会治', '治安综', '综合治'];
  const terms = new Map<string, string[]>([
    ['nation', [...common, '领导责']],
    ['city-a', [...common, '挂牌督', '一票否', '领导责']],
    ['city-b', [...common]],
    ['other', [...common, '挂牌督', '一票否']],
    ['speech', ['挂牌督', '一票否']],
  ]);
  const pairs = comparePairs(docs, terms);
  const find = (a: string, b: string) => pairs.find((p) => p.local === a && p.parent === b);

  it('pairs a document with its declared parent, both ways', () => {
    expect(find('city-a', 'nation')).toMatchObject({ relation: 'implements' });
    expect(find('nation', 'city-a')).toMatchObject({ relation: 'implemented-by' });
  });

  it('pairs documents that share a parent through it, whatever their type', () => {
    expect(find('city-a', 'city-b')).toEqual({ local: 'city-a', parent: 'city-b', relation: 'siblings', via: ['nation'] });
    expect(find('notice-c', 'city-a')).toMatchObject({ relation: 'siblings' });
    expect(find('notice-c', 'nation')).toMatchObject({ relation: 'implements' });
  });

  it('pairs regulations that share rare wording, both ways, and nothing else', () => {
    expect(find('other', 'city-a')).toMatchObject({ relation: 'similar' });
    expect(find('city-a', 'other')).toMatchObject({ relation: 'similar' });
    // Sharing only words every regulation has is no similarity; a speech gets no similarity page.
    expect(find('other', 'city-b')).toBeUndefined();
    expect(find('speech', 'other')).toBeUndefined();
    expect(find('speech', 'nation')).toBeUndefined();
    expect(find('notice-c', 'other')).toBeUndefined();
    expect(pairs.every((p) => p.local !== p.parent)).toBe(true);
  });

  it('pairs two documents the corpus links clauses between, both ways', () => {
    const linked = comparePairs(docs, terms, [['speech', 'city-b']]);
    expect(linked.find((p) => p.local === 'speech' && p.parent === 'city-b')).toMatchObject({ relation: 'similar' });
    expect(linked.find((p) => p.local === 'city-b' && p.parent === 'speech')).toMatchObject({ relation: 'similar' });
    expect(linked).toHaveLength(pairs.length + 2);
  });

  it('ignores a declared parent that is not in the collection', () => {
    expect(pairs.filter((p) => p.relation === 'implements').map((p) => `${p.local}>${p.parent}`).sort()).toEqual(['city-a>nation', 'city-b>nation', 'notice-c>nation']);
  });
});
