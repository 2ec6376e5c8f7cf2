/** Typo suggestions: a word no text holds, read as the like-sounding word texts do hold. */
import { beforeAll, describe, expect, it } from 'vitest';
import { soundCloseness, splitSyllable, typoCandidates } from '../../lib/search/suggest';
import type { SearchEngine } from '../../lib/search/search-engine';
import { buildEngine } from './helpers';

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

  it('offers nothing for two changed characters, another first character or unlike sounds', () => {
    expect(typoCandidates('约淡', ['要谈', '约束'], r)).toEqual([]);
    expect(typoCandidates('整该改', ['整改该'], r)).toEqual([]);
  });
});

describe('in the search engine', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = (await buildEngine()).engine;
  });

  it.each([
    ['约淡', '约谈'],
    ['一票否绝', '一票否决'],
    ['约谈 整该', '约谈 整改'],
    ['挂牌督半', '挂牌督办'],
  ])('%s → 您是不是要找 %s', async (query, suggestion) => expect((await engine.search(query)).suggestion).toBe(suggestion));

  it('suggests nothing when the query finds enough, or when nothing sounds like it', async () => {
    expect((await engine.search('约谈')).suggestion).toBeNull();
    expect((await engine.search('夸克胶子')).suggestion).toBeNull();
  });
});
