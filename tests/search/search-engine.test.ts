/**
 * Recall and precision: for every query, the phrase matches are exactly the
 * provisions a plain substring scan over the folded corrected texts finds, and
 * every scattered match really holds what its tier says.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from '../../lib/search/fold';
import { parseQuery } from '../../lib/search/parse-query';
import type { SearchEngine } from '../../lib/search/search-engine';
import { textShardKey } from '../../lib/search/index-format';
import { allHits, buildEngine, foldedTextOf, holdsWording, keyOf, loadCorpus, loadUnits, scan, sorted, unitKeyOf } from './helpers';

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

  it.each(QUERIES.filter((q) => parseQuery(q).explicit))('%s: phrase and all-words matches equal a scan for every term, in any of its wordings', async (query) => {
    const hits = await allHits(engine, query);
    const terms = parseQuery(query).terms;
    expect(sorted(hits.filter((h) => h.match !== 'some'))).toEqual(scan(terms, true));
  });
});

describe('no false hits', () => {
  it.each(QUERIES)('%s: every hit holds what its tier claims', async (query) => {
    const result = await engine.search(query, { limit: 100_000 });
    for (const h of result.hits) {
      const t = foldedTextOf(h);
      if (h.match === 'phrase') expect(t).toContain(result.phrase);
      // A word counts in any of its wordings (synonyms.yaml, the glossary's aliases).
      // A question's common words (assign-tiers.ts) only add to the score.
      if (h.match === 'all') for (const w of result.words.length ? result.words.filter((x) => !result.common.includes(x)) : [result.phrase]) expect(holdsWording(t, w)).toBe(true);
      if (h.match === 'some') expect(result.words.some((w) => holdsWording(t, w))).toBe(true);
    }
  });
});

describe('corrected text is what is searched', () => {
  it('信访 finds the 信访 rule, whose source printed 血流成河 in its place', async () => {
    const corpus = loadCorpus();
    // Clauses whose own text (without sub-clauses) reads 信访 where the source printed 血流成河.
    const damaged = corpus.clauses.filter((c) => c.sourceText.includes('血流成河') && fold(c.head.map((r) => r.text).join('')).includes('信访'));
    expect(damaged.length).toBeGreaterThan(0);
    const found = new Set((await allHits(engine, '信访')).map(keyOf));
    for (const c of damaged) expect(found.has(unitKeyOf(c.documentId, c.id))).toBe(true);
    expect(damaged.every((c) => c.documentId === 'xinfang-zerenzhi-xize')).toBe(true);
  });

  it('the source misprint itself finds nothing', async () => {
    expect((await engine.search('血流成河')).total).toBe(0);
  });
});

describe('any piece of any provision finds that provision', () => {
  it('random substrings of random provisions (property)', async () => {
    const units = loadUnits().filter((u) => u.folded.length > 0);
    await fc.assert(
      fc.asyncProperty(fc.nat(units.length - 1), fc.nat(), fc.integer({ min: 1, max: 24 }), async (k, at, len) => {
        const u = units[k];
        const start = at % u.folded.length;
        const piece = u.folded.slice(start, start + len);
        const hits = await allHits(engine, piece);
        const phrase = new Set(hits.filter((h) => h.match === 'phrase').map(keyOf));
        expect(phrase.has(u.key)).toBe(true);
        expect([...phrase].sort()).toEqual(scan([piece]));
      }),
      { numRuns: 300 },
    );
  });
});

describe('versions', () => {
  it('searches the versions in force unless asked for all, and counts the hits in superseded versions apart', async () => {
    // 监察法 is held in its 2018 and 2024 versions; 2018 is superseded.
    const current = await engine.search('监察机关', { limit: 100_000 });
    const all = await engine.search('监察机关', { limit: 100_000, filters: { allVersions: true } });
    expect(current.hits.some((h) => h.documentId === 'jian-cha-fa-2018-03-20')).toBe(false);
    expect(current.hits.some((h) => h.documentId === 'jian-cha-fa-2024-12-25')).toBe(true);
    const old = all.hits.filter((h) => h.documentId === 'jian-cha-fa-2018-03-20').length;
    expect(old).toBeGreaterThan(0);
    expect(current.facets.superseded).toBeGreaterThanOrEqual(old);
    expect(all.total - current.total).toBe(current.facets.superseded);
    // A search within one document searches it, superseded or not.
    const within = await engine.search('监察机关', { limit: 100_000, filters: { documentId: 'jian-cha-fa-2018-03-20' } });
    expect(within.total).toBe(old);
  });

  it('filters by field (法律部门)', async () => {
    const all = await engine.search('责任', { limit: 100_000 });
    const field = all.facets.area[0];
    expect(field).toBeDefined();
    const only = await engine.search('责任', { limit: 100_000, filters: { area: field.value } });
    expect(only.total).toBe(field.count);
    expect(only.total).toBeLessThan(all.total);
  });
});

describe('a sharded index answers as a single shard does', () => {
  it('rare keys of 3 positions, 200-character gram shards, 7-provision text shards and 3-document shards give the same results', async () => {
    const single = await buildEngine({ shardChars: 1e9, unitsPerTextShard: 1e9, documentsPerShard: 1e9 });
    const sharded = await buildEngine({ maxPositions: 3, shardChars: 200, unitsPerTextShard: 7, documentsPerShard: 3 });
    expect(sharded.built.manifest.forward.shards).toBeGreaterThan(100);
    expect(sharded.built.manifest.hot.count).toBeGreaterThan(10);
    for (const q of ['一票否决', '的', '約談 整改', '重大情报信息多长时间内上报', '（四）', '风险', '社会治安综合治理', '工作', '责任制规定']) {
      const a = await single.engine.search(q, { limit: 100_000, filters: { allVersions: true } });
      const b = await sharded.engine.search(q, { limit: 100_000, filters: { allVersions: true } });
      expect(sorted(b.hits)).toEqual(sorted(a.hits));
      expect(b.counts).toEqual(a.counts);
      expect(sorted(b.hits.filter((h) => h.match === 'phrase'))).toEqual(scan([q.replace(/\s/g, '')]));
    }
  });

  it('reads only the shards a query needs', async () => {
    const probe = await buildEngine({ maxPositions: 3, shardChars: 200 });
    const { hits } = await probe.engine.search('约谈');
    expect(hits.length).toBeGreaterThan(0);
    expect(probe.loader.requested.filter((k) => /^[fr]\d/.test(k)).length).toBeLessThanOrEqual(3);
    // Texts are read for the page shown, no more: only the shards that hold its hits.
    const unitOf = new Map(loadUnits().map((u, i) => [u.key, i]));
    const needed = new Set(hits.map((h) => textShardKey(unitOf.get(keyOf(h))!, probe.built.manifest.texts.perShard)));
    expect(new Set(probe.loader.requested.filter((k) => /^x\d/.test(k)))).toEqual(needed);
  });
});
