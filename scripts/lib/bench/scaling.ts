/**
 * The scaling section of the benchmark (`npm run bench -- --scaling`): three
 * kinds of input at doubling sizes, each imported with `kb ingest`, then
 * `kb check` and `kb build` in its own case directory, every command a child
 * process measured for time and peak RSS. Linear work shows a ratio near 2
 * per doubling; memory above each command's fixed baseline (the same
 * command with nothing to do) is compared with the input's size.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { longLaw, longLine, realArticles, repeatedArticles } from '../../../lib/bench/scaling-inputs';
import type { Corpus } from '../../../lib/corpus/export-contract';
import { caseContentRoot, runKb, type KbRun } from './run-kb';
import { contentConfig, type ContentConfig } from '../content-config';

export const COMMANDS = ['ingest', 'check', 'build'] as const;
export type Command = (typeof COMMANDS)[number];
export type Measure = { ms: number; peakRssMb: number };
export type ScalingPoint = { size: number; inputBytes: number; clauses: number } & Record<Command, Measure>;
export type ScalingSeries = { name: string; label: string; unit: string; points: ScalingPoint[] };
/** Peak RSS of each command with nothing to do: the process, its code and the segmenter's dictionaries. */
export type ScalingResult = { baselineRssMb: Record<Command, number>; series: ScalingSeries[] };

type Plan = {
  name: string;
  label: string;
  unit: string;
  sizes: number[];
  text: (size: number) => string;
  /** Check and build it among the real content, implementing this document (so alignment runs). */
  parent?: string;
};

/** The series, sizes doubling; `quick` stops each one two doublings earlier. */
export function scalingPlans(real: Pick<Corpus, 'clauses'>, quick: boolean): Plan[] {
  const articles = realArticles(real.clauses);
  // The parent with the most articles makes alignment do the most work per local article.
  const counts = new Map<string, number>();
  for (const c of real.clauses) if (c.kind === 'article') counts.set(c.documentId, (counts.get(c.documentId) ?? 0) + 1);
  const parent = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const trim = (sizes: number[]) => (quick ? sizes.slice(0, -2) : sizes);
  return [
    { name: 'repeated', label: '重复的“第一条”行', unit: '行', sizes: trim([2000, 4000, 8000, 16000, 32000, 64000]), text: repeatedArticles },
    { name: 'long-line', label: '一整行（无换行）', unit: '字节', sizes: trim([500_000, 1_000_000, 2_000_000, 4_000_000]), text: (n) => longLine(articles, n) },
    { name: 'long-law', label: '真实条文拼成的长法规（含对齐）', unit: '条', sizes: trim([1000, 2000, 4000, 8000]), text: (n) => longLaw(articles, n, '社会治理综合规定'), parent },
  ];
}

/** `content`: the real content, copied into the cases that are built among it. */
export async function runScaling(plans: Plan[], root: string, content: ContentConfig, log: (s: string) => void): Promise<ScalingResult> {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const baseline = await baselines(join(root, 'empty'), content);
  const series: ScalingSeries[] = [];
  for (const plan of plans) {
    const points: ScalingPoint[] = [];
    for (const size of plan.sizes) {
      const dir = join(root, `${plan.name}-${size}`);
      const own = contentConfig(caseContentRoot(dir));
      if (plan.parent) cpSync(content.root, own.root, { recursive: true });
      else emptyContent(own, content);
      const text = plan.text(size);
      writeFileSync(join(dir, 'input.txt'), text);
      const ingest = checked(await runKb(dir, ['ingest', 'input.txt', '--id', 'scaling-input']), 'ingest');
      if (plan.parent) declareParent(join(own.documentsDir, 'scaling-input.mdx'), plan.parent);
      const check = checked(await runKb(dir, ['check']), 'check');
      const build = checked(await runKb(dir, ['build']), 'build');
      const clauses = Number(/(\d+) clauses/.exec(check.stdout.split('\n').filter(Boolean).at(-1) ?? '')?.[1] ?? NaN);
      const point = { size, inputBytes: Buffer.byteLength(text), clauses, ingest: measure(ingest), check: measure(check), build: measure(build) };
      log(`  ${plan.name} ${size}: ${COMMANDS.map((c) => `${c} ${point[c].ms} ms ${point[c].peakRssMb} MB`).join(', ')}`);
      points.push(point);
      rmSync(dir, { recursive: true, force: true });
    }
    series.push({ name: plan.name, label: plan.label, unit: plan.unit, points });
  }
  return { baselineRssMb: baseline, series };
}

/** Content with the legal-term dictionary and nothing else. */
function emptyContent(own: ContentConfig, content: ContentConfig): void {
  mkdirSync(own.sourcesDir, { recursive: true });
  mkdirSync(own.documentsDir, { recursive: true });
  mkdirSync(dirname(own.dictPath), { recursive: true });
  cpSync(content.dictPath, own.dictPath);
}

/** Each command on empty content (ingest: of a one-line file), for the fixed part of its memory. */
async function baselines(dir: string, content: ContentConfig): Promise<Record<Command, number>> {
  const own = contentConfig(caseContentRoot(dir));
  emptyContent(own, content);
  writeFileSync(join(dir, 'one-line.txt'), repeatedArticles(1));
  const ingest = checked(await runKb(dir, ['ingest', 'one-line.txt', '--id', 'one-line']), 'ingest').peakRssMb;
  rmSync(dir, { recursive: true, force: true });
  emptyContent(own, content);
  const check = checked(await runKb(dir, ['check']), 'check').peakRssMb;
  const build = checked(await runKb(dir, ['build']), 'build').peakRssMb;
  rmSync(dir, { recursive: true, force: true });
  return { ingest, check, build };
}

function measure(r: KbRun): Measure {
  return { ms: r.ms, peakRssMb: r.peakRssMb };
}

function checked(r: KbRun, what: string): KbRun {
  if (r.code !== 0) throw new Error(`kb ${what} failed (exit ${r.code}): ${r.stderr.slice(-800)}`);
  return r;
}

/** The ingested draft declares no parent; give it one from the real content. */
function declareParent(mdx: string, parent: string): void {
  const text = readFileSync(mdx, 'utf8');
  writeFileSync(mdx, text.replace(/^parents: \[\]$/m, `parents:\n  - citation: 《${parent}》\n    documentId: ${parent}\n    basis: stated`));
}
