/** Query sets for the search benchmark: read with file and line, scored on what the results page shows first. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuerySet, rankOf, summarize, type QueryOutcome } from '../../lib/bench/query-set';

describe('parseQuerySet', () => {
  it('reads the committed sets', () => {
    for (const f of ['bench/queries/national-dev.yaml', 'bench/queries/national-heldout.yaml']) {
      const { entries, problems } = parseQuerySet(f, readFileSync(f, 'utf8'));
      expect(problems).toEqual([]);
      expect(entries.length).toBeGreaterThanOrEqual(40);
    }
  });

  it('names the file and line of an entry that is not one', () => {
    const { entries, problems } = parseQuerySet('q.yaml', '- q: 约谈\n  kind: question\n  want: []\n- q: 整改\n  kind: guess\n  want: [{ doc: a, article: 第一条 }]\n');
    expect(entries).toEqual([]);
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['q.yaml', 3],
      ['q.yaml', 5],
    ]);
  });
});

describe('rankOf', () => {
  const wanted = new Set(['d#art-17']);
  it.each([
    [['d#art-17', 'x#art-1'], 1],
    // A paragraph of the wanted article is the article; art-170 is not.
    [['x#art-1', 'd#art-17-para-2'], 2],
    [['d#art-170', 'x#art-1', 'y#art-2'], null],
    // Only the first three count.
    [['a#1', 'b#1', 'c#1', 'd#art-17'], null],
  ])('%j → %s', (shown, rank) => expect(rankOf(shown, wanted)).toBe(rank));
});

describe('summarize', () => {
  it('counts first place, the top three and answers reached through the suggestion apart', () => {
    const o = (kind: 'typo' | 'question', rank: number | null, via: string | null): QueryOutcome => ({ entry: { q: 'x', kind, want: [{ doc: 'd', article: '第一条' }] }, rank, viaSuggestion: via, shown: [] });
    expect(summarize([o('typo', 1, null), o('typo', 2, '约谈'), o('typo', null, null), o('question', 3, null)])).toEqual([
      { kind: 'question', count: 1, top1: 0, top3: 1, viaSuggestion: 0 },
      { kind: 'typo', count: 3, top1: 1, top3: 1, viaSuggestion: 1 },
    ]);
  });
});
