/**
 * Recall and precision: for every query, the phrase matches are exactly the
 * clauses a plain substring scan over the folded corrected texts finds, and
 * every scattered match really holds what its tier says.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from '../../lib/search/fold';
import { parseQuery } from '../../lib/search/parse-query';
import type { SearchEngine } from '../../lib/search/search-engine';
import { allHits, buildEngine, keyOf, loadCorpus, scan, sorted } from './helpers';

const QUERIES = [
  // single characters
  '的', '访', '稳', 'x', '1', '；',
  // two-character words
  '约谈', '信访', '维稳', '问责', '诫勉', '督办',
  // phrases
  '一票否决', '风险评估', '社会治安综合治理', '重大情报信息', '挂牌督办', '枫桥经验', '第二十四条', '领导责任制',
  // traditional characters
  '一票否決', '社會穩定', '綜合治理', '責任追究', '維護社會穩定', '資訊',
  // full-width and ASCII punctuation, full-width digits and letters
  '（四）', '(四)', '情报信息,', '(单位)', '“枫桥经验”', '"枫桥经验"', '１小时', 'Ｘ市', '《信访条例》', '<信访条例>',
  // several words, and white space of all kinds
  '约谈 整改', '一票否决 警示', '信访 责任追究', '风险 评估', '  约谈  ', '一票 否决', '综治\u3000维稳', '第一章 总则', '约谈 约谈', '社会\t稳定\n风险',
  // nothing to find
  '量子计算机', '区块链', 'zzzz', '血流成河',
];

let engine: SearchEngine;
beforeAll(async () => {
  engine = (await buildEngine()).engine;
});

describe('phrase matches equal a substring scan', () => {
  it('has a long enough query list', () => expect(QUERIES.length).toBeGreaterThanOrEqual(30));

  it.each(QUERIES)('%s', async (query) => {
    const hits = await allHits(engine, query);
    expect(sorted(hits.filter((h) => h.match === 'phrase'))).toEqual(scan([query]));
    // No hit twice.
    expect(new Set(hits.map(keyOf)).size).toBe(hits.length);
  });

  it.each(QUERIES.filter((q) => parseQuery(q).explicit))('%s: phrase and all-words matches equal a scan for every term', async (query) => {
    const hits = await allHits(engine, query);
    const terms = parseQuery(query).terms;
    expect(sorted(hits.filter((h) => h.match !== 'some'))).toEqual(scan(terms));
  });
});

describe('no false hits', () => {
  it.each(QUERIES)('%s: every hit holds what its tier claims', async (query) => {
    const result = await engine.search(query, { limit: 100_000 });
    const text = new Map(loadCorpus().clauses.map((c) => [keyOf({ documentId: c.documentId, clauseId: c.id }), fold(c.text)]));
    for (const h of result.hits) {
      const t = text.get(keyOf(h))!;
      if (h.match === 'phrase') expect(t).toContain(result.phrase);
      if (h.match === 'all') for (const w of result.words) expect(t).toContain(w);
      if (h.match === 'some') expect(result.words.some((w) => t.includes(w))).toBe(true);
    }
  });
});

describe('corrected text is what is searched', () => {
  it('信访 finds the 信访 rule, whose source printed 血流成河 in its place', async () => {
    const corpus = loadCorpus();
    const damaged = corpus.clauses.filter((c) => c.sourceText.includes('血流成河') && fold(c.text).includes('信访'));
    expect(damaged.length).toBeGreaterThan(0);
    const found = new Set((await allHits(engine, '信访')).map(keyOf));
    for (const c of damaged) expect(found.has(keyOf({ documentId: c.documentId, clauseId: c.id }))).toBe(true);
    expect(damaged.every((c) => c.documentId === 'xinfang-zerenzhi-xize')).toBe(true);
  });

  it('the source misprint itself finds nothing', async () => {
    expect((await engine.search('血流成河')).total).toBe(0);
  });
});

describe('any piece of any clause finds that clause', () => {
  it('random substrings of random clauses (property)', async () => {
    const clauses = loadCorpus().clauses.filter((c) => fold(c.text).length > 0);
    await fc.assert(
      fc.asyncProperty(fc.nat(clauses.length - 1), fc.nat(), fc.integer({ min: 1, max: 24 }), async (k, at, len) => {
        const c = clauses[k];
        const start = at % c.text.length;
        const piece = c.text.slice(start, start + len);
        fc.pre(fold(piece).length > 0);
        const hits = await allHits(engine, piece);
        const phrase = new Set(hits.filter((h) => h.match === 'phrase').map(keyOf));
        expect(phrase.has(keyOf({ documentId: c.documentId, clauseId: c.id }))).toBe(true);
        expect([...phrase].sort()).toEqual(scan([piece]));
      }),
      { numRuns: 300 },
    );
  });
});

describe('a sharded index answers as the single shard does', () => {
  it('7 gram shards, 50-clause text shards, 100-clause metadata shards and 3-document shards give the same results', async () => {
    const sharded = await buildEngine({ gramShards: 7, clausesPerTextShard: 50, clausesPerMetaShard: 100, documentsPerShard: 3 });
    expect([...sharded.built.shards.keys()].filter((k) => /^t\d/.test(k)).length).toBeGreaterThan(1);
    for (const q of ['一票否决', '的', '約談 整改', '重大情报信息多长时间内上报', '（四）', '风险']) {
      const a = await engine.search(q, { limit: 100_000 });
      const b = await sharded.engine.search(q, { limit: 100_000 });
      expect(b.hits.map((h) => [keyOf(h), h.score, h.snippet])).toEqual(a.hits.map((h) => [keyOf(h), h.score, h.snippet]));
    }
    // Only the shards a query needs are read.
    const probe = await buildEngine({ gramShards: 7, clausesPerTextShard: 50 });
    await probe.engine.search('约谈');
    expect(probe.loader.requested.filter((k) => /^[ub]\d/.test(k))).toHaveLength(1);
  });
});
