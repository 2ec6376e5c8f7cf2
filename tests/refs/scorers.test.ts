/** The scorer's one-against-many path (inverted index) gives exactly the pairwise numbers, on the real content. */
import { describe, expect, it } from 'vitest';
import { tfidfScorer } from '../../lib/refs/scorers';
import { termBag } from '../../lib/refs/term-bag';
import { loadCorpus } from '../search/helpers';
import { segmenter } from './align-helpers';

describe('tfidfScorer.against', () => {
  it('scores every real article against all others with the same score as pair by pair', () => {
    const articles = loadCorpus().clauses.filter((c) => c.kind === 'article').slice(0, 120);
    const bags = articles.map((c) => termBag(c.text, segmenter));
    expect(bags.length).toBeGreaterThan(50);
    const scorer = tfidfScorer(bags);
    const against = scorer.against!(bags);
    let overlapping = 0;
    for (const a of bags) {
      const fast = [...against(a)];
      const pairwise = bags.map((b) => scorer.score(a, b));
      // toEqual compares numbers exactly: equal to the last bit, not merely close.
      expect(fast).toEqual(pairwise.map((p) => p.score));
      expect(bags.map((b) => scorer.shared(a, b))).toEqual(pairwise.map((p) => p.shared));
      overlapping += pairwise.filter((p) => p.shared.length > 0).length;
    }
    expect(overlapping).toBeGreaterThan(bags.length);
  });

  it('a bag sharing no term with the targets scores 0 against each, with no evidence', () => {
    const bags = [termBag('信访工作责任追究', segmenter), termBag('社会治安综合治理', segmenter)];
    const scorer = tfidfScorer(bags);
    expect([...scorer.against!([bags[1]])(bags[0])]).toEqual([0]);
    expect(scorer.score(bags[0], bags[1])).toEqual({ score: 0, shared: [] });
  });
});
