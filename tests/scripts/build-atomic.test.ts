/**
 * `kb build` publishes all of its output or none of it: a second build
 * started meanwhile is refused, a build interrupted midway leaves the
 * previous output readable and whole, and the lock a killed build leaves
 * behind is taken over by the next one.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKb, startKb } from '../helpers/run-kb';
import { TEST_CONTENT } from '../helpers/test-content';

const SOURCE = '003_c581a559be9e3d5d.txt';
let work: string;
let env: NodeJS.ProcessEnv;

const kb = (...args: string[]) => runKb(args, { cwd: work, env });
const corpusJson = () => readFileSync(join(work, '.generated', 'corpus.json'), 'utf8');
/** Folders a build writes into before swapping them in. */
const staging = () => [...readdirSync(work), ...readdirSync(join(work, 'public'))].filter((n) => n.includes('.building-'));

async function searchHits(query: string): Promise<unknown[]> {
  const r = await kb('search', query, '--json');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as unknown[];
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kb-atomic-'));
  cpSync(TEST_CONTENT, join(work, 'content'), { recursive: true });
  env = { ...process.env, KB_CONTENT: join(work, 'content') };
  delete env.KB_NO_CACHE;
  const first = await kb('build');
  expect(first.status, first.stderr).toBe(0);
}, 120_000);

describe('kb build', () => {
  it('refuses a second build while one is running, with a clear message', async () => {
    // The lock of a build that is running: this process's pid, alive for the whole test, so no timing decides it.
    const lock = join(work, '.generated.lock');
    writeFileSync(lock, String(process.pid));
    const before = corpusJson();
    const b = await kb('build');
    expect(b.status).toBe(1);
    expect(b.stderr).toContain('另一个构建正在进行');
    expect(b.stderr).toContain(String(process.pid));
    expect(corpusJson()).toBe(before);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    rmSync(lock);
    const done = await kb('build');
    expect(done.status, done.stderr).toBe(0);
    expect(existsSync(lock)).toBe(false);
    expect((await searchHits('信访')).length).toBeGreaterThan(0);
  }, 120_000);

  it('interrupted midway, leaves the previous output whole; the next build takes over its lock', async () => {
    const before = corpusJson();
    const file = join(work, 'content', 'sources', SOURCE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('。', '。（增补条文）'));

    const build = startKb(['build'], { cwd: work, env });
    // The corpus is written first: from then on the build is writing its output.
    await expect.poll(() => build.stdout(), { timeout: 60_000, interval: 10 }).toContain('built:');
    build.child.kill('SIGINT');
    const killed = await build.done;
    expect(killed.signal).toBe('SIGINT');

    expect(corpusJson() === before).toBe(true);
    expect(await searchHits('增补条文')).toEqual([]);
    expect((await searchHits('信访')).length).toBeGreaterThan(0);

    const next = await kb('build');
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).toContain(`接管了过期的构建锁 .generated.lock：进程 ${build.child.pid} 已不存在`);
    expect(corpusJson()).toContain('增补条文');
    expect((await searchHits('增补条文')).length).toBeGreaterThan(0);
    expect(staging()).toEqual([]);
  }, 180_000);

  it('takes over a lock whose process is gone', async () => {
    const dead = startKb(['help']);
    await dead.done;
    writeFileSync(join(work, '.generated.lock'), String(dead.child.pid));
    const broken = join(work, 'broken');
    cpSync(join(work, 'content'), broken, { recursive: true });
    const doc = join(broken, 'documents', 'zongzhi-weiwen-jiedu.mdx');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('lines: "56-64"', 'lines: "50-64"'));
    // Content that fails the check keeps this quick: the lock is taken before the check.
    const r = await runKb(['build'], { cwd: work, env: { ...env, KB_CONTENT: broken } });
    expect(r.stderr).toContain(`接管了过期的构建锁 .generated.lock：进程 ${dead.child.pid} 已不存在`);
    expect(r.stderr).toContain('内容检查未通过，未发布任何内容');
    expect(r.status).toBe(1);
    expect(existsSync(join(work, '.generated.lock'))).toBe(false);
  }, 60_000);
});
