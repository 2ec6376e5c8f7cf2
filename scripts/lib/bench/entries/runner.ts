/**
 * Runs in the bench's page, after the engine's entry: opens the engine as the
 * site does when the search box gets focus, runs the queries in order, then
 * again with every file fetched, times a few plain fetches, and posts it all
 * back. Before each step it posts a mark, so the server can tell which step
 * each file it serves belongs to — the engine's own fetches and any its
 * workers make. The page runs in a Chromium with no DevTools protocol
 * attached: attached, it watches every request and slows each fetch.
 */
import { MARK_PATH, QUERIES_FILE, REPORT_PATH, type RunnerQuery, type RunnerReport } from '../runner-protocol';

type Bench = { search(q: string): Promise<{ ms: number; rankedMs: number; total: number }>; warm?: () => Promise<unknown> };

const bench = () => (globalThis as unknown as { bench: Bench }).bench;
// The page is served at the site's root.
const post = (path: string, body: string) => fetch(`.${path}`, { method: 'POST', body });

async function timings(url: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < 16; i++) {
    const t = performance.now();
    await (await fetch(url)).text();
    out.push(performance.now() - t);
  }
  return out;
}

async function run(): Promise<RunnerReport> {
  const queries = (await (await fetch(`./${QUERIES_FILE}`, { cache: 'no-store' })).json()) as string[];
  await post(MARK_PATH, 'open');
  await bench().warm?.();
  const runs: RunnerQuery[] = [];
  for (const q of queries) {
    await post(MARK_PATH, 'query');
    const r = await bench().search(q);
    runs.push({ q, ms: r.ms, rankedMs: r.rankedMs, total: r.total });
  }
  await post(MARK_PATH, 'done');
  const warmMs: number[] = [];
  for (const q of queries) warmMs.push((await bench().search(q)).ms);
  const hashed = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => r.name).find((n) => /\.[0-9a-f]{16}\.json$/.test(n));
  return { runs, warmMs, tripMs: await timings(location.href), cachedMs: hashed ? await timings(hashed) : [] };
}

void run()
  .catch((e: unknown) => ({ error: String((e as Error)?.stack ?? e) }))
  .then((report) => post(REPORT_PATH, JSON.stringify(report)));
