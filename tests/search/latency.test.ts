/**
 * Query latency of the shared engine over the built index, cold and warm,
 * printed for the record (the targets are the benchmark's, not a test's);
 * what is asserted is that trailing spaces change nothing but the cache.
 */
import { describe, expect, it } from 'vitest';
import { buildEngine } from './helpers';

const QUERIES = ['的', '约谈', '一票否决', '约谈 整改', '重大情报信息多长时间内上报', '社會穩定風險評估', '（四）', '维护社会稳定责任制', '量子计算机'];

describe('latency', () => {
  it('answers the same query, however spaced, the same way', async () => {
    const { engine } = await buildEngine();
    const t0 = performance.now();
    await engine.search('信访');
    const cold = performance.now() - t0;
    const times: number[] = [];
    const first = new Map<string, string[]>();
    for (let round = 0; round < 5; round++) {
      for (const q of QUERIES) {
        // A fresh spelling each round defeats the per-term cache, as typing new text would.
        const t = performance.now();
        const r = await engine.search(round ? `${q}${' '.repeat(round)}` : q);
        times.push(performance.now() - t);
        const keys = r.hits.map((h) => `${h.documentId}#${h.clauseId}`);
        if (round) expect(keys).toEqual(first.get(q));
        else first.set(q, keys);
      }
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length / 2)];
    const p95 = times[Math.floor(times.length * 0.95)];
    console.log(`engine latency: cold ${cold.toFixed(1)} ms (index load), warm p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms`);
  });
});
