/**
 * `tsx scripts/test-content.ts [--out <dir>]`: writes the content folder the
 * test suite reads (default .test-content/, which vitest.config.ts names in
 * KB_CONTENT): content/ without its imported collections, except the
 * documents listed in tests/sample-documents.txt. content/ holds the whole
 * national corpus, and a suite that parsed it in every test file would take
 * hours; the one test that builds the whole corpus reads content/ itself.
 * Files are copied, never linked: tests edit their copies.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentConfig, DEFAULT_CONTENT_ROOT } from './lib/content-config';
import { parseImportRecord } from '../lib/import/plan-file';

const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : '.test-content';
// content/ itself, whatever KB_CONTENT says: under vitest it names the folder this writes.
const config = contentConfig(DEFAULT_CONTENT_ROOT);
const sample = new Set(
  readFileSync('tests/sample-documents.txt', 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#')),
);

// Imported files not in the sample, by their place under the content root.
const left = new Set<string>();
const found = new Set<string>();
const records = existsSync(config.importsDir) ? readdirSync(config.importsDir).filter((f) => f.endsWith('.json')) : [];
for (const file of records) {
  const record = parseImportRecord(readFileSync(join(config.importsDir, file), 'utf8'), file.replace(/\.json$/, ''));
  for (const [path, entry] of Object.entries(record.files)) {
    if (sample.has(entry.id)) {
      found.add(entry.id);
      continue;
    }
    const source = join('sources', record.collection, path);
    for (const f of [source, `${source}.yaml`, join('documents', `${entry.id}.mdx`)]) left.add(f);
  }
}
const missing = [...sample].filter((id) => !found.has(id));
if (missing.length) {
  console.error(`test-content: tests/sample-documents.txt 列出的文件不在导入记录中：${missing.join('、')}`);
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
cpSync(config.root, out, {
  recursive: true,
  filter: (src) => {
    const rel = relative(config.root, src);
    return !left.has(rel) && src !== config.importsDir;
  },
});
const count = (dir: string) => (existsSync(dir) ? readdirSync(dir).length : 0);
console.log(`test-content: ${count(join(out, 'documents'))} documents → ${out}/`);
