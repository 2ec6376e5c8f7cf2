/**
 * The structure census over a folder of Markdown law texts (the LawRefBook
 * layout: `# title`, history lines, `<!-- INFO END -->`, body):
 *   tsx scripts/article-census.ts <folder> [--json] [--list]
 * Each file is parsed as the import declares it (whole file, title line 1,
 * history and the INFO END line excluded); for each document that prints
 * 第…条 in its body, the count of parsed articles is compared with the count
 * of body lines starting with 第…条 (lib/ingest/article-census.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSource } from '../lib/ingest/parse-source';
import { normalizeSource, splitLines } from '../lib/ingest/normalize';
import { collect } from '../lib/ingest/assign-ids';
import { articleCensus, censusMatches, type ArticleCensus } from '../lib/ingest/article-census';
import { markdownLawLayout } from '../lib/ingest/markdown-law-layout';

const [root, ...flags] = process.argv.slice(2);
if (!root) {
  console.error('用法：tsx scripts/article-census.ts <文件夹> [--json] [--list]');
  process.exit(2);
}
const files: string[] = [];
const walk = (d: string) => readdirSync(d).sort().forEach((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith('.md') && files.push(join(d, f))));
walk(root);

type Row = { file: string; census: ArticleCensus; findings: string[] };
const rows: Row[] = [];
const findingCounts: Record<string, number> = {};
for (const file of files) {
  const raw = readFileSync(file, 'utf8');
  const lines = splitLines(normalizeSource(raw));
  const layout = markdownLawLayout(lines.map((l) => l.text));
  const parsed = parseSource(file, raw, [{ id: 'doc', lines: `1-${lines.length}`, titleLines: layout.titleLines }], layout.exclusions);
  for (const f of parsed.findings) findingCounts[f.kind] = (findingCounts[f.kind] ?? 0) + 1;
  const articles = collect(parsed.trees.get('doc')?.children ?? []).filter((n) => n.kind === 'article' && n.family === 'article');
  const census = articleCensus(lines.map((l) => l.text), layout.bodyStart, lines.length, articles.map((a) => a.line));
  if (census.printed === 0) continue;
  rows.push({ file: relative(root, file), census, findings: parsed.findings.filter((f) => f.kind === 'unparsed-article').map((f) => f.message) });
}
const mismatched = rows.filter((r) => !censusMatches(r.census));
const summary = { documents: files.length, withArticles: rows.length, matching: rows.length - mismatched.length, findings: findingCounts };
if (flags.includes('--json')) {
  console.log(JSON.stringify({ ...summary, exceptions: mismatched }, null, 2));
} else {
  console.log(`${summary.matching} / ${summary.withArticles} 件按“第…条”编排的文件条数相符（共 ${summary.documents} 件）`);
  console.log('数据提示：' + Object.entries(findingCounts).map(([k, v]) => `${k} ${v}`).join('，'));
  for (const r of mismatched) {
    console.log(`${r.file}: 原文 ${r.census.printed} 行，解析 ${r.census.parsed} 条；未成条的行 ${r.census.notArticles.slice(0, 8).join(',')}${r.census.unprinted.length ? `；多出的条 ${r.census.unprinted.slice(0, 8).join(',')}` : ''}`);
    if (flags.includes('--list')) for (const m of r.findings) console.log(`    ${m}`);
  }
}
