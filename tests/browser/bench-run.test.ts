/**
 * The bench's browser run (scripts/lib/bench/browser-bench.ts): a bare
 * Chromium, no DevTools protocol attached, runs the queries in the bench's
 * page and posts its report back. Checked on a copy of the index the site
 * serves: the page finds what the engine in Node finds, its files are
 * counted, and a page that fails says why instead of hanging.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRun } from '../../scripts/lib/bench/browser-bench';
import { bundle } from '../../scripts/lib/bench/run-size';
import { fileShardLoader } from '../../scripts/lib/search-index-files';
import { createSearchEngine } from '../../lib/search/search-engine';

let site: string;
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'kb-bench-site-'));
  cpSync('out/data/search', join(site, 'data', 'search'), { recursive: true });
  await bundle(site);
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the bench in a bare Chromium', () => {
  it('runs every query, finds what Node finds, and counts the files each fetched', async () => {
    // The last asks again: everything it needs is in the page already.
    const queries = ['约谈', '一票否决', '挂牌 督办', '约谈'];
    const run = await browserRun(site, 'ours', queries, 30_000);
    const engine = createSearchEngine(fileShardLoader(join(site, 'data', 'search')));
    const totals = await Promise.all(queries.map(async (q) => (await engine.search(q, { limit: 20 })).total));
    expect(run.runs.map((r) => r.q)).toEqual(queries);
    expect(run.runs.map((r) => r.total)).toEqual(totals);
    expect(totals.every((t) => t > 0)).toBe(true);
    // The first query is charged the page, the code and what opening the engine read.
    expect(run.firstBytes).toBeGreaterThan(Math.max(...run.laterBytes));
    expect(run.runs[0].requests).toBeGreaterThan(0);
    expect(run.runs[1].requests).toBeGreaterThan(0);
    expect(run.runs[1].bytes).toBeGreaterThan(0);
    expect([run.runs[3].requests, run.runs[3].bytes]).toEqual([0, 0]);
    for (const r of run.runs) expect(r.rankedMs).toBeLessThanOrEqual(r.ms);
    expect(run.fetchFloorMs).toBeGreaterThan(0);
  });

  it('reports the error of a page that fails, with the engine named', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'kb-bench-broken-'));
    try {
      await bundle(broken);
      await expect(browserRun(broken, 'ours', ['约谈'], 30_000)).rejects.toThrow(/ours 的检索页出错/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
