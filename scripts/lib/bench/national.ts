/**
 * The national section of the benchmark (`npm run bench -- --corpus`): the
 * whole content folder built as `npm start` builds it, each step a `kb build`
 * child measured for time and peak RSS — from nothing (no cache), and after
 * one document's text changed (an editor's
 * correction: one line of a local regulation that has a parent in the
 * collection, so its alignment is redone too).
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../../lib/corpus/export-contract';
import { parseLineRange } from '../../../lib/ingest/layout-source';
import { contentConfig, type ContentConfig } from '../content-config';
import { caseContentRoot, runKb, type KbRun } from './run-kb';
import type { Measure } from './scaling';

export type NationalResult = {
  documents: number;
  clauses: number;
  sourceBytes: number;
  cold: Measure;
  oneChanged: Measure & { document: string };
  /** The build's own step times from its progress lines, e.g. 建检索索引 → ms: from nothing, and after the change. */
  steps: Record<string, number>;
  rebuildSteps: Record<string, number>;
};

export async function runNational(root: string, content: ContentConfig, log: (s: string) => void): Promise<NationalResult> {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const own = contentConfig(caseContentRoot(root));
  cpSync(content.root, own.root, { recursive: true });
  const build = async (label: string) => {
    const r = checked(await runKb(root, ['build'], { cache: true }));
    log(`  ${label}: ${r.ms} ms, ${r.peakRssMb} MB`);
    return r;
  };
  const cold = await build('cold');
  const corpus = JSON.parse(readFileSync(join(root, '.generated', 'corpus.json'), 'utf8')) as Corpus;
  const document = editOneDocument(corpus, own);
  const oneChanged = await build(`one document changed (${document})`);
  return {
    documents: corpus.documents.length,
    clauses: corpus.clauses.length,
    sourceBytes: corpus.documents.length ? sourceBytes(own) : 0,
    cold: measure(cold),
    oneChanged: { ...measure(oneChanged), document },
    steps: stepTimes(cold.stderr),
    rebuildSteps: stepTimes(oneChanged.stderr),
  };
}

/** The first local regulation (by id) with a parent in the collection: one of its article lines gains a sentence. */
function editOneDocument(corpus: Corpus, own: ContentConfig): string {
  const byId = new Set(corpus.documents.map((d) => d.id));
  const doc = [...corpus.documents].sort((a, b) => (a.id < b.id ? -1 : 1)).find((d) => d.rank === 'local-regulation' && d.parents.some((p) => p.documentId && byId.has(p.documentId)));
  if (!doc) throw new Error('bench: no local regulation with a parent in the collection');
  const article = corpus.clauses.find((c) => c.documentId === doc.id && c.kind === 'article');
  const { from } = parseLineRange(doc.sourceLines);
  const path = join(own.sourcesDir, doc.sourceFile);
  const lines = readFileSync(path, 'utf8').split('\n');
  const at = (article?.line ?? from) - 1;
  lines[at] = `${lines[at]}本条由编辑校订。`;
  writeFileSync(path, lines.join('\n'));
  return doc.id;
}

/** Bytes of every source file the build reads. */
function sourceBytes(own: ContentConfig): number {
  let n = 0;
  for (const f of readdirSync(own.sourcesDir, { recursive: true, encoding: 'utf8' })) {
    const path = join(own.sourcesDir, f);
    if (/\.(txt|md)$/.test(f) && statSync(path).isFile()) n += statSync(path).size;
  }
  return n;
}

/** "kb build: 建检索索引：564.7 s（累计 …）" → { 建检索索引: 564700 }. */
function stepTimes(stderr: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [, name, s] of stderr.matchAll(/^kb build: (.+?)：([\d.]+) s（累计/gm)) out[name] = Math.round(Number(s) * 1000);
  return out;
}

function checked(r: KbRun): KbRun {
  if (r.code !== 0) throw new Error(`kb build failed (exit ${r.code}): ${r.stderr.slice(-800)}`);
  return r;
}

function measure(r: KbRun): Measure {
  return { ms: r.ms, peakRssMb: r.peakRssMb };
}

export function nationalTable(r: NationalResult): string {
  const sec = (ms: number) => `${Math.round(ms / 1000)} s`;
  const rows = [
    `${r.documents.toLocaleString('en')} 件文件、${r.clauses.toLocaleString('en')} 个条款单元，原文 ${(r.sourceBytes / 2 ** 20).toFixed(0)} MB。`,
    '',
    '| 构建 | 时间 | 峰值内存 |',
    '|---|---:|---:|',
    `| 从零构建（无缓存） | ${sec(r.cold.ms)} | ${r.cold.peakRssMb} MB |`,
    `| 改动一件文件（${r.oneChanged.document}）后再构建 | ${sec(r.oneChanged.ms)} | ${r.oneChanged.peakRssMb} MB |`,
    '',
    `从零构建各步：${Object.entries(r.steps).map(([k, v]) => `${k} ${sec(v)}`).join('、')}。`,
    '',
    `改动一件后再构建各步：${Object.entries(r.rebuildSteps).map(([k, v]) => `${k} ${sec(v)}`).join('、')}。`,
  ];
  return rows.join('\n') + '\n';
}
