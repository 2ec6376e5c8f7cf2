/**
 * Queries in headless Chromium against a corpus's site/ served on loopback:
 * for each engine (ours, the plain scan, Pagefind) a fresh page runs the
 * fixed queries in order; every response is charged at its file's gzip size
 * (what a static host with compression sends), code and page included.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, FLAGS } from '../chromium';
import { startStaticServer } from '../static-server';

export type EngineName = 'ours' | 'scan' | 'pf';
/** `ms`: until the first page is shown, texts included; `rankedMs`: until the hits are ranked and counted. */
export type QueryRun = { q: string; ms: number; rankedMs: number; total: number; bytes: number; requests: number; warmMs: number };
/** `fetchFloorMs`: one round trip to the server (the page revalidated, 304); `cachedFetchMs`: a content-hashed file the browser holds, read without asking. */
export type BrowserRun = { engine: EngineName; runs: QueryRun[]; firstBytes: number; laterBytes: number[]; fetchFloorMs: number; cachedFetchMs: number | null };

const gzCache = new Map<string, number>();
function gzipSize(file: string): number {
  let n = gzCache.get(file);
  if (n === undefined) {
    n = existsSync(file) && statSync(file).isFile() ? gzipSync(readFileSync(file), { level: 6 }).length : 0;
    gzCache.set(file, n);
  }
  return n;
}

export function writeEnginePages(site: string) {
  for (const e of ['ours', 'scan', 'pf'] as EngineName[]) writeFileSync(join(site, `${e}.html`), `<!doctype html><meta charset="utf-8"><title>${e}</title><script src="./${e}.js"></script>\n`);
}

export async function withBrowser<T>(fn: (b: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

export async function browserRun(browser: Browser, site: string, engine: EngineName, queries: string[]): Promise<BrowserRun> {
  gzCache.clear();
  const { server, url } = await startStaticServer(site, 0);
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  let requests = 0;
  page.on('requestfinished', (r) => {
    const path = decodeURIComponent(new URL(r.url()).pathname);
    bytes += gzipSize(join(site, path));
    requests++;
  });
  type Bench = { bench: { search(q: string): Promise<{ ms: number; rankedMs: number; total: number }> } };
  const run = (q: string) => page.evaluate((query) => (globalThis as unknown as Bench).bench.search(query), q) as Promise<{ ms: number; rankedMs: number; total: number }>;
  try {
    await page.goto(`${url}${engine}.html`, { waitUntil: 'load' });
    const runs: QueryRun[] = [];
    for (const q of queries) {
      const [before, requestsBefore] = [bytes, requests];
      const r = await run(q);
      // The page and its script count towards the first query.
      runs.push({ q, ms: r.ms, rankedMs: r.rankedMs, total: r.total, bytes: runs.length === 0 ? bytes : bytes - before, requests: requests - requestsBefore, warmMs: 0 });
    }
    // Again, everything fetched already: the engine's own work, without the cost of fetching.
    for (const r of runs) r.warmMs = (await run(r.q)).ms;
    return { engine, runs, firstBytes: runs[0]?.bytes ?? 0, laterBytes: runs.slice(1).map((r) => r.bytes), ...(await fetchFloor(page)) };
  } finally {
    await context.close();
    await new Promise((ok) => server.close(ok));
  }
}

/**
 * What one fetch costs on this machine, median of 15: a round trip to the
 * server (the page, revalidated with its ETag), the floor under any engine
 * that fetches per query; and a content-hashed file the browser already
 * holds (cached for good, so read without asking the server).
 */
async function fetchFloor(page: import('playwright-core').Page): Promise<{ fetchFloorMs: number; cachedFetchMs: number | null }> {
  // No named functions inside: the page gets the code as esbuild emitted it, without its helpers.
  const [trip, cached] = (await page.evaluate(async () => {
    const hashed = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => r.name).find((n) => /\.[0-9a-f]{16}\.json$/.test(n));
    const medians: (number | null)[] = [];
    for (const url of [location.href, hashed ?? null]) {
      if (!url) {
        medians.push(null);
        continue;
      }
      const out: number[] = [];
      for (let i = 0; i < 16; i++) {
        const t = performance.now();
        await (await fetch(url)).text();
        out.push(performance.now() - t);
      }
      const sorted = out.slice(1).sort((a, b) => a - b);
      medians.push(sorted[Math.floor(sorted.length / 2)]);
    }
    return medians;
  })) as [number, number | null];
  const round = (x: number) => Math.round(x * 10) / 10;
  return { fetchFloorMs: round(trip), cachedFetchMs: cached === null ? null : round(cached) };
}

/** Pagefind's clause URLs for a query (up to `cap`), for precision and recall against the scan. */
export async function pagefindUrls(browser: Browser, site: string, queries: string[], cap: number): Promise<Map<string, { total: number; urls: string[] }>> {
  const { server, url } = await startStaticServer(site, 0);
  const page = await browser.newPage();
  const out = new Map<string, { total: number; urls: string[] }>();
  try {
    await page.goto(`${url}pf.html`, { waitUntil: 'load' });
    for (const q of queries) {
      out.set(q, (await page.evaluate(([query, n]) => (globalThis as unknown as { bench: { urls(q: string, n: number): Promise<{ total: number; urls: string[] }> } }).bench.urls(query as string, n as number), [q, cap])) as { total: number; urls: string[] });
    }
    return out;
  } finally {
    await page.close();
    await new Promise((ok) => server.close(ok));
  }
}
