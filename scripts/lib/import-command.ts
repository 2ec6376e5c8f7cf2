/**
 * `kb import <folder> [--into <content>] [--collection <name>] [--commit <sha>]`:
 * every law text under a folder (LawRefBook/Laws or a plain .md/.txt tree)
 * into a content folder: the source verbatim under sources/<collection>/,
 * its manifest, and a document entry whose metadata lib/import reads from
 * the text and the path. A record per collection (imports/<collection>.json)
 * makes re-runs touch only what changed and keep what editors changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { importMeta } from '../../lib/import/import-meta';
import { entryFiles } from '../../lib/import/entry-files';
import { baseId, uniqueId } from '../../lib/import/document-id';
import { formatImportRecord, parseImportRecord, planFile, type FileAction, type ImportRecord } from '../../lib/import/plan-file';
import { TEXT_FILE } from '../../lib/import/patterns';
import { ID_PATTERN } from '../../lib/content/schema';
import { contentConfig, type ContentConfig } from './content-config';
import { contentRootProblem } from './read-content';
import { writeAllOrNothing } from './write-all-or-nothing';

const USAGE = '用法：kb import <文件夹> [--into <内容目录>] [--collection <名称>] [--commit <版本>]';
const PROGRESS_EVERY = 200;

type Args = { folder: string; into: string | null; collection: string | null; commit: string | null };

export function parseImportArgs(argv: string[]): Args | string {
  const args: Args = { folder: '', into: null, collection: null, commit: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const flag = (['--into', '--collection', '--commit'] as const).find((f) => a === f);
    if (flag) {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) return `${flag} 缺少取值。${USAGE}`;
      args[flag.slice(2) as 'into' | 'collection' | 'commit'] = v;
    } else if (a.startsWith('-')) return `不认识的选项 ${a}。${USAGE}`;
    else if (args.folder) return `一次只能导入一个文件夹，多出了 ${JSON.stringify(a)}。${USAGE}`;
    else args.folder = a;
  }
  if (!args.folder) return USAGE;
  if (args.collection !== null && !ID_PATTERN.test(args.collection)) return `--collection ${JSON.stringify(args.collection)} 只能由小写英文字母、数字和连字符组成`;
  return args;
}

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const readOrNull = (p: string) => (existsSync(p) ? readFileSync(p) : null);

/** Every file under `root`, as sorted paths relative to it with "/" separators; dot-folders (.git) skipped. */
function walk(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.isFile()) out.push(relative(root, p).split(sep).join('/'));
    }
  };
  visit(root);
  return out;
}

type Counts = Record<'found' | 'imported' | 'updated' | 'unchanged' | 'kept' | 'skipped', number>;

export function importCommand(argv: string[], defaults: ContentConfig): number {
  const args = parseImportArgs(argv);
  if (typeof args === 'string') return fail(args, 2);
  if (!existsSync(args.folder) || !statSync(args.folder).isDirectory()) return fail(`${args.folder} 不存在或不是文件夹`, 1);
  const config = args.into ? contentConfig(args.into) : defaults;
  const problem = contentRootProblem(config);
  if (problem) return fail(problem, 2);
  const collection = args.collection ?? (basename(args.folder).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'import');

  const recordPath = join(config.importsDir, `${collection}.json`);
  const record = parseImportRecord(existsSync(recordPath) ? readFileSync(recordPath, 'utf8') : null, collection);
  record.commit = args.commit ?? record.commit;
  const taken = new Set([
    ...readdirSync(config.documentsDir).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)),
    ...Object.values(record.files).map((f) => f.id),
  ]);

  const files = walk(args.folder);
  const counts: Counts = { found: files.length, imported: 0, updated: 0, unchanged: 0, kept: 0, skipped: 0 };
  const skipped: string[] = [];
  const notes: string[] = [];
  const started = Date.now();
  const utf8 = new TextDecoder('utf-8', { fatal: true });

  files.forEach((rel, i) => {
    if (i > 0 && i % PROGRESS_EVERY === 0) console.error(`kb import: ${i}/${files.length} …（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
    const skip = (reason: string) => {
      counts.skipped++;
      skipped.push(`  ${rel}: ${reason}`);
    };
    if (!TEXT_FILE.test(rel)) return skip('不是 .md 或 .txt 文件');
    const bytes = readFileSync(join(args.folder, rel));
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return skip('不是 UTF-8 编码（请用 kb ingest 逐个转码导入）');
    }
    const sourceFile = `${collection}/${rel}`;
    const result = importMeta(rel, text, sourceFile);
    if (result.kind === 'skip') return skip(result.reason);

    const known = record.files[rel];
    const id = known?.id ?? uniqueId(baseId(result.stem, result.meta.versionDate.value), taken);
    const sourceSha = sha(bytes);
    const { mdx, manifest } = entryFiles(result.meta, result.exclusions, { collection, commit: record.commit, path: rel, sha256: sourceSha });
    const sourcePath = join(config.sourcesDir, sourceFile);
    const paths = { source: sourcePath, manifest: `${sourcePath}.yaml`, entry: join(config.documentsDir, `${id}.mdx`) };
    const wanted = { source: sourceSha, manifest: sha(manifest), entry: sha(mdx) };
    const data = { source: bytes, manifest, entry: mdx };
    const plans = (['source', 'manifest', 'entry'] as const).map((k) => {
      const current = readOrNull(paths[k]);
      const action: FileAction = planFile(k === 'source' ? 'source' : 'entry', current && sha(current), known?.[k] ?? null, wanted[k]);
      return { k, action };
    });
    const writes = plans.filter((p) => p.action === 'write');
    if (writes.length) {
      mkdirSync(dirname(sourcePath), { recursive: true });
      for (const w of writes) writeAllOrNothing([{ path: paths[w.k], data: data[w.k] }]);
    }
    const next = { id, source: wanted.source, manifest: wanted.manifest, entry: wanted.entry };
    for (const p of plans) {
      if (p.action !== 'keep-edited') continue;
      next[p.k] = known?.[p.k] ?? next[p.k];
      notes.push(`${paths[p.k]}: 保留编辑修改（原文${plans[0].action === 'write' ? '已更新' : '未变'}，导入不覆盖编辑过的文件）`);
    }
    record.files[rel] = next;
    for (const n of result.notes) notes.push(`${join(config.sourcesDir, sourceFile)}:${n.line}: ${n.message}`);
    if (plans.some((p) => p.action === 'keep-edited')) counts.kept++;
    if (!known) counts.imported++;
    else if (writes.length) counts.updated++;
    else if (!plans.some((p) => p.action === 'keep-edited')) counts.unchanged++;
  });

  // A file the collection no longer has stays in content (an editor may rely on it); the record keeps its id.
  const present = new Set(files);
  for (const rel of Object.keys(record.files)) if (!present.has(rel)) notes.push(`${join(config.sourcesDir, collection, rel)}: 收录集中已没有这个文件，导入未删除它`);
  mkdirSync(dirname(recordPath), { recursive: true });
  const recordText = formatImportRecord(record);
  if (readOrNull(recordPath)?.toString('utf8') !== recordText) writeAllOrNothing([{ path: recordPath, data: recordText }]);

  for (const n of notes) console.log(n);
  if (skipped.length) console.log(`跳过（不是法规正文）：\n${skipped.join('\n')}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `kb import: ${collection}: 发现 ${counts.found}，新导入 ${counts.imported}，更新 ${counts.updated}，未变 ${counts.unchanged}，保留编辑修改 ${counts.kept}，跳过 ${counts.skipped}（${seconds} 秒）→ ${config.root}`,
  );
  return 0;
}

function fail(message: string, code: number): number {
  console.error(`kb import: ${message}`);
  return code;
}
