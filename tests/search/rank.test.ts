/** Ranking: phrase before scattered, all words before some, natural questions, structure. */
import { beforeAll, describe, expect, it } from 'vitest';
import { fold, foldWithMap } from '../../lib/search/fold';
import type { SearchEngine, SearchHit } from '../../lib/search/search-engine';
import { allHits, buildEngine, foldedTextOf, holdsWording, keyOf, loadCorpus, unitKeyOf } from './helpers';
import { authorityWeight, keyedWithinTier, rankScore, type RankInput } from '../../lib/search/rank';
import { assignTiers, COMMON_SHARE, FEW, requiredWords } from '../../lib/search/assign-tiers';
import { parseQuery } from '../../lib/search/parse-query';
import { appliesIn, documentsByPlace, regionNames } from '../../lib/search/region-words';
import { buildSnippet } from '../../lib/search/snippet';
import { matchSpans } from '../../lib/search/match-spans';

let engine: SearchEngine;
beforeAll(async () => {
  engine = (await buildEngine()).engine;
});

const TIER = { phrase: 0, all: 1, some: 2 } as const;
const isOrdered = (hits: SearchHit[]) => hits.every((h, i) => i === 0 || (TIER[hits[i - 1].match] <= TIER[h.match] && hits[i - 1].score >= h.score));

/** The provision that holds the clause starting with this text. */
function unitKey(documentId: string, startsWith: string): string {
  const c = loadCorpus().clauses.find((x) => x.documentId === documentId && x.text.startsWith(startsWith));
  if (!c) throw new Error(`no clause of ${documentId} starts with ${startsWith}`);
  return unitKeyOf(documentId, c.id);
}

describe('tiers', () => {
  it.each(['信访工作责任', '维护社会稳定责任制', '综治维稳领导责任制'])('%s: exact phrase matches come before scattered ones', async (q) => {
    const hits = await allHits(engine, q);
    expect(hits.some((h) => h.match === 'phrase')).toBe(true);
    expect(hits.some((h) => h.match !== 'phrase')).toBe(true);
    expect(isOrdered(hits)).toBe(true);
  });

  it.each(['约谈 整改', '考核 奖惩', '信访 责任追究', '一票否决 警示 整改'])('%s: clauses with every word come first', async (q) => {
    const result = await engine.search(q, { limit: 100_000 });
    const hits = result.hits;
    expect(result.counts.all + result.counts.phrase).toBeGreaterThan(0);
    expect(result.counts.some).toBeGreaterThan(0);
    expect(isOrdered(hits)).toBe(true);
    const complete = hits.filter((h) => h.match !== 'some');
    for (const h of complete) expect(result.words.every((w) => holdsWording(foldedTextOf(h), w))).toBe(true);
    for (const h of hits.filter((x) => x.match === 'some')) expect(result.words.every((w) => holdsWording(foldedTextOf(h), w))).toBe(false);
  });

  it('约谈 整改: the first hits are the provisions on 约谈 that order 整改', async () => {
    const top = (await allHits(engine, '约谈 整改')).slice(0, 3);
    for (const h of top) {
      expect(h.kind).toBe('article');
      expect(textOf(h)).toMatch(/约谈[^。]*整改|整改[^。]*约谈/);
    }
  });
});

describe('natural questions', () => {
  it('重大情报信息多长时间内上报 puts the one-hour reporting rule in the top 3', async () => {
    const target = unitKey('x-weiwen-zerenzhi-xize', '（4）重大情报信息必须在事件发生后1小时内上报');
    const top = (await allHits(engine, '重大情报信息多长时间内上报')).slice(0, 3).map(keyOf);
    expect(top).toContain(target);
  });

  it('question words are dropped, the content words kept', async () => {
    const r = await engine.search('哪些情形实行一票否决');
    expect(r.words).toContain('一票否决');
    expect(r.words).not.toContain('哪些');
    expect(r.hits.length).toBeGreaterThan(0);
    expect(foldedTextOf(r.hits[0])).toContain('一票否决');
  });

  it.each(['有哪些情形的不予受理', '哪些情形应当制止'])('%s: the provisions that open a list of 情形 come first within their tier', async (q) => {
    const every = (await engine.search(q, { limit: 100_000 })).hits;
    // Tiers stay apart: a list in the some tier does not rise above any hit of the all tier.
    expect(isOrdered(every)).toBe(true);
    const hits = every.filter((h) => h.match === 'all');
    const opens = hits.map((h) => /(下列|以下)情形/.test(foldedTextOf(h)));
    const first = opens.indexOf(false);
    expect(first).toBeGreaterThan(0);
    expect(opens.slice(first)).not.toContain(true);
  });
});

describe("a question's common words only add to the score", () => {
  // Four words over 1,000 provisions: 缓刑 in 5, 条件 in 3, 适用 and 是指 in far more than 2%.
  const units = 1000;
  const lists = [[1, 2, 3, 4, 5], [1, 2, 3], Array.from({ length: 300 }, (_, i) => i + 3), Array.from({ length: 50 }, (_, i) => i + 100)];
  const sets = lists.map((l) => new Set(l));
  it('a question typed as one string requires its rare words; one the user split requires all', () => {
    expect(requiredWords(parseQuery('缓刑条件适用是指'), lists, units)).toEqual([1, 0]);
    expect(requiredWords(parseQuery('缓刑 条件 适用 是指'), lists, units)).toEqual([1, 0, 3, 2]);
    // All common: the rarest still admits.
    expect(requiredWords(parseQuery('适用是指'), [lists[2], lists[3]], units)).toEqual([1]);
    expect(COMMON_SHARE * units).toBeLessThan(50);
  });
  it('the all tier is every provision holding the required words', () => {
    const q = parseQuery('缓刑条件适用是指');
    const tiers = assignTiers(q, ['缓刑', '条件', '适用', '是指'], [], lists, sets, requiredWords(q, lists, units));
    expect(tiers.all).toEqual([1, 2, 3]);
    expect(tiers.some).toEqual([]);
  });
  it('fewer than FEW such provisions, and those holding some of the required words follow them; the common words admit none', () => {
    const few = [[1, 2, 3, 4, 5], [1, 2], lists[2], lists[3]];
    const q = parseQuery('缓刑条件适用是指');
    const tiers = assignTiers(q, ['缓刑', '条件', '适用', '是指'], [], few, few.map((l) => new Set(l)), requiredWords(q, few, units));
    expect(tiers.all.length).toBeLessThan(FEW);
    expect(tiers).toMatchObject({ all: [1, 2], some: [3, 4, 5] });
  });
  it('counts towards FEW only what the filters let through, and never adds partial matches after a phrase match', () => {
    const q = parseQuery('缓刑条件适用是指');
    const words = ['缓刑', '条件', '适用', '是指'];
    // Three provisions hold every required word, but the filters hide two of them (superseded versions, another document).
    expect(assignTiers(q, words, [], lists, sets, requiredWords(q, lists, units), (u) => u === 1).some).toEqual([4, 5]);
    expect(assignTiers(q, words, [7], lists, sets, requiredWords(q, lists, units), (u) => u === 1).some).toEqual([]);
  });
  it('where the required words hold nothing (a word no provision has), every word admits', () => {
    const none = [[], Array.from({ length: 300 }, (_, i) => i)];
    const q = parseQuery('生孩子可以');
    const tiers = assignTiers(q, ['生孩子', '可以'], [], none, none.map((l) => new Set(l)), requiredWords(q, none, units));
    expect(tiers.all).toEqual([]);
    expect(tiers.some).toEqual(none[1]);
  });
});

describe('force: a law before the regulations and interpretations that repeat it', () => {
  it.each([
    ['law', 'central', 'administrative-regulation', 'central'],
    ['administrative-regulation', 'central', 'judicial-interpretation', 'central'],
    ['judicial-interpretation', 'central', 'departmental-rule', 'central'],
    ['departmental-rule', 'central', 'local-regulation', 'provincial'],
    ['local-regulation', 'provincial', 'local-regulation', 'prefecture'],
    ['local-regulation', 'prefecture', 'local-regulation', 'county'],
  ])('%s (%s) outweighs %s (%s)', (r1, l1, r2, l2) => expect(authorityWeight(r1, l1)).toBeGreaterThan(authorityWeight(r2, l2)));

  it('of two provisions alike in every other way, the weightier ranks first, within its tier', () => {
    const base: RankInput = { match: 'all', tfs: [2, 1], dfs: [10, 40], hintTfs: [], hintDfs: [], unitCount: 10_000, length: 80, avgLength: 100, kind: '', proximity: 0.5 };
    const law = rankScore({ ...base, authority: authorityWeight('law', 'central') });
    const city = rankScore({ ...base, authority: authorityWeight('local-regulation', 'prefecture') });
    expect(law).toBeGreaterThan(city);
    expect(Math.floor(city)).toBe(2);
  });
});

describe('a place named in the query', () => {
  it.each([
    ['浙江省杭州市', ['浙江省', '浙江', '杭州市', '杭州']],
    ['北京市', ['北京市', '北京']],
    ['重庆市彭水苗族土家族自治县', ['重庆市', '重庆', '彭水苗族土家族自治县', '彭水苗族土家族']],
    ['全国', []],
  ])('%s answers to %j', (region, names) => expect(regionNames(region)).toEqual(names));

  it("is held by every provision of that place's regulations, though their text never names it", async () => {
    const r = await engine.search('北京市 信访人 复查', { limit: 100 });
    const beijing = r.hits.filter((h) => h.match === 'all' && h.documentId === 'bei-jing-shi-xin-fang-tiao-li-2006-09-15');
    expect(beijing.length).toBeGreaterThan(0);
    expect(beijing.some((h) => !foldedTextOf(h).includes('北京'))).toBe(true);
    // Only Beijing's: a provision elsewhere holds all three words only if its text names 北京.
    for (const h of r.hits.filter((x) => x.match === 'all' && x.documentId !== 'bei-jing-shi-xin-fang-tiao-li-2006-09-15' && !x.documentId.startsWith('bei-jing'))) expect(foldedTextOf(h)).toContain('北京');
  });
});

describe('rules that apply in the place named come first', () => {
  const regions = ['河南省郑州市', '河南省', '全国', null, '北京市', '河南省洛阳市', '山东省', '山东省菏泽市', '中央'];
  const places = documentsByPlace({ documentCount: regions.length, regionOf: (d) => regions[d] });
  const applying = (named: string[]) => regions.filter((_, d) => appliesIn(named, places, (x) => regions[x])(d));
  it.each([
    [['郑州'], ['河南省郑州市', '河南省', '全国', null, '中央']],
    // A province named beside its own city: the city.
    [['河南', '郑州'], ['河南省郑州市', '河南省', '全国', null, '中央']],
    [['山东'], ['全国', null, '山东省', '山东省菏泽市', '中央']],
    [['河南省'], ['河南省郑州市', '河南省', '全国', null, '河南省洛阳市', '中央']],
    // Two places named to compare them: the rules of either.
    [['北京', '洛阳'], ['河南省', '全国', null, '北京市', '河南省洛阳市', '中央']],
  ])('%j: %j', (named, expected) => expect(applying(named)).toEqual(expected));

  it('within a tier, by each key in turn, then by score', () => {
    const order = [
      keyedWithinTier('some', 1.1, [true, false]),
      keyedWithinTier('some', 1.9, [false, true]),
      keyedWithinTier('some', 1.95, [false, false]),
      keyedWithinTier('some', 1.2, [false, false]),
    ];
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    for (const s of order) expect(Math.floor(s)).toBe(1);
    expect(keyedWithinTier('all', 2.4, [])).toBe(2.4);
  });

  it('in the search: no provision of a rule for elsewhere ranks above one that applies in the place named, tier by tier', async () => {
    const regionOf = new Map(loadCorpus().documents.map((d) => [d.id, d.region]));
    const r = await engine.search('山东 信访 复查', { limit: 1000 });
    const elsewhere = (h: SearchHit) => !(regionOf.get(h.documentId) ?? '全国').match(/^(全国|山东)/);
    expect(r.hits.some(elsewhere)).toBe(true);
    for (const tier of ['all', 'some'] as const) {
      const hits = r.hits.filter((h) => h.match === tier);
      const firstElsewhere = hits.findIndex(elsewhere);
      if (firstElsewhere >= 0) expect(hits.slice(firstElsewhere).some((h) => !elsewhere(h))).toBe(false);
    }
    expect(isOrdered(r.hits)).toBe(true);
  });
});

describe('structure', () => {
  it('article-level text ranks above the title lines that repeat the query', async () => {
    const hits = (await allHits(engine, '维护社会稳定责任制')).filter((h) => h.match === 'phrase');
    const firstTitle = hits.findIndex((h) => h.kind === 'title');
    expect(firstTitle).toBeGreaterThan(0);
    expect(hits.slice(0, firstTitle).some((h) => ['article', 'item', 'subitem', 'paragraph'].includes(h.kind))).toBe(true);
  });

  it('a hit links to the smallest clause that holds its matches', async () => {
    const [h] = (await engine.search('重大情报信息必须在事件发生后1小时内上报', { limit: 1 })).hits;
    expect(h.label).toBe('三、（二）1.（4）');
    expect(textOf(h)).toContain('1小时内上报');
    // An outline's name holds its headings; a 第N条's path gives the chapter its name leaves out.
    expect(h.path).toEqual([]);
    const [item] = (await engine.search('本地区本系统本单位发生特别重大刑事案件', { limit: 1 })).hits;
    expect([item.label, item.path]).toEqual(['第二十条第（三）项', ['第五章']]);
  });
});

describe('hits carry what the UI shows', () => {
  it('label, path, document title and a snippet whose marks are matches', async () => {
    const [h] = (await engine.search('挂牌督办', { limit: 1 })).hits;
    expect(h.label).not.toBe('');
    expect(h.documentTitle.length).toBeGreaterThan(0);
    for (const [a, b] of h.snippet.highlights) expect(fold(h.snippet.text.slice(a, b))).toBe('挂牌督办');
  });

  it('marks in a traditional-character query land on the simplified text', async () => {
    const [h] = (await engine.search('掛牌督辦', { limit: 1 })).hits;
    expect(h.snippet.highlights.length).toBeGreaterThan(0);
    for (const [a, b] of h.snippet.highlights) expect(h.snippet.text.slice(a, b)).toBe('挂牌督办');
  });
});

/** The text of the clause a hit links to. */
function textOf(h: SearchHit): string {
  return loadCorpus().clauses.find((c) => c.documentId === h.documentId && c.id === h.clauseId)!.text;
}

describe('snippet', () => {
  it('shows the window where different words of the query meet, before one where a single word repeats', () => {
    const filler = '本条规定的其他事项按照有关规定办理。'.repeat(6);
    const text = `承担、承担、承担、承担、承担。${filler}主要负责人应当承担责任。`;
    const map = foldWithMap(text);
    const spans = matchSpans(map.text, ['承担', '主要负责人']);
    const s = buildSnippet(text, map, spans, 40);
    expect(s.text).toContain('主要负责人应当承担');
  });
});
