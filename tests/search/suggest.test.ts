/** Typo suggestions: a word no text holds, read as the like-sounding word texts do hold. */
import { beforeAll, describe, expect, it } from 'vitest';
import { soundCloseness, splitSyllable, suspectCharacters, typoCandidates, typoSpots } from '../../lib/search/suggest';
import { STOP_WORDS } from '../../lib/search/stop-words';
import type { SearchEngine } from '../../lib/search/search-engine';
import { buildEngine } from './helpers';
import { READINGS_KEY, soundBucketOf, soundShardKey, type ReadingsShard, type VocabShard } from '../../lib/search/index-format';

describe('sounds', () => {
  it.each([
    ['zhuang', ['zh', 'uang']],
    ['an', ['', 'an']],
    ['tan', ['t', 'an']],
    ['yue', ['y', 'ue']],
  ])('%s → %j', (s, parts) => expect(splitSyllable(s)).toEqual(parts));

  it.each([
    ['gai', 'gai', 3],
    ['dan', 'tan', 2],
    ['ding', 'dan', 1],
    ['shu', 'dan', 0],
    [undefined, 'dan', 0],
  ])('%s ~ %s = %i', (a, b, n) => expect(soundCloseness(a, b)).toBe(n));
});

describe('typoCandidates', () => {
  const reading: Record<string, string> = { 淡: 'dan', 谈: 'tan', 定: 'ding', 束: 'shu', 绝: 'jue', 决: 'jue', 改: 'gai', 该: 'gai' };
  const r = (ch: string) => reading[ch];

  it('ranks words differing in one later character by how alike the two sound', () => {
    expect(typoCandidates('约淡', ['约谈', '约定', '约束', '相约', '约谈会'], r)).toEqual([
      { word: '约谈', closeness: 2 },
      { word: '约定', closeness: 1 },
    ]);
    expect(typoCandidates('一票否绝', ['一票否决'], r)).toEqual([{ word: '一票否决', closeness: 3 }]);
  });

  it('offers nothing for two changed characters or unlike sounds', () => {
    expect(typoCandidates('约淡', ['要谈', '约束'], r)).toEqual([]);
    expect(typoCandidates('整该改', ['整改该'], r)).toEqual([]);
  });

  it('offers a word whose first character was typed wrong only where the two read the same', () => {
    const sounds: Record<string, string> = { 燥: 'zao', 噪: 'zao', 扫: 'sao', 早: 'zao' };
    const s = (ch: string) => sounds[ch];
    expect(typoCandidates('燥声', ['噪声', '扫声', '早晨', '燥热'], s, 'first')).toEqual([{ word: '噪声', closeness: 3 }]);
    // Words the typed first character begins are asked for a later character only.
    expect(typoCandidates('燥声', ['噪声'], s)).toEqual([]);
  });

});

describe('typoSpots: where in a longer query a typo sits', () => {
  const reading: Record<string, string> = { 型: 'xing', 刑: 'xing', 利: 'li', 力: 'li', 日: 'ri', 注: 'zhu', 住: 'zhu', 什: 'shen', 本: 'ben' };
  const r = (ch: string) => reading[ch];
  const vocabulary = ['缓刑', '型的', '适用', '条件', '不可', '不可抗力', '抗日', '是指', '情况', '居住权', '合同', '是指本么'];
  const known = (w: string) => vocabulary.includes(w);
  const spots = (term: string) => typoSpots(term, vocabulary, known, r, STOP_WORDS).map((s) => [term.slice(s.at, s.at + s.length), s.words[0], s.closeness]);
  it.each([
    // Across the segmenter's words: 缓型的 is cut 缓 / 型的.
    ['缓型的适用条件', ['缓型', '缓刑', 3]],
    // The longer word that sounds the same before the shorter that only rhymes.
    ['不可抗利是指什么情况', ['不可抗利', '不可抗力', 3]],
    ['居注权合同', ['居注权', '居住权', 3]],
  ])('%s: first %j', (term, first) => expect(spots(term)[0]).toEqual(first));

  it('looks only where the segmentation shows a mark: a query cut into known words holds no typo', () => {
    const words = ['竞业禁止', '最长', '可以', '约定', '几年', '止水长', '型的', '适用', '不可'];
    const isKnown = (w: string) => words.includes(w) || STOP_WORDS.has(w);
    const cut = ['竞业禁止', '最长', '可以', '约定', '几年'];
    const suspect = suspectCharacters(cut, isKnown, STOP_WORDS);
    expect(suspect.every((x) => !x)).toBe(true);
    expect(typoSpots(cut.join(''), words, isKnown, () => 'zhi', STOP_WORDS, suspect)).toEqual([]);
    // Single characters and an unknown run are where a typo may sit; question words are not.
    expect(suspectCharacters(['缓', '型的', '适用'], isKnown, STOP_WORDS)).toEqual([true, false, false, false, false]);
    expect(suspectCharacters(['不可', '抗利', '什么'], isKnown, STOP_WORDS)).toEqual([false, false, true, true, false, false]);
  });

  it("never takes in the question's own words", () => {
    expect(spots('不可抗利是指什么情况').some(([s]) => (s as string).includes('什么'))).toBe(false);
  });
});

describe('in the search engine', () => {
  let engine: SearchEngine;
  let built: Awaited<ReturnType<typeof buildEngine>>;
  beforeAll(async () => {
    built = await buildEngine();
    engine = built.engine;
  });

  it('files every word that begins with a Chinese character under the sound of that character and its second character too', () => {
    const m = built.built.manifest;
    const py = built.built.shards.get(READINGS_KEY) as ReadingsShard;
    const reading = new Map(Object.entries(py).flatMap(([r, chars]) => [...chars].map((ch) => [ch, r] as const)));
    const words = [...built.built.shards].filter(([k]) => /^v\d+$/.test(k)).flatMap(([, v]) => (v as VocabShard).words);
    expect(words.length).toBe(m.vocab.size);
    for (const w of words.filter((x) => reading.has(x[0]))) expect((built.built.shards.get(soundShardKey(soundBucketOf(reading.get(w[0])!, w[1], m.vocab.soundBuckets))) as VocabShard).words, w).toContain(w);
  });

  it('reads the sound shards only for a typo', async () => {
    const sound = () => built.loader.requested.filter((k) => /^s\d+$/.test(k));
    const before = sound().length;
    await engine.search('约谈', { exact: true });
    expect(sound().length).toBe(before);
    await engine.search('越谈', { exact: true });
    expect(sound().length).toBeGreaterThan(before);
    // Each is a request: a long run of characters no word holds reads a bounded number.
    const at = sound().length;
    await engine.search('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥', { exact: true });
    expect(sound().length - at).toBeLessThanOrEqual(8);
  });

  it.each([
    ['约淡', '约谈'],
    ['一票否绝', '一票否决'],
    // The first character typed wrong: no word the query's characters begin is like it.
    ['越谈', '约谈'],
    ['约谈 整该', '约谈 整改'],
    ['挂牌督半', '挂牌督办'],
    // Inside a question that finds plenty scattered, and where the typo straddles two words.
    ['哪些情形要挂牌督半', '哪些情形要挂牌督办'],
  ])('%s → 您是不是要找 %s', async (query, suggestion) => expect((await engine.search(query, { exact: true })).suggestion).toBe(suggestion));

  it('suggests nothing when the query finds enough, or when nothing sounds like it', async () => {
    expect((await engine.search('约谈')).suggestion).toBeNull();
    expect((await engine.search('夸克胶子')).suggestion).toBeNull();
  });

  it.each([
    ['约淡', '约谈'],
    ['一票否绝', '一票否决'],
    ['越谈', '约谈'],
    ['约谈 整该', '约谈 整改'],
    // A question: no provision holds its words together as typed, some hold the reading's.
    ['哪些情形要挂牌督半', '哪些情形要挂牌督办'],
  ])('where nothing holds %s as typed, the results are those of %s, and the query as typed is one option away', async (typed, reading) => {
    const ranked: number[] = [];
    const corrected = await engine.search(typed, { onRanked: ({ total }) => ranked.push(total) });
    expect(corrected.correctedFrom).toBe(typed);
    expect(corrected.query).toBe(reading);
    expect(corrected.suggestion).toBeNull();
    // Ranked once, for the results shown: the query as typed was set aside before its page was read.
    expect(ranked).toEqual([corrected.total]);
    expect(corrected.counts.phrase + corrected.counts.all).toBeGreaterThan(0);
    expect(corrected.hits.map((h) => h.unitId)).toEqual((await engine.search(reading)).hits.map((h) => h.unitId));
    const asTyped = await engine.search(typed, { exact: true });
    expect(asTyped.correctedFrom).toBeNull();
    expect(asTyped.query).toBe(typed);
    expect(asTyped.suggestion).toBe(reading);
  });

  it('keeps the query as typed where a provision holds it, where nothing reads as a typo, or where the reading leaves stray characters', async () => {
    for (const q of ['约谈', '夸克胶子', '约谈 整改', '血流成河']) expect((await engine.search(q)).correctedFrom, q).toBeNull();
    // 血 / 流程 / 河: the reading stays an offer.
    expect((await engine.search('血流成河')).suggestion).toBe('血流程河');
  });

  it('corrects a question whose words are held together only because the slip cut a word apart', async () => {
    // 侠区的治安 is cut 侠 / 区的 / 治安: provisions hold 区的 and 治安 together, none holds 侠区.
    const r = await engine.search('侠区的治安');
    expect(r.correctedFrom).toBe('侠区的治安');
    expect(r.query).toBe('辖区的治安');
    expect(r.counts.all).toBeGreaterThan(0);
  });

  it('tells words of one sound apart by the characters typed around them, then by the first character typed', async () => {
    // 复核, 复合 and 符合 all read fuhe; 符合 is the commonest, but 申请复核 is what texts say.
    expect((await engine.search('申请复合')).query).toBe('申请复核');
    expect((await engine.search('复合')).query).toBe('复核');
  });

  it('leaves a question typed right as it is, though a lone character in it sounds like part of a word', async () => {
    for (const q of ['辖区的治安', '约谈整改的期限', '个人的责任']) expect((await engine.search(q)).correctedFrom, q).toBeNull();
    // A word no text holds is no slip because a part of it reads like a word: 无人机 is not 无人 / 及.
    for (const q of ['无人机', '无人机飞行', '无人机的规定']) expect((await engine.search(q)).correctedFrom, q).toBeNull();
  });

  it('offers no reading that takes a question for several slips at once; typed apart, each term may have its own', async () => {
    expect((await engine.search('挂牌督半的约淡', { exact: true })).suggestion).toBeNull();
    expect((await engine.search('挂牌督半 约淡', { exact: true })).suggestion).toBe('挂牌督办 约谈');
  });

  it('corrects a question only for a slip of the same sound: one that only rhymes (判 pan for 办 ban) stays an offer', async () => {
    const r = await engine.search('哪些情形要挂牌督判');
    expect(r.correctedFrom).toBeNull();
    expect(r.suggestion).toBe('哪些情形要挂牌督办');
  });
});
