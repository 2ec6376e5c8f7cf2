/** Synonyms: the glossary's aliases and content/synonyms.yaml widen a search, below the exact phrase, and say so. */
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeGroups, parseSynonyms } from '../../lib/content/parse-synonyms';
import type { SearchEngine } from '../../lib/search/search-engine';
import { allHits, buildEngine, foldedTextOf, scan } from './helpers';

describe('parseSynonyms', () => {
  it('takes the glossary terms with aliases and the file’s groups, joining groups that share a wording', () => {
    const { synonyms, problems } = parseSynonyms({ path: 'content/synonyms.yaml', text: '- [问责, 责任追究]\n- [责任追究, 追责]\n' }, [
      { term: '挂牌督办', aliases: ['挂账督办'] },
      { term: '约谈', aliases: [] },
    ]);
    expect(problems).toEqual([]);
    expect(synonyms).toEqual([['挂牌督办', '挂账督办'], ['问责', '责任追究', '追责']]);
  });

  it.each([
    ['- [问责]\n', 1, '至少列出两个'],
    ['- [问责, 问责]\n', 1, '重复'],
    ['- [问责, 责任追究]\n- [ok, ""]\n', 2, '不能为空'],
    ['- 问责\n', 1, ''],
  ])('reports %j at its line', (text, line, message) => {
    const { problems } = parseSynonyms({ path: 'content/synonyms.yaml', text }, []);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 'content/synonyms.yaml', line });
    expect(problems[0].message).toContain(message);
  });

  it('merges chains of groups into one', () => {
    expect(mergeGroups([['a', 'b'], ['c', 'd'], ['b', 'c']])).toEqual([['a', 'b', 'c', 'd']]);
  });
});

describe('in the search engine', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = (await buildEngine()).engine;
  });

  it('a wording of the table inside a question is one word, so its synonyms are found (一把手 is not cut 一 / 把手)', async () => {
    const r = await engine.search('一把手要承担什么责任');
    expect(r.words).toContain('一把手');
    expect(r.synonyms).toContain('主要负责人');
  });

  it('挂牌督办 also finds 挂账督办 (the glossary’s alias), below the exact phrase, and names the synonym', async () => {
    const result = await engine.search('挂牌督办', { limit: 100_000 });
    expect(result.synonyms).toEqual(['挂账督办']);
    const phrase = result.hits.filter((h) => h.match === 'phrase');
    const widened = result.hits.filter((h) => h.match === 'all');
    // The phrase tier is still exactly a substring scan.
    expect(phrase.map((h) => `${h.documentId}#${h.unitId}`).sort()).toEqual(scan(['挂牌督办']));
    expect(widened.length).toBeGreaterThan(0);
    for (const h of widened) {
      expect(foldedTextOf(h)).toContain('挂账督办');
      expect(h.terms).toContain('挂账督办');
    }
    expect(result.hits.findIndex((h) => h.match === 'all')).toBe(phrase.length);
  });

  it('a word of a longer query is found in its synonyms too: 问责 finds 责任追究', async () => {
    const result = await engine.search('信访 问责', { limit: 100_000 });
    expect(result.synonyms).toContain('责任追究');
    const all = result.hits.filter((h) => h.match === 'all');
    expect(all.some((h) => foldedTextOf(h).includes('责任追究') && !foldedTextOf(h).includes('问责'))).toBe(true);
  });

  it('a query without synonyms reports none', async () => {
    expect((await engine.search('约谈')).synonyms).toEqual([]);
    expect(await allHits(engine, '约谈')).not.toHaveLength(0);
  });
});
