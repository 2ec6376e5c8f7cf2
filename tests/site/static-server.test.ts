/**
 * The static server behind `npm start` and the browser tests: it serves
 * only the built folder (no traversal into a sibling folder, no crash on a
 * malformed URL), honours a base path, answers conditional requests with
 * 304, and caches content-hashed files for good but nothing else.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server';

const SHARD = '/data/search/f0.0123456789abcdef.json';
const FILES: Record<string, string> = {
  'out/index.html': '<title>首页</title>',
  'out/404.html': '<title>页面不存在</title>',
  'out/r/doc/index.html': '<title>文件</title>',
  'out/about.html': '<title>关于</title>',
  'out/r/doc/doc.txt': '第一条',
  'out/_next/static/chunks/app-3f2a.js': 'console.log(1)',
  [`out${SHARD}`]: '{}',
  'out/data/search/manifest.json': '{"version":"0123456789abcdef"}',
  // A sibling whose name starts like the root's: a prefix check without a separator lets it through.
  'outside/secret.txt': 'SECRET',
};

const servers: Server[] = [];
let plain: string;
let based: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-serve-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const base of ['', '/fagui']) {
    const { server, url } = await startStaticServer(join(dir, 'out'), 0, base);
    servers.push(server);
    if (base) based = url;
    else plain = url;
  }
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
});

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
};

describe('startStaticServer', () => {
  it.each(['..%2Foutside/secret.txt', '..%2F..%2Foutside%2Fsecret.txt', '%2e%2e%2foutside/secret.txt', 'r/..%2F..%2F..%2Foutside/secret.txt'])('does not serve a sibling folder: /%s', async (path) => {
    for (const root of [plain, based]) {
      const res = await get(root + path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.text).not.toContain('SECRET');
    }
  });

  it('answers a malformed URL with 4xx and stays up', async () => {
    for (const root of [plain, based]) {
      const res = await get(`${root}%E0%A4%A`);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect((await get(root)).text).toContain('首页');
    }
  });

  it('serves under the base path only, with directory index, .html fallback and the 404 page', async () => {
    expect((await get(based)).text).toContain('首页');
    expect((await get(`${based.replace(/\/$/, '')}`)).text).toContain('首页');
    expect((await get(`${based}r/doc/`)).text).toContain('文件');
    expect((await get(`${based}about`)).text).toContain('关于');
    expect((await get(`${based}r/doc/?q=1`)).text).toContain('文件');
    const origin = new URL(based).origin;
    for (const outside of [`${origin}/`, `${origin}/r/doc/`, `${origin}/faguix/`, `${based}missing/`]) {
      const res = await get(outside);
      expect(res.status, outside).toBe(404);
      expect(res.text).toContain('页面不存在');
    }
  });

  it('answers a conditional request with 304', async () => {
    const first = await fetch(`${plain}r/doc/`);
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(etag).toBeTruthy();
    expect(first.headers.get('last-modified')).toBeTruthy();
    expect((await get(`${plain}r/doc/`, { 'If-None-Match': etag! })).status).toBe(304);
  });

  it('caches content-hashed files for good, and revalidates pages and the search manifest', async () => {
    for (const path of ['_next/static/chunks/app-3f2a.js', SHARD.slice(1)]) {
      expect((await get(based + path)).headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['', 'r/doc/', 'data/search/manifest.json', 'r/doc/doc.txt']) {
      const cache = (await get(based + path)).headers.get('cache-control') ?? '';
      expect(cache, path).toMatch(/max-age=0/);
      expect(cache, path).not.toContain('immutable');
    }
  });

  it('labels text files as UTF-8', async () => {
    expect((await get(`${plain}r/doc/doc.txt`)).headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect((await get(plain)).headers.get('content-type')).toMatch(/^text\/html;\s*charset=utf-8$/);
  });
});
