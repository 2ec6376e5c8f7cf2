/**
 * Search on the whole national corpus (`npm run bench -- --national-search`,
 * after `--corpus` has built it under bench/corpora/national/): the same
 * measures as the synthetic sizes — bytes of the first and later queries
 * (gzip, code included), requests, latency in Chromium over loopback, phrase
 * recall and precision against a substring scan of every provision — on the
 * real texts, with the benchmark's drawn queries and the example searches
 * the home page offers (search-examples.yaml).
 * Pagefind indexes the same provisions (one record each, as ours counts
 * them) and answers the same queries in the same run, unless
 * `--no-pagefind`: it needs several gigabytes and minutes to index them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../../lib/corpus/export-contract';
import { benchQueries, type BenchQuery } from '../../../lib/bench/bench-queries';
import { benchUnits } from '../../../lib/bench/bench-units';
import { fold } from '../../../lib/search/fold';
import { createSearchEngine } from '../../../lib/search/search-engine';
import { fileShardLoader } from '../search-index-files';
import { browserRun, type BrowserRun } from './browser-bench';
import { runStage } from './run-stage';
import { bundle, engineResult, pagefindPart, quality, type EngineResult, type SizeResult } from './run-size';

type PagefindResult = NonNullable<SizeResult['pagefind']>;

/** `repeats`: every run of ours (the first is `ours`), for how much the p95s move from run to run. */
export type NationalSearchResult = { clauses: number; units: number; queries: BenchQuery[]; examples: string[]; ours: EngineResult; repeats: { ranked: number; shown: number }[]; pagefind: PagefindResult | null };

export async function runNationalSearch(root: string, cut: (text: string) => string[], opts: { pagefind: boolean; runs: number }, log: (s: string) => void): Promise<NationalSearchResult> {
  const corpusFile = join(root, '.generated', 'corpus.json');
  const site = join(root, 'public');
  if (!existsSync(corpusFile) || !existsSync(join(site, 'data', 'search', 'manifest.json'))) {
    throw new Error(`${root} 中没有全部语料的构建结果：先运行 npm run bench -- --corpus。`);
  }
  // The parsed corpus (some 1.5 GB) is needed only for the queries and the scan's truth: held through the
  // browser runs, it made every major garbage collection of this process, which also serves the files, stall
  // the requests in flight.
  const { clauses, unitCount, queries, examples, phrases, truth, found } = await scanTruth(corpusFile, join(root, '.generated', 'search-examples.json'), join(site, 'data', 'search'), cut, log);
  await bundle(site);
  const all = [...queries.map((q) => q.q), ...examples];
  const runs: BrowserRun[] = [];
  for (let i = 0; i < Math.max(1, opts.runs); i++) runs.push(await browserRun(site, 'ours', all));
  const ours = engineResult(runs[0], quality(truth, found));
  const repeats = runs.map((r) => {
    const e = engineResult(r, null);
    return { ranked: e.ranked.p95, shown: e.browser.p95 };
  });
  log(`  ours: first ${ours.firstBytes} B, later ${ours.laterBytesMedian}/${ours.laterBytesMax} B, shown p95 ${ours.browser.p95} ms`);
  const pagefind = opts.pagefind ? await pagefindPart(() => runStage('pagefind', root, 0, 0, [corpusFile, site]), site, all, phrases, truth, log) : null;
  return { clauses, units: unitCount, queries, examples, ours, repeats, pagefind };
}

/** The drawn queries, and for each phrase the provisions holding it: by a scan of every provision, and by the engine. */
async function scanTruth(corpusFile: string, examplesFile: string, searchDir: string, cut: (text: string) => string[], log: (s: string) => void) {
  const corpus = JSON.parse(readFileSync(corpusFile, 'utf8')) as Corpus;
  const units = benchUnits(corpus);
  const folded = units.map((u) => u.folded);
  // Words for the drawn two-character queries: segmenting every clause would take minutes for a list of eight.
  const words = corpus.clauses.filter((_, i) => i % 50 === 0).flatMap((c) => cut(c.text).map(fold));
  const queries = benchQueries(folded, words);
  const examples = JSON.parse(readFileSync(examplesFile, 'utf8')) as string[];
  log(`queries: ${[...queries.map((q) => q.q), ...examples].join(' | ')}`);

  const keys = units.map((u) => `${u.documentId}#${u.unitId}`);
  const phrases = queries.filter((q) => q.kind !== 'multi').map((q) => q.q);
  const truth = new Map(phrases.map((q) => [q, new Set(keys.filter((_, i) => folded[i].includes(fold(q))))]));
  const engine = createSearchEngine(fileShardLoader(searchDir));
  const found = new Map<string, Set<string>>();
  for (const q of phrases) {
    // Superseded versions are searched too: the scan does not know which version is in force.
    const r = await engine.search(q, { limit: 1e9, snippetLength: 1, filters: { allVersions: true } });
    found.set(q, new Set(r.hits.filter((h) => h.match === 'phrase').map((h) => `${h.documentId}#${h.unitId}`)));
  }
  return { clauses: corpus.clauses.length, unitCount: units.length, queries, examples, phrases, truth, found };
}

export function nationalSearchTable(r: NationalSearchResult): string {
  const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;
  const row = (name: string, o: EngineResult, index: string) =>
    `| ${name} | ${index} | ${kb(o.firstBytes)} | ${kb(o.laterBytesMedian)} / ${kb(o.laterBytesMax)} | ${o.requests.median} / ${o.requests.max} | ${o.ranked.p50} / ${o.ranked.p95} ms | ${o.browser.p50} / ${o.browser.p95} ms | ${o.warm.p50} / ${o.warm.p95} ms | ${pctText(o.recall)} / ${pctText(o.precision)} |`;
  const pf = r.pagefind;
  return [
    `${r.clauses.toLocaleString('en')} 个条款单元、${r.units.toLocaleString('en')} 个检索单位（条）；查询 ${r.queries.length + r.examples.length} 条：抽取的二字词、短语、两词组合 ${r.queries.length} 条，加站点首页的示例检索 ${r.examples.length} 条。两种方案在同一次运行中、同一台机器上，各用一个新启动的无头 Chromium（不接调试协议）经回环地址取文件。`,
    '',
    '| 方案 | 建索引 | 首次检索下载 | 后续检索下载（中位/最大） | 每次检索请求数（中位/最大） | 排好序 p50 / p95 | 显示 20 条 p50 / p95 | 文件已取 p50 / p95 | 短语召回 / 精确 |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    row('本站分片索引', r.ours, '见 results-corpus.md'),
    ...(pf ? [row('Pagefind', pf, `${(pf.indexMs / 1000).toFixed(0)} s，峰值 ${pf.peakRssMb.toLocaleString('en')} MB，gzip ${kb(pf.gzipBytes)}`)] : []),
    '',
    ...(r.repeats.length > 1 ? [`本站同一批查询先后跑 ${r.repeats.length} 次（表中是第一次），p95 依次为：排好序 ${r.repeats.map((x) => x.ranked).join('、')} ms；显示 20 条 ${r.repeats.map((x) => x.shown).join('、')} ms。`, ''] : []),
    `本机 Chromium 向服务器往返一次（页面以 ETag 重新验证，回 304）所需时间（中位）：${r.ours.fetchFloorMs} ms；取一个浏览器已缓存的带内容哈希的索引文件（不问服务器）：${r.ours.cachedFetchMs ?? '–'} ms。`,
    ...(pf ? [] : ['', '这次没有运行 Pagefind（`--no-pagefind`）。']),
  ].join('\n') + '\n';
}

const pctText = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
