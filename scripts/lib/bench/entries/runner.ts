/**
 * Runs in the bench's page, after the engine's entry: opens the engine as the
 * site does when the search box gets focus, runs the queries in order, then
 * again with every file fetched, measures what one fetch costs, and posts it
 * all back. Before each step it posts a mark, so the server can tell which
 * step each request it served belongs to — the engine's own and any its
 * workers make. The page runs in a Chromium with no DevTools protocol
 * attached: attached, it watches every request and slows each fetch.
 */
import { MARK_PATH, QUERIES_FILE, REPORT_PATH, type RunnerQuery, type RunnerReport } from '../runner-protocol';

type Search = (q: string) => Promise<{ ms: number; rankedMs: number; total: number }>;
type Bench = { search: Search; warm?: () => Promise<unknown> };
// The page is served at the site's root.
const MARK = `.${MARK_PATH}`;

const bench = () => (globalThis as unknown as { bench: Bench }).bench;
const post = (url: string, body: string) => fetch(url, { method: 'POST', body });

async function median(url: string): Promise<number> {
  const out: number[] = [];
  for (let i = 0; i < 16; i++) {
    const t = performance.now();
    await (await fetch(url)).text();
    out.push(performance.now() - t);
  }
  const sorted = out.slice(1).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function run(): Promise<RunnerReport> {
  const queries = (await (await fetch(`./${QUERIES_FILE}`, { cache: 'no-store' })).json()) as string[];
  await post(MARK, 'open');
  await bench().warm?.();
  const runs: RunnerQuery[] = [];
  for (const q of queries) {
    await post(MARK, 'query');
    const r = await bench().search(q);
    runs.push({ q, ms: r.ms, rankedMs: r.rankedMs, total: r.total });
  }
  await post(MARK, 'done');
  const warmMs: number[] = [];
  for (const q of queries) warmMs.push((await bench().search(q)).ms);
  const hashed = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => r.name).find((n) => /\.[0-9a-f]{16}\.json$/.test(n));
  // A round trip (the page, revalidated with its ETag, 304) and a content-hashed file the browser holds.
  return { runs, warmMs, tripMs: await median(location.href), cachedMs: hashed ? await median(hashed) : null };
}

void run()
  .catch((e: unknown) => ({ error: String((e as Error)?.stack ?? e) }))
  .then((report) => post(`.${REPORT_PATH}`, JSON.stringify(report)));
