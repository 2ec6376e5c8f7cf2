/**
 * The exported site as a whole: no broken internal links or anchors, a
 * Content-Security-Policy on every page, no external requests, and no
 * serious or critical accessibility violations on the main pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../lib/site/check-links';
import { inlineHash } from '../../lib/site/inline-hashes';
import { readSite } from '../../scripts/lib/read-site';
import { openSite, type Site } from './harness';

const basePath = process.env.BASE_PATH ?? '';
const pages = readSite('out');
const html = [...pages].filter(([p]) => p.endsWith('.html'));

describe('exported site', () => {
  it('has no broken internal links or anchors', () => {
    const broken = checkLinks(pages, basePath);
    expect(broken.slice(0, 20)).toEqual([]);
  });
  it('puts a same-origin Content-Security-Policy on every page', () => {
    expect(html.length).toBeGreaterThan(10);
    for (const [path, text] of html) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(text)?.[1];
      expect(csp, path).toBeTruthy();
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/https?:/);
      // Inline scripts run by hash only, and every one the page holds has its hash.
      const scriptSrc = / script-src ([^;]*)/.exec(csp!)?.[1].split(' ') ?? [];
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(csp, path).not.toContain("'unsafe-inline'");
      // The policy allows no style attribute: one in the page would be dropped by the browser.
      expect(text.match(/<[a-z][^>]*\sstyle="[^"]*"/gi) ?? [], path).toEqual([]);
      for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) if (!/\bsrc=/.test(m[1])) expect(scriptSrc, path).toContain(inlineHash(m[2]));
      const styleSrc = / style-src ([^;]*)/.exec(csp!)?.[1].split(' ') ?? [];
      for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) expect(styleSrc, path).toContain(inlineHash(m[1]));
    }
  });
  it('names no external host in its pages or scripts', () => {
    for (const [path, text] of html) expect(text.match(/(?:src|href)="(?:https?:)?\/\/[^"]+"/g) ?? [], path).toEqual([]);
  });
});

describe('accessibility (axe-core)', () => {
  let site: Site;
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  beforeAll(async () => {
    site = await openSite(basePath);
  });
  afterAll(async () => site?.close());

  it.each([
    ['home', ''],
    ['document', 'r/zongzhi-zerenzhi-2016/'],
    ['search', 'search/?q=%E7%BA%A6%E8%B0%88'],
    ['compare', 'compare/zongzhi-weiwen-shishi-banfa/zongzhi-zerenzhi-2016/'],
  ])('%s page has no serious or critical violations', async (_name, path) => {
    const page = await site.page();
    const res = await page.goto(site.url + path, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}`);
    });
    expect(violations).toEqual([]);
    expect(page.external).toEqual([]);
    await page.close();
  });

  it('keeps one policy, the hashed one, in the live page once it has hydrated', async () => {
    const page = await site.page();
    await page.goto(site.url, { waitUntil: 'networkidle' });
    // The search box marks itself ready once React has hydrated it.
    await page.locator('[data-search-ready]').waitFor({ state: 'attached' });
    const policies = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((els) => els.map((e) => e.getAttribute('content')));
    expect(policies).toHaveLength(1);
    expect(policies[0]).toMatch(/script-src 'self' 'sha256-/);
    await page.close();
  });
});
