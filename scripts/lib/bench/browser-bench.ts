/**
 * Queries in headless Chromium against a corpus's site/ served on loopback:
 * for each engine (ours, the plain scan, Pagefind) a fresh Chromium runs the
 * fixed queries in order; every file fetched is charged at its gzip size
 * (what a static host with compression sends), code and page included.
 */
import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, FLAGS } from '../chromium';
import { startStaticServer } from '../static-server';
import { MARK_PATH, QUERIES_FILE, REPORT_PATH, type RunnerReport } from './runner-protocol';

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
  for (const e of ['ours', 'scan', 'pf'] as EngineName[]) {
    writeFileSync(join(site, `${e}.html`), `<!doctype html><meta charset="utf-8"><title>${e}</title><script src="./${e}.js"></script>\n`);
    writeFileSync(join(site, `run-${e}.html`), `<!doctype html><meta charset="utf-8"><title>${e}</title><script src="./${e}.js"></script><script src="./runner.js"></script>\n`);
  }
}

export async function withBrowser<T>(fn: (b: Browser) => Promise<T>): Promise<T> {
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
 * the report back (entries/runner.ts). The server notes every file it sends
 * and the page's marks between queries; a query is charged the files sent
 * after its mark (the first query also the page, its code and what opening
 * the engine read). A file the browser already holds is not sent again, so
 * it costs no bytes and no request.
 */
export async function browserRun(site: string, engine: EngineName, queries: string[]): Promise<BrowserRun> {
  gzCache.clear();
  writeFileSync(join(site, QUERIES_FILE), JSON.stringify(queries));
  let received: (body: string) => void = () => undefined;
  const report = new Promise<string>((ok) => (received = ok));
  /** Per step (the page's opening, then each query, then the rest): the files sent, with their gzip sizes. */
  const steps: number[][] = [[]];
  const { server, url } = await startStaticServer(site, 0, '', (path, body) => {
    if (path === MARK_PATH && body !== 'open') steps.push([]);
    if (path === REPORT_PATH) received(body);
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET') return;
    const step = steps.at(-1)!;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x/').pathname);
    res.on('finish', () => step.push(res.statusCode === 200 ? gzipSize(join(site, path)) : 0));
  });
  const profile = mkdtempSync(join(tmpdir(), 'kb-bench-'));
  // Its own process group, so that stopping it stops its helper processes too.
  const child = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, `${url}run-${engine}.html`], { stdio: 'ignore', detached: true });
  const gone = new Promise<void>((ok) => child.on('exit', () => ok()));
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const exited = gone.then(() => Promise.reject(new Error(`Chromium 在交回 ${engine} 的检索结果之前退出`)));
  exited.catch(() => undefined);
  const timeout = setTimeout(stop, 30 * 60_000);
  try {
    const r = JSON.parse(await Promise.race([report, exited])) as RunnerReport;
    if ('error' in r) throw new Error(`${engine} 的检索页出错：${r.error}`);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const runs: QueryRun[] = r.runs.map((q, i) => {
      const sent = i === 0 ? [...steps[0], ...steps[1]] : steps[i + 1];
      return { q: q.q, ms: q.ms, rankedMs: q.rankedMs, total: q.total, bytes: sum(sent), requests: i === 0 ? steps[1].length : sent.length, warmMs: r.warmMs[i] };
    });
    const round = (x: number) => Math.round(x * 10) / 10;
    return { engine, runs, firstBytes: runs[0]?.bytes ?? 0, laterBytes: runs.slice(1).map((q) => q.bytes), fetchFloorMs: round(r.tripMs), cachedFetchMs: r.cachedMs === null ? null : round(r.cachedMs) };
  } finally {
    clearTimeout(timeout);
    stop();
    await gone;
    await new Promise((ok) => server.close(ok));
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
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
