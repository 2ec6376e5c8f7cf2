import { describe, expect, it } from 'vitest';
import { realCorpus } from '../helpers/corpus';
import { outcome, readGold, topOneAccuracy } from './align-helpers';

const { corpus } = realCorpus();
const docOf = (globalId: string) => globalId.slice(0, globalId.indexOf('#'));

describe('links in the built corpus', () => {
  it('the city measures implement the central rule, as the gold says', () => {
    const gold = readGold('tests/refs/gold/zongzhi-weiwen-shishi-banfa.json');
    expect(topOneAccuracy(outcome({ links: corpus.links }, gold))).toBe(1);
    const city = corpus.links.filter((l) => docOf(l.from) === 'zongzhi-weiwen-shishi-banfa');
    for (const l of city) expect([l.kind, docOf(l.to)]).toEqual(['implements', 'zongzhi-zerenzhi-2016']);
  });

  it('a document whose declared parents are all missing gets only `similar` links, never to itself', () => {
    for (const id of ['x-weiwen-zerenzhi-xize', 'xinfang-zerenzhi-xize', 'dehong-weiwen-fankong-wenze']) {
      for (const l of corpus.links.filter((x) => docOf(x.from) === id)) {
        expect(l.kind).toBe('similar');
        expect(docOf(l.to)).not.toBe(id);
      }
    }
    expect(corpus.links.some((l) => l.kind === 'similar')).toBe(true);
  });

  it('documents that declare no parent link nowhere', () => {
    const linked = new Set(corpus.links.map((l) => docOf(l.from)));
    for (const d of corpus.documents.filter((x) => !x.parents.length)) expect(linked.has(d.id), d.id).toBe(false);
  });

  it('each provision’s links are ranked 1, 2, … and every endpoint exists', () => {
    const clauseIds = new Set(corpus.clauses.map((c) => `${c.documentId}#${c.id}`));
    const byFrom = new Map<string, number[]>();
    for (const l of corpus.links) {
      expect(clauseIds.has(l.from), l.from).toBe(true);
      expect(clauseIds.has(l.to), l.to).toBe(true);
      // `similar` ranks run across all other documents; `implements` ranks per parent.
      const key = l.kind === 'similar' ? l.from : `${l.from}|${docOf(l.to)}`;
      byFrom.set(key, [...(byFrom.get(key) ?? []), l.rank!]);
    }
    for (const ranks of byFrom.values()) expect([...ranks].sort()).toEqual(ranks.map((_, i) => i + 1));
  });
});
