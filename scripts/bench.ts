/**
 * The scale benchmark: `npm run bench [-- --sizes 1000,10000,100000] [--quick] [--no-pagefind]`.
 * Builds a synthetic corpus per size from the real texts of the test sample
 * (.test-content/) under bench/corpora/<size>/ (not committed), measures our
 * index, Pagefind and a plain scan, and writes bench/results.json,
 * bench/results.md, bench/cost.svg.
 * `npm run bench -- --scaling [--quick]` instead measures ingest, check and
 * build on inputs of doubling size (bench/results-scaling.json and .md);
 * `npm run bench -- --corpus` builds the whole content folder from nothing
 * and again after one document changed (bench/results-corpus.json and .md);
 * `npm run bench -- --national-search [--runs N] [--no-pagefind]` then queries that
 * build's search index in Node and Chromium, and Pagefind over the same
 * provisions in the same run (bench/results-search-national.md);
 * `npm run bench -- --national-queries` asks that index the query sets in
 * bench/queries/ (questions, synonyms, typos, citations) and counts how often
 * the provision wanted is in the first three (bench/results-queries-national.md);
 * `npm run bench -- --alignment` scores the aligner on the gold pairs in
 * tests/refs, read from the test content folder (bench/results-alignment.md).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { benchQueries } from '../lib/bench/bench-queries';
import { buildCorpus } from '../lib/corpus/build-corpus';
import { fold } from '../lib/search/fold';
import { createSegmenter } from '../lib/text/segmenter';
import { readContent } from './lib/read-content';
import { contentConfig } from './lib/content-config';
import { costChart, resultsTable } from './lib/bench/report';
import { runSize, type SizeResult } from './lib/bench/run-size';
import { runScaling, scalingPlans } from './lib/bench/scaling';
import { scalingTable } from './lib/bench/scaling-report';
import { nationalTable, runNational } from './lib/bench/national';
import { alignmentTable, runAlignment } from './lib/bench/alignment';
import { nationalSearchTable, runNationalSearch } from './lib/bench/national-search';
import { nationalQueriesTable, runNationalQueries } from './lib/bench/national-queries';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (opt('--sizes') ?? (args.includes('--quick') ? '1000,10000' : '1000,10000,100000')).split(',').map(Number);
const seed = Number(opt('--seed') ?? 1);
const pagefindMax = Number(opt('--pagefind-max') ?? Infinity);

// The synthetic sizes, the scaling inputs and the alignment draw on the test sample (the seeds and a few
// imported texts, scripts/test-content.ts). The national corpus in content/ is what --corpus builds and
// --national-* query; drawn on by the others, its build (minutes, gigabytes) would swamp what they measure.
if (!['--corpus', '--national-search', '--national-queries'].some((a) => args.includes(a))) {
  process.env.KB_CONTENT ??= '.test-content';
  if (!existsSync(process.env.KB_CONTENT)) throw new Error(`内容目录 ${process.env.KB_CONTENT} 不存在：先运行 npx tsx scripts/test-content.ts。`);
}
const content = contentConfig();
// Built only by the sections that draw on it: the national section measures that build itself, as child processes.
let realCorpus: ReturnType<typeof buildCorpus>['corpus'] | null = null;
const real = () => (realCorpus ??= buildCorpus(readContent(content)).corpus);
const machine = { date: new Date().toISOString().slice(0, 10), machine: '2 cores, 24 GB', node: process.version };
mkdirSync('bench', { recursive: true });
await (args.includes('--alignment') ? alignmentBench() : args.includes('--corpus') ? nationalBench() : args.includes('--national-search') ? nationalSearchBench() : args.includes('--national-queries') ? nationalQueriesBench() : args.includes('--scaling') ? scalingBench() : sizeBench());

async function alignmentBench() {
  const table = alignmentTable(await runAlignment());
  writeFileSync('bench/results-alignment.md', `# 条文对齐：召回与精度\n\n${machine.date}，在金标准文件对上测得。\n\n${table}`);
  console.log(table);
}

async function nationalBench() {
  const result = await runNational('bench/corpora/national', content, console.log);
  const table = nationalTable(result);
  writeFileSync('bench/results-corpus.json', JSON.stringify({ ...machine, ...result }, null, 2) + '\n');
  writeFileSync('bench/results-corpus.md', `# 性能与规模：全部语料的数据构建\n\n${machine.date}，${machine.machine}，Node ${machine.node}。\n\n${table}`);
  console.log(table);
}

async function nationalSearchBench() {
  const { cut } = createSegmenter(content.terms());
  const result = await runNationalSearch('bench/corpora/national', cut, { pagefind: !args.includes('--no-pagefind'), runs: Number(opt('--runs') ?? 1) }, console.log);
  const table = nationalSearchTable(result);
  writeFileSync('bench/results-search-national.json', JSON.stringify({ ...machine, ...result }, null, 2) + '\n');
  writeFileSync('bench/results-search-national.md', `# 全部语料上的检索\n\n${machine.date}，${machine.machine}，Node ${machine.node}。\n\n${table}`);
  console.log(table);
}

async function nationalQueriesBench() {
  const results = await runNationalQueries('bench/corpora/national');
  const table = nationalQueriesTable(results);
  writeFileSync('bench/results-queries-national.json', JSON.stringify({ ...machine, results }, null, 2) + '\n');
  writeFileSync('bench/results-queries-national.md', `# 全部语料上按人的问法检索：想要的条文是否在前三\n\n${machine.date}。查询集在 bench/queries/：逐条读条文写成，不取检索结果；national-heldout.yaml 只用来检验，从不用来调参。\n\n${table}`);
  console.log(table);
}

async function scalingBench() {
  const result = await runScaling(scalingPlans(real(), args.includes('--quick')), 'bench/corpora/scaling', content, console.log);
  const table = scalingTable(result);
  writeFileSync('bench/results-scaling.json', JSON.stringify({ ...machine, ...result }, null, 2) + '\n');
  writeFileSync('bench/results-scaling.md', `# 性能与规模：导入、检查与构建随输入增长\n\n${machine.date}，${machine.machine}，Node ${machine.node}。\n\n${table}`);
  console.log(table);
}

async function sizeBench() {
  const { cut } = createSegmenter(content.terms());
  const words = real().clauses.flatMap((c) => cut(c.text).map(fold));
  const queries = benchQueries(real().clauses.map((c) => fold(c.text)), words);
  console.log(`queries: ${queries.map((q) => q.q).join(' | ')}`);

  const results: SizeResult[] = [];
  for (const size of sizes) {
    console.log(`size ${size}:`);
    results.push(await runSize({ size, seed, root: 'bench/corpora', queries, pagefind: !args.includes('--no-pagefind') && size <= pagefindMax, log: console.log }));
  }
  const meta = { ...machine, seed, queries };
  writeFileSync('bench/results.json', JSON.stringify({ ...meta, results }, null, 2) + '\n');
  writeFileSync('bench/results.md', `# 性能与规模：基准结果\n\n${meta.date}，${meta.machine}，Node ${meta.node}。查询 ${queries.length} 条（二字词、4–8 字短语、两词组合），见 results.json。\n\n${resultsTable(results)}`);
  writeFileSync('bench/cost.svg', costChart(results));
  console.log(resultsTable(results));
}
