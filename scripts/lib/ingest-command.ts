/**
 * `kb ingest <file> [--id <id>]`: add a new regulation text to content/ as a
 * source plus a draft document entry for an editor to review.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeSource, MAX_SOURCE_BYTES } from '../../lib/ingest/decode-source';
import { draftMeta } from '../../lib/ingest/draft-meta';
import { parseText } from '../../lib/ingest/parse-source';

export function ingest(args: string[], root = process.env.KB_CONTENT ?? 'content'): number {
  const file = args.find((a) => !a.startsWith('--'));
  const idArg = args[args.indexOf('--id') + 1];
  if (!file) return fail('usage: kb ingest <file> [--id <document-id>]');
  if (!existsSync(file) || !statSync(file).isFile()) return fail(`${file}: no such file`);
  if (statSync(file).size > MAX_SOURCE_BYTES) return fail(`${file}: 文件过大（${statSync(file).size} 字节，上限 ${MAX_SOURCE_BYTES} 字节）`);
  const bytes = readFileSync(file);
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return fail(`${file}: ${decoded.reason}`);

  const stem = basename(file).replace(/\.[^.]+$/, '');
  const id = (args.includes('--id') ? idArg : stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')) || `doc-${sha(bytes).slice(0, 8)}`;
  if (!/^[a-z0-9-]+$/.test(id)) return fail(`--id ${id}: ids are lower-case letters, digits and hyphens`);
  const sourceName = `${stem}.txt`;
  const sourcePath = join(root, 'sources', sourceName);
  const docPath = join(root, 'documents', `${id}.mdx`);
  for (const p of [sourcePath, docPath]) if (existsSync(p)) return fail(`${p} already exists; choose another --id or remove it first`);

  const meta = draftMeta(decoded.text);
  const parsed = parseText(decoded.text, id);
  writeFileSync(sourcePath, decoded.text);
  writeFileSync(`${sourcePath}.yaml`, `origin: 由 kb ingest 导入，原文件 ${basename(file)}，编码 ${decoded.encoding}，SHA-256 ${sha(bytes)}\nexclusions: []\n`);
  writeFileSync(docPath, frontmatter(meta, sourceName));
  console.log(`imported ${file} (${decoded.encoding}) → ${sourcePath}, ${docPath}`);
  console.log(`draft: title ${meta.title ?? '（未识别）'}, 文号 ${meta.docNumber ?? '（未识别）'}, 施行 ${meta.effective ?? '（未识别）'}`);
  console.log(`parsed ${countNodes(parsed.tree.children)} clauses; findings: ${parsed.findings.map((f) => f.kind).join(', ') || 'none'}`);
  console.log('review the draft metadata, then run: npm run -s kb -- check');
  return 0;
}

function frontmatter(m: ReturnType<typeof draftMeta>, sourceName: string): string {
  const why = '由 kb ingest 从原文推测，待编辑核对。';
  const field = (v: string | null, stated: boolean) =>
    v === null ? '{ value: null, basis: unknown }' : `{ value: ${JSON.stringify(v)}, basis: ${stated ? 'stated' : 'inferred'}${stated ? '' : `, note: ${JSON.stringify(why)}`} }`;
  return `---
title: ${m.title ? field(m.title, true) : `{ value: null, basis: unknown }`}
shortTitle: { value: null, basis: unknown }
issuer: { value: null, basis: unknown }
docNumber: ${field(m.docNumber, true)}
level: ${field(m.level, false)}
region: { value: null, basis: unknown }
issued: { value: null, basis: unknown }
effective: ${field(m.effective, true)}
status: { value: null, basis: unknown }
docType: regulation
parents: []
source: { file: ${sourceName}, lines: "1-${m.lines}"${m.titleLine ? `, titleLines: [${m.titleLine}]` : ''} }
---
待编辑核对：标题、发布机关、层级、地区和上位依据。
`;
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
