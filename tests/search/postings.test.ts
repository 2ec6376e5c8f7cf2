/** Posting lists: encoding round-trips, and phrase matching from positions equals a substring scan. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGramPostings, GramShard } from '../../lib/search/gram-index';
import { buildEngine, keyOf } from './helpers';
import { decodeIds, decodeNumbers, decodePositional, encodeIds, encodeNumbers, encodePositional, phraseClauses } from '../../lib/search/postings';

describe('postings', () => {
  it('numbers round-trip', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 2 ** 40 })), (xs) => {
        expect(decodeNumbers(encodeNumbers(xs))).toEqual(xs);
      }),
    );
  });

  it('id and positional lists round-trip', () => {
    expect(decodeIds(encodeIds([0, 3, 4, 1000]))).toEqual([0, 3, 4, 1000]);
    expect([...decodePositional(encodePositional([2, 0, 2, 7, 9, 3]))]).toEqual([
      [2, [0, 7]],
      [9, [3]],
    ]);
  });

  it('a phrase matches exactly the texts containing it', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[ab甲乙]{0,12}$/), { minLength: 1, maxLength: 8 }), fc.stringMatching(/^[ab甲乙]{2,5}$/), (texts, term) => {
        const { bi } = buildGramPostings(texts);
        const shard = new GramShard({ g: Object.fromEntries(bi) });
        const lists = Array.from({ length: term.length - 1 }, (_, k) => shard.positions(term.slice(k, k + 2)));
        const want = texts.map((t, i) => (t.includes(term) ? i : -1)).filter((i) => i >= 0);
        expect(lists.length === 1 ? [...lists[0].keys()] : phraseClauses(lists)).toEqual(want);
      }),
    );
  });
});

describe('the index as the build shards it by default', () => {
  it('answers every query as one gram shard and one text shard do', async () => {
    const auto = await buildEngine();
    const single = await buildEngine({ gramShards: 1, clausesPerTextShard: 1_000_000 });
    expect(auto.built.manifest.grams.shardCount).toBeGreaterThan(1);
    for (const q of ['约谈', '一票否决', '的', '約談 整改', '重大情报信息多长时间内上报', '（四）', '维护社会稳定责任制', '量子计算机']) {
      const a = await single.engine.search(q, { limit: 100_000 });
      const b = await auto.engine.search(q, { limit: 100_000 });
      expect(b.hits.map((h) => [keyOf(h), h.score, h.match, h.snippet])).toEqual(a.hits.map((h) => [keyOf(h), h.score, h.match, h.snippet]));
      expect(b.total).toBe(a.total);
    }
  });
});
