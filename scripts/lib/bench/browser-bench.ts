/**
 * Queries in headless Chromium against a corpus's site/ served on loopback:
 * for each engine (ours, the plain scan, Pagefind) a fresh Chromium runs the
 * fixed queries in order; every file fetched is charged what a static host
 * with compression sends of it (served-size.ts; bodies only), code and page
 * included.
 */
import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, FLAGS } from '../chromium';
import { startStaticServer } from '../static-server';
import { MARK_PATH, QUERIES_FILE, REPORT_PATH, RUNNER_SCRIPT, type RunnerReport } from './runner-protocol';
import { pct } from './percentile';
import { servedSize } from './served-size';

export type EngineName = 'ours' | 'scan' | 'pf';
/** `ms`: until the first page is shown, texts included; `rankedMs`: until the hits are ranked and counted. */
export type QueryRun = {
  q: string;
  ms: number;
  rankedMs: number;
  total: number;
  /** Response bodies, as a host with compression sends them; the first query's include the page, its code and opening the engine. */
  bytes: number;
  /** The query's own requests (the first query's without the page's and the engine's opening). */
  requests: number;
  warmMs: number;
};
/** `fetchFloorMs`: one round trip to the server (the page revalidated, 304); `cachedFetchMs`: a content-hashed file the browser holds, read without asking. */
export type BrowserRun = { engine: EngineName; runs: QueryRun[]; firstBytes: number; laterBytes: number[]; fetchFloorMs: number; cachedFetchMs: number | null };

/** Each engine's page for the timed runs; Pagefind's also without the runner, for pagefindUrls. */
export function writeEnginePages(site: string) {
  for (const e of ['ours', 'scan', 'pf'] as EngineName[]) writeFileSync(join(site, `run-${e}.html`), enginePage(e, `<script src="./${RUNNER_SCRIPT}"></script>`));
  writeFileSync(join(site, 'pf.html'), enginePage('pf', ''));
}

// No icon to fetch: the page's requests are all the engine's.
const enginePage = (e: EngineName, runner: string) => `<!doctype html><meta charset="utf-8"><title>${e}</title><link rel="icon" href="data:,"><script src="./${e}.js"></script>${runner}\n`;

async function withBrowser<T>(fn: (b: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/**
 * The queries in a headless Chromium of its own, started bare (no DevTools
 * protocol, a fresh profile) on the engine's page, which runs them and posts
 * the report back (entries/runner.ts). The server notes every file it serves
 * between the marks the page posts; a query is charged the files served
 * after its mark, the first query also the page, its engine's code and what
 * opening the engine read (on the site, the search box's focus opens it, so
 * that is not in the first query's time). A file the browser already holds
 * is not asked for again: no bytes, no request. Sizes are computed after the
 * run, so the server does no more while the page waits than serve files.
 * Bytes are response bodies; headers are not counted.
 */
export async function browserRun(site: string, engine: EngineName, queries: string[], timeoutMs = 30 * 60_000): Promise<BrowserRun> {
  writeFileSync(join(site, QUERIES_FILE), JSON.stringify(queries));
  let received: (body: string) => void = () => undefined;
  const report = new Promise<string>((ok) => (received = ok));
  /** Per step — the page, opening the engine, each query, the rest — the files served (200) or revalidated (304). */
  const steps: { path: string; sent: boolean }[][] = [[]];
  const harness = new Set([`/${QUERIES_FILE}`, `/${RUNNER_SCRIPT}`]);
  const { server, url } = await startStaticServer(site, 0, '', (path, body) => {
    if (path === MARK_PATH) steps.push([]);
    if (path === REPORT_PATH) received(body);
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET') return;
    const step = steps.at(-1)!;
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x/').pathname);
    } catch {
      return; // Not a file of the site: the static server answers it 404.
    }
    if (harness.has(path)) return;
    res.on('finish', () => (res.statusCode === 200 || res.statusCode === 304) && step.push({ path, sent: res.statusCode === 200 }));
  });
  let profile: string | null = null;
  let stop: () => Promise<void> = async () => undefined;
  try {
    profile = mkdtempSync(join(tmpdir(), 'kb-bench-'));
    const child = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, `${url}run-${engine}.html`], { stdio: ['ignore', 'ignore', 'pipe'] });
    // The end of Chromium's own messages, for an error that says why it stopped.
    let said = '';
    child.stderr!.on('data', (d: Buffer) => (said = (said + d.toString('utf8')).slice(-2000)));
    const gone = new Promise<void>((ok) => {
      child.once('exit', () => ok());
      child.once('error', () => ok());
    });
    const failed = new Promise<never>((_, fail) => {
      child.once('error', (e) => fail(new Error(`无法启动 Chromium（${CHROMIUM}）：${e.message}`)));
      child.once('exit', (code, signal) => fail(new Error(`Chromium 在交回 ${engine} 的检索结果之前退出（${code ?? signal}）：${said.trim().slice(-500)}`)));
    });
    failed.catch(() => undefined);
    const kill = () => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL');
    process.once('exit', kill);
    stop = async () => {
      child.kill('SIGTERM');
      const late = setTimeout(kill, 5_000);
      await gone;
      clearTimeout(late);
      process.removeListener('exit', kill);
    };
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${engine} 的检索页 ${Math.round(timeoutMs / 1000)} 秒内没有交回结果`)), timeoutMs)));
    const body = await Promise.race([report, failed, timedOut]).finally(() => clearTimeout(timer));
    const r = JSON.parse(body) as RunnerReport;
    if ('error' in r) throw new Error(`${engine} 的检索页出错：${r.error}`);
    const sizes = new Map<string, number>();
    const sizeOf = (path: string) => {
      let n = sizes.get(path);
      if (n === undefined) sizes.set(path, (n = servedSize(join(site, path))));
      return n;
    };
    const bytes = (files: { path: string; sent: boolean }[]) => files.reduce((n, f) => n + (f.sent ? sizeOf(f.path) : 0), 0);
    // steps: [the page, opening the engine, query 1 … query n, the rest].
    const runs: QueryRun[] = r.runs.map((q, i) => {
      const own = steps[i + 2] ?? [];
      return { q: q.q, ms: q.ms, rankedMs: q.rankedMs, total: q.total, bytes: bytes(i === 0 ? [...steps[0], ...steps[1], ...own] : own), requests: own.length, warmMs: r.warmMs[i] };
    });
    const median = (xs: number[]) => pct(xs.slice(1), 50);
    return { engine, runs, firstBytes: runs[0]?.bytes ?? 0, laterBytes: runs.slice(1).map((q) => q.bytes), fetchFloorMs: median(r.tripMs), cachedFetchMs: r.cachedMs.length ? median(r.cachedMs) : null };
  } finally {
    await stop();
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
    // Chromium's helper processes outlive its main one by a moment, still writing to the profile: retried, with a growing wait.
    if (profile) await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

/** Pagefind's clause URLs for a query (up to `cap`), for precision and recall against the scan: not timed, so driven over the DevTools protocol. */
export async function pagefindUrls(site: string, queries: string[], cap: number): Promise<Map<string, { total: number; urls: string[] }>> {
  return withBrowser((browser) => pagefindUrlsIn(browser, site, queries, cap));
}

async function pagefindUrlsIn(browser: Browser, site: string, queries: string[], cap: number): Promise<Map<string, { total: number; urls: string[] }>> {
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
