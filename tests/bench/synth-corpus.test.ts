/** The benchmark's synthetic corpus: deterministic, exactly the size asked, parsed by the real build without problems. */
import { describe, expect, it } from 'vitest';
import { benchQueries } from '../../lib/bench/bench-queries';
import { chineseNumber, synthContent, synthPool } from '../../lib/bench/synth-corpus';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { fold } from '../../lib/search/fold';
import { loadCorpus } from '../search/helpers';

function pool() {
  const c = loadCorpus();
  return synthPool(c.clauses, c.documents.map((d) => d.title), c.documents.map((d) => d.region).filter((r): r is string => !!r));
}

describe('synthetic corpus', () => {
  it('the same seed gives the same files; another seed other files', () => {
    const p = pool();
    expect(synthContent(p, { size: 300, seed: 5 })).toEqual(synthContent(p, { size: 300, seed: 5 }));
    expect(synthContent(p, { size: 300, seed: 6 })).not.toEqual(synthContent(p, { size: 300, seed: 5 }));
  });

  it.each([1, 2, 57, 1000])('%i clauses exactly, from real sentences, without content problems', (size) => {
    const built = buildCorpus(synthContent(pool(), { size, seed: 3 }));
    expect(built.problems).toEqual([]);
    expect(built.corpus.clauses).toHaveLength(size);
  });

  it('recombines real text rather than inventing it', () => {
    const p = pool();
    const texts = buildCorpus(synthContent(p, { size: 200, seed: 9 })).corpus.clauses.filter((c) => c.kind === 'article').map((c) => c.text);
    expect(texts.length).toBeGreaterThan(0);
    // A head that introduces a list ends in a colon instead of its full stop.
    const sentences = p.sentences.map((s) => fold(s.replace(/[。；]$/, "")));
    for (const t of texts.map(fold)) expect(sentences.some((s) => t.includes(s))).toBe(true);
  });

  it('writes Chinese numerals as the parser reads them', () => {
    expect([1, 10, 11, 20, 99, 100, 101, 110, 115].map(chineseNumber)).toEqual(['一', '十', '十一', '二十', '九十九', '一百', '一百零一', '一百一十', '一百一十五']);
  });

  it('draws a fixed query list', () => {
    const c = loadCorpus();
    const folded = c.clauses.map((x) => fold(x.text));
    const words = ['约谈', '整改', '信访', '维护稳定', '责任'];
    const a = benchQueries(folded, words);
    expect(a).toEqual(benchQueries(folded, words));
    for (const q of a.filter((x) => x.kind === 'phrase')) expect(folded.some((t) => t.includes(q.q))).toBe(true);
  });
});
