/**
 * The benchmark for one corpus size: build it stage by stage, then query it
 * in Node and in Chromium with our index, the plain scan and Pagefind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BenchQuery } from '../../../lib/bench/bench-queries';
import { fold } from '../../../lib/search/fold';
import { createSearchEngine } from '../../../lib/search/search-engine';
import type { Corpus } from '../../../lib/corpus/export-contract';
import { fileShardLoader } from '../search-index-files';
import { benchUnits } from '../../../lib/bench/bench-units';
import { browserRun, pagefindUrls, writeEnginePages, type BrowserRun } from './browser-bench';
import { runStage, type StageResult } from './run-stage';
import { pct } from './percentile';
import { servedBytes } from './served-size';
import { sitePaths } from '../read-site';

export type Latency = { p50: number; p95: number; first: number };
export type EngineResult = {
  firstBytes: number;
  laterBytesMedian: number;
  laterBytesMax: number;
  /** Fetches a query makes (median, max); each costs fetchFloorMs at least. */
  requests: { median: number; max: number };
  /** Until the first page of 20 is shown, texts included. */
  browser: Latency;
  /** Until the hits are ranked and counted (index files only). */
  ranked: Latency;
  /** The same queries again, every file already fetched. */
  warm: Latency;
  fetchFloorMs: number;
  cachedFetchMs: number | null;
  recall: number | null;
  precision: number | null;
};
export type SizeResult = {
  size: number;
  documents: number;
  stages: StageResult[];
  buildMs: number;
  buildPeakRssMb: number;
  index: { files: number; rawBytes: number; gzipBytes: number };
  ours: EngineResult & { node: Latency };
  scan: EngineResult;
  pagefind: (EngineResult & { indexMs: number; peakRssMb: number; rawBytes: number; gzipBytes: number }) | null;
};

const latency = (ms: number[]): Latency => ({ p50: pct(ms, 50), p95: pct(ms, 95), first: Math.round((ms[0] ?? 0) * 10) / 10 });

function dirBytes(dir: string): { rawBytes: number; gzipBytes: number } {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const f of sitePaths(dir)) {
    const b = readFileSync(join(dir, f));
    rawBytes += b.length;
    gzipBytes += servedBytes(b);
  }
  return { rawBytes, gzipBytes };
}

export function engineResult(run: BrowserRun, quality: { recall: number; precision: number } | null): EngineResult {
  return {
    firstBytes: run.firstBytes,
    laterBytesMedian: pct(run.laterBytes, 50),
    laterBytesMax: Math.max(0, ...run.laterBytes),
    requests: { median: pct(run.runs.map((r) => r.requests), 50), max: Math.max(0, ...run.runs.map((r) => r.requests)) },
    browser: latency(run.runs.map((r) => r.ms)),
    ranked: latency(run.runs.map((r) => r.rankedMs)),
    warm: latency(run.runs.map((r) => r.warmMs)),
    fetchFloorMs: run.fetchFloorMs,
    cachedFetchMs: run.cachedFetchMs,
    recall: quality?.recall ?? null,
    precision: quality?.precision ?? null,
  };
}

/** Recall and precision of returned provision sets against the substring scan, pooled over the phrase queries. */
export function quality(truth: Map<string, Set<string>>, found: Map<string, Set<string>>): { recall: number; precision: number } {
  let tp = 0;
  let relevant = 0;
  let returned = 0;
  for (const [q, want] of truth) {
    const got = found.get(q) ?? new Set<string>();
    relevant += want.size;
    returned += got.size;
    for (const k of got) if (want.has(k)) tp++;
  }
  return { recall: relevant ? tp / relevant : 1, precision: returned ? tp / returned : 1 };
}

export async function bundle(site: string) {
  for (const e of ['ours', 'scan', 'pf', 'runner']) {
    await build({ entryPoints: [`scripts/lib/bench/entries/${e}.ts`], bundle: true, minify: true, format: 'iife', platform: 'browser', target: 'es2022', outfile: join(site, `${e}.js`), logLevel: 'error' });
  }
  writeEnginePages(site);
}

export async function runSize(opts: { size: number; seed: number; root: string; queries: BenchQuery[]; pagefind: boolean; log: (s: string) => void }): Promise<SizeResult> {
  const { size, seed, queries, log } = opts;
  const dir = join(opts.root, String(size));
  const site = join(dir, 'site');
  const stages: StageResult[] = [];
  for (const s of ['parse', 'segment', 'index', 'pages']) {
    stages.push(await runStage(s, dir, size, seed));
    log(`  ${s}: ${stages.at(-1)!.ms} ms, ${stages.at(-1)!.peakRssMb} MB`);
  }
  await bundle(site);
  const corpus = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as Pick<Corpus, 'documents' | 'clauses'>;
  const units = benchUnits(corpus);
  const keys = units.map((u) => `${u.documentId}#${u.unitId}`);
  const folded = units.map((u) => u.folded);
  const phraseQs = queries.filter((q) => q.kind !== 'multi').map((q) => q.q);
  const truth = new Map(phraseQs.map((q) => [q, new Set(keys.filter((_, i) => folded[i].includes(fold(q))))]));

  const engine = createSearchEngine(fileShardLoader(join(site, 'data', 'search')));
  const nodeMs: number[] = [];
  for (const { q } of queries) {
    const t = performance.now();
    await engine.search(q, { limit: 20 });
    nodeMs.push(performance.now() - t);
  }
  const oursFound = new Map<string, Set<string>>();
  for (const q of phraseQs) {
    const r = await engine.search(q, { limit: 1e9, snippetLength: 1 });
    oursFound.set(q, new Set(r.hits.filter((h) => h.match === 'phrase').map((h) => `${h.documentId}#${h.unitId}`)));
  }
  const qs = queries.map((q) => q.q);
  const ours = await browserRun(site, 'ours', qs);
  log(`  ours: first ${ours.firstBytes} B, p95 ${pct(ours.runs.map((r) => r.ms), 95)} ms`);
  const scan = await browserRun(site, 'scan', qs);
  const scanFound = new Map(phraseQs.map((q) => [q, truth.get(q)!]));
  log(`  scan: first ${scan.firstBytes} B, p95 ${pct(scan.runs.map((r) => r.ms), 95)} ms`);
  const idx = stages.find((s) => s.stage === 'index')!;
  const result: SizeResult = {
    size,
    documents: corpus.documents.length,
    stages,
    buildMs: stages.reduce((n, s) => n + s.ms, 0),
    buildPeakRssMb: Math.max(...stages.map((s) => s.peakRssMb)),
    index: { files: idx.files as number, ...dirBytes(join(site, 'data', 'search')) },
    ours: { ...engineResult(ours, quality(truth, oursFound)), node: latency(nodeMs) },
    scan: engineResult(scan, quality(truth, scanFound)),
    pagefind: null,
  };
  if (opts.pagefind) result.pagefind = await pagefindPart(() => runStage('pagefind', dir, size, seed), site, qs, phraseQs, truth, log);
  return result;
}

/** Pagefind over the same provisions: indexed by `index` (a stage in a child process, measured), queried in the browser as ours is, judged against the scan. */
export async function pagefindPart(index: () => Promise<StageResult>, site: string, qs: string[], phraseQs: string[], truth: Map<string, Set<string>>, log: (s: string) => void) {
  const st = await index();
  log(`  pagefind index: ${st.ms} ms, ${st.peakRssMb} MB`);
  const run = await browserRun(site, 'pf', qs);
  const urls = await pagefindUrls(site, phraseQs, 300);
  // Precision is judged on the first 300 results of each query (their data is fetched one by one);
  // recall on the queries whose results all fit in those 300.
  const found = new Map([...urls].map(([q, r]) => [q, new Set(r.urls.map((u) => decodeURIComponent(u).replace(/^\/d\//, '').replace('.html#', '#')))]));
  const complete = new Map([...truth].filter(([q]) => (urls.get(q)?.total ?? 0) <= 300));
  const q = { precision: quality(truth, found).precision, recall: quality(complete, found).recall };
  log(`  pagefind: first ${run.firstBytes} B, p95 ${pct(run.runs.map((r) => r.ms), 95)} ms`);
  return { ...engineResult(run, q), indexMs: st.ms, peakRssMb: st.peakRssMb, ...dirBytes(join(site, 'pagefind')) };
}
