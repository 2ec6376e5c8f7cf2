/**
 * `kb import` on a small tree of real corpus files: the result passes
 * `kb check`, a re-run changes nothing, and an entry an editor changed is
 * kept when the import runs again.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKb } from '../helpers/run-kb';
import { TEST_CONTENT } from '../helpers/test-content';

const FIXTURE = new URL('../fixtures/import/lawrefbook/', import.meta.url).pathname;
let content: string;

const kbImport = () => runKb(['import', FIXTURE, '--collection', 'lawrefbook', '--commit', '2f4c5c23716267af9dbebbbbd6cbbf732b101981'], { content });

/** Every file under the content folder with its bytes, to see whether a run touched anything. */
function snapshot(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) snapshot(p, out);
    else out.set(p, `${statSync(p).mtimeMs}:${readFileSync(p, 'utf8')}`);
  }
  return out;
}

beforeAll(async () => {
  content = join(mkdtempSync(join(tmpdir(), 'kb-import-')), 'content');
  cpSync(TEST_CONTENT, content, { recursive: true });
  const r = await kbImport();
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('发现 6，新导入 4，更新 0，未变 0，保留编辑修改 0，跳过 2');
  expect(r.stdout).toMatch(/README\.md: 文件名表明是说明或索引/);
  expect(r.stdout).toMatch(/重庆市实施《国家赔偿法》办法\(2012-09-27\)\.md: 没有正文/);
}, 120_000);

describe('kb import', () => {
  it('copies sources verbatim under sources/<collection>/ and writes entries that pass kb check', async () => {
    const rel = 'DLC/山东地方法规/地方性法规/山东/青岛市禁止燃放烟花爆竹规定(2019-09-27).md';
    expect(readFileSync(join(content, 'sources', 'lawrefbook', rel))).toEqual(readFileSync(join(FIXTURE, rel)));
    const manifest = readFileSync(join(content, 'sources', 'lawrefbook', `${rel}.yaml`), 'utf8');
    expect(manifest).toContain(`path: "${rel}"`);
    const entry = readFileSync(join(content, 'documents', 'qing-dao-shi-jin-zhi-ran-fyhbzgd-2019-09-27.mdx'), 'utf8');
    expect(entry).toContain('region: { value: 山东省青岛市, basis: inferred');
    const check = await runKb(['check'], { content });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    // The content it was imported into, plus the four law texts of the fixture (its README is skipped).
    expect(check.stdout).toMatch(new RegExp(`ok: ${readdirSync(join(TEST_CONTENT, 'documents')).length + 4} documents`));
  }, 120_000);

  it('a re-run changes nothing', async () => {
    const before = snapshot(content);
    const r = await kbImport();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('新导入 0，更新 0，未变 4，保留编辑修改 0');
    expect(snapshot(content)).toEqual(before);
  }, 60_000);

  it('keeps an entry an editor changed, and says so', async () => {
    const path = join(content, 'documents', 'guo-ji-fa-1980-09-10.mdx');
    const edited = readFileSync(path, 'utf8').replace('status: { value: null, basis: unknown }', 'status: { value: in-force, basis: inferred, note: 编辑核对。 }');
    expect(edited).not.toBe(readFileSync(path, 'utf8'));
    writeFileSync(path, edited);
    const r = await kbImport();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${path}: 保留编辑修改`);
    expect(r.stdout).toContain('保留编辑修改 1');
    expect(readFileSync(path, 'utf8')).toBe(edited);
  }, 60_000);
});
