import { describe, expect, it } from 'vitest';
import { chain, pairLinks, type AlignFn } from '../../lib/compare/pair-links';
import type { ComparePair } from '../../lib/compare/compare-pairs';
import { link } from './synthetic';

const name = (g: string) => `《${g.split('#')[0]}》${g.split('#')[1]}`;
const noAlign: AlignFn = () => [];

describe('pairLinks', () => {
  const corpusLinks = [link('a#1', 'n#2', 0.9), link('a#2', 'n#3', 0.5), link('b#7', 'n#2', 0.6), link('b#8', 'n#9', 0.6), link('a#5', 'b#5', 0.7, 'similar')];
  const pair = (local: string, parent: string, relation: ComparePair['relation'], via: string[] = []): ComparePair => ({ local, parent, relation, via });

  it('uses the corpus links to a declared parent, and turns them round for the reverse page', () => {
    expect(pairLinks(pair('a', 'n', 'implements'), { links: corpusLinks, align: noAlign, nameClause: name }).map((l) => `${l.from}>${l.to}`)).toEqual(['a#1>n#2', 'a#2>n#3']);
    expect(pairLinks(pair('n', 'a', 'implemented-by'), { links: corpusLinks, align: noAlign, nameClause: name }).map((l) => `${l.from}>${l.to}`)).toEqual(['n#2>a#1', 'n#3>a#2']);
  });

  it('chains two texts through the parent clause they both implement', () => {
    const links = pairLinks(pair('a', 'b', 'siblings', ['n']), { links: corpusLinks, align: noAlign, nameClause: name });
    expect(links).toEqual([{ from: 'a#1', to: 'b#7', kind: 'similar', score: 0.6, evidence: { sharedTerms: [], hints: ['同对应《n》2'] } }]);
  });

  it('asks the aligner when the corpus has no links to a declared parent', () => {
    const align: AlignFn = (l, r, kind) => [link(`${l}#x`, `${r}#y`, 0.4, kind)];
    expect(pairLinks(pair('c', 'n', 'implements'), { links: corpusLinks, align, nameClause: name })).toEqual([link('c#x', 'n#y', 0.4, 'implements')]);
  });

  it('aligns unrelated texts by similarity and keeps the corpus’s similar links between them', () => {
    const align: AlignFn = (l, r, kind) => [link(`${l}#1`, `${r}#1`, 0.5, kind)];
    const links = pairLinks(pair('b', 'a', 'similar'), { links: corpusLinks, align, nameClause: name });
    expect(links.map((l) => `${l.from}>${l.to}:${l.kind}`)).toEqual(['b#1>a#1:similar', 'b#5>a#5:similar']);
  });
});

describe('chain', () => {
  it('keeps only the terms both links share and the weaker score', () => {
    const a = { ...link('a#1', 'n#2', 0.9), evidence: { sharedTerms: ['综治', '维稳', '责任'], hints: [] } };
    const b = { ...link('b#3', 'n#2', 0.7), evidence: { sharedTerms: ['责任', '综治'], hints: [] } };
    const [c] = chain([a], [b], name);
    expect(c.score).toBe(0.7);
    expect(c.evidence.sharedTerms).toEqual(['综治', '责任']);
  });
});
