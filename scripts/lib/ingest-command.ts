/**
 * `kb ingest <file> [--id <id>]`: add a new regulation text to content/ as a
 * source plus a draft document entry for an editor to review.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeSource, MAX_SOURCE_BYTES } from '../../lib/ingest/decode-source';
import { draftMeta } from '../../lib/ingest/draft-meta';
import { draftFrontmatter } from '../../lib/ingest/draft-frontmatter';
import { draftYaml } from '../../lib/ingest/draft-yaml';
import { parseText } from '../../lib/ingest/parse-source';
import type { ContentConfig } from './content-config';
import { parseIngestArgs } from './ingest-args';
import { writeAllOrNothing } from './write-all-or-nothing';

export function ingest(argv: string[], config: ContentConfig): number {
  const args = parseIngestArgs(argv);
  if (typeof args === 'string') {
    console.error(`kb ingest: ${args}`);
    return 2;
  }
  const { file } = args;
  if (!existsSync(file) || !statSync(file).isFile()) return fail(`${file}: 文件不存在`);
  if (statSync(file).size > MAX_SOURCE_BYTES) return fail(`${file}: 文件过大（${statSync(file).size} 字节，上限 ${MAX_SOURCE_BYTES} 字节）`);
  const bytes = readFileSync(file);
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return fail(`${file}: ${decoded.reason}`);

  const stem = basename(file).replace(/\.[^.]+$/, '');
  const id = args.id ?? (stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `doc-${sha(bytes).slice(0, 8)}`);
  const sourceName = `${stem}.txt`;
  const sourcePath = join(config.sourcesDir, sourceName);
  const manifestPath = `${sourcePath}.yaml`;
  const docPath = join(config.documentsDir, `${id}.mdx`);
  for (const p of [sourcePath, manifestPath, docPath]) if (existsSync(p)) return fail(`${p} 已存在：请换一个 --id，或先删除它`);

  const meta = draftMeta(decoded.text);
  const parsed = parseText(decoded.text, id);
  const origin = `由 kb ingest 导入，原文件 ${basename(file)}，编码 ${decoded.encoding}，SHA-256 ${sha(bytes)}${decoded.notice ? `；${decoded.notice}` : ''}`;
  writeAllOrNothing([
    { path: sourcePath, data: decoded.text },
    { path: manifestPath, data: draftYaml({ origin, exclusions: [] }) },
    { path: docPath, data: draftFrontmatter(meta, sourceName) },
  ]);
  console.log(`imported ${file} (${decoded.encoding}) → ${sourcePath}, ${docPath}`);
  if (decoded.notice) console.log(`notice: ${decoded.notice}`);
  console.log(`draft: title ${meta.title ?? '（未识别）'}, 文号 ${meta.docNumber ?? '（未识别）'}, 施行 ${meta.effective ?? '（未识别）'}`);
  console.log(`parsed ${countNodes(parsed.tree.children)} clauses; findings: ${parsed.findings.map((f) => f.kind).join(', ') || 'none'}`);
  for (const f of parsed.findings.filter((x) => x.kind === 'invisible-char')) console.log(`  ${f.message}`);
  console.log('review the draft metadata, then run: npm run -s kb -- check');
  return 0;
}

function countNodes(nodes: { children: unknown[] }[]): number {
  return nodes.reduce((n, c) => n + 1 + countNodes(c.children as { children: unknown[] }[]), 0);
}

function sha(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

function fail(message: string): number {
  console.error(`kb ingest: ${message}`);
  return 1;
}
