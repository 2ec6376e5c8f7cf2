/**
 * `kb search --json` runs the same query code over the same index files as
 * the library (and the browser): its output equals the library's results.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../lib/search/search-engine';
import { hitsToJson } from '../../scripts/lib/search-command';
import { fileShardLoader, writeSearchIndex } from '../../scripts/lib/search-index-files';
import { buildEngine, keyOf, legalTerms, loadCorpus, loadSynonyms } from './helpers';
import { runKb } from '../helpers/run-kb';

const run = promisify(execFile);
const QUERIES = ['一票否决', '约谈 整改', '重大情报信息多长时间内上报', '一票否決', '（四）', '信访', '的', '量子计算机'];

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kb-search-'));
  await writeSearchIndex(loadCorpus(), legalTerms(), dir, { synonyms: loadSynonyms() });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const { stdout } = await run('node_modules/.bin/tsx', ['scripts/kb.ts', 'search', ...args, '--index', dir], { maxBuffer: 64 << 20 });
  return stdout;
}

describe('kb search', () => {
  it.each(QUERIES)('--json for %s equals the library over the same files', async (q) => {
    const printed = JSON.parse(await cli(q, '--json', '--limit', '50'));
    const library = hitsToJson(await createSearchEngine(fileShardLoader(dir)).search(q, { limit: 50 }));
    expect(printed).toEqual(library);
    for (const h of printed) expect(Object.keys(h)).toEqual(expect.arrayContaining(['clauseId', 'documentId', 'score', 'snippet']));
  });

  it('the files it reads give what the index built in memory gives', async () => {
    const { engine } = await buildEngine();
    const files = createSearchEngine(fileShardLoader(dir));
    for (const q of QUERIES) {
      const a = (await engine.search(q, { limit: 1000 })).hits.map(keyOf);
      const b = (await files.search(q, { limit: 1000 })).hits.map(keyOf);
      expect(b).toEqual(a);
    }
  });

  it('without --json prints a readable list with labels and titles', async () => {
    const out = await cli('挂牌督办', '--limit', '3');
    expect(out).toMatch(/共 \d+ 条/);
    expect(out).toMatch(/第二十四条|（二十二）/);
    expect(out).toContain('【挂牌督办】');
    // A question that asks for a list says which provisions it ranks first.
    expect(await cli('有哪些情形的不予受理', '--limit', '3')).toContain('开列“下列情形”“以下情形”的条文排在前面');
    // So does a query that names a place.
    expect(await cli('山东 信访 复查', '--limit', '3')).toContain('适用于“山东”的规定排在前面，其他地方的排在后面');
  });

  it('--limit and the filters apply', async () => {
    const three = JSON.parse(await cli('信访', '--json', '--limit', '3'));
    expect(three).toHaveLength(3);
    const onlyOne = JSON.parse(await cli('责任', '--json', '--limit', '200', '--doc', 'xinfang-zerenzhi-xize'));
    expect(onlyOne.length).toBeGreaterThan(0);
    expect(new Set(onlyOne.map((h: { documentId: string }) => h.documentId))).toEqual(new Set(['xinfang-zerenzhi-xize']));
  });

  it('writes every shard under the manifest\'s version', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const names = readdirSync(dir).filter((n) => n !== 'manifest.json');
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(name).toMatch(new RegExp(`^[a-z]+\\d*\\.${manifest.version}\\.json$`));
  });

  it.each([
    ['is missing', (d: string) => rmSync(join(d, 'manifest.json')), '中没有检索索引'],
    ['has a truncated manifest', (d: string) => writeFileSync(join(d, 'manifest.json'), '{"version":'), 'manifest.json 已损坏'],
    ['has a manifest of another shape', (d: string) => writeFileSync(join(d, 'manifest.json'), '{}'), '索引可能损坏或版本不符'],
    ['lacks its shards', (d: string) => readdirSync(d).filter((n) => n !== 'manifest.json').forEach((n) => rmSync(join(d, n))), '检索索引缺少文件'],
  ])('says so in one line, with no stack trace, when the index %s', async (_, damage, message) => {
    const broken = mkdtempSync(join(tmpdir(), 'kb-search-broken-'));
    cpSync(dir, broken, { recursive: true });
    damage(broken);
    const failed = await runKb(['search', '信访', '--index', broken]);
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim().split('\n')).toEqual([expect.stringContaining(message)]);
    expect(failed.stderr).not.toMatch(/\bat /);
    rmSync(broken, { recursive: true, force: true });
  });
});
