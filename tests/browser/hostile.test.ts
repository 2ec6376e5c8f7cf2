/**
 * Safe rendering and sub-path hosting, on a second build of the site made
 * from the real content plus a hostile source: markup, MDX braces and a
 * closing script tag in a title, in clause text and in a search query must
 * show literally and never execute, and every link must work under /fagui/.
 * A script written into a built page afterwards is blocked by the page's
 * CSP, which allows the page's own inline scripts by hash only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../lib/site/check-links';
import { readSite } from '../../scripts/lib/read-site';
import { startStaticServer } from '../../scripts/lib/static-server';
import { CHROMIUM, FLAGS } from './harness';
import { copyProject, sh } from './site-copy';

const BASE = '/fagui';
const DIR = '.hostile';
const PAYLOAD = '<img src=x onerror=alert(1)>';
const BRACES = '{globalThis.pwned=1}';
const SCRIPT_END = '</script><script>alert(2)</script>';

const SOURCE = `${PAYLOAD}测试规定${BRACES}
第一条 本规定中的“${PAYLOAD}”和“${BRACES}”原样显示。
第二条 ${SCRIPT_END}也原样显示。
`;
const META = `---
title: { value: ${JSON.stringify(`${PAYLOAD}测试规定${BRACES}`)}, basis: stated }
shortTitle: { value: ${JSON.stringify(`${SCRIPT_END}简称`)}, basis: inferred, note: ${JSON.stringify(PAYLOAD)} }
issuer: { value: ${JSON.stringify(BRACES)}, basis: stated }
docNumber: { value: null, basis: unknown }
level: { value: county, basis: inferred, note: 测试 }
region: { value: ${JSON.stringify(PAYLOAD)}, basis: inferred, note: 测试 }
issued: { value: null, basis: unknown }
effective: { value: null, basis: unknown }
status: { value: null, basis: unknown }
docType: regulation
parents: []
source: { file: zz-hostile.txt, lines: "1-3", titleLines: [1] }
---
编者按只从仓库编译。
`;

let browser: Browser;
let close: () => Promise<void>;
let url: string;

/** The page where a script is injected after the build. */
const INJECTED_PAGE = 'glossary/';
const INJECTED = '<script>globalThis.injected=1</script>';

beforeAll(async () => {
  await copyProject(DIR);
  writeFileSync(join(DIR, 'content/sources/zz-hostile.txt'), SOURCE);
  writeFileSync(join(DIR, 'content/documents/zz-hostile.mdx'), META);
  await sh('npm', ['run', 'build'], { cwd: DIR, env: { ...process.env, BASE_PATH: BASE, KB_CONTENT: 'content' } });
  // As if someone with write access to the host slipped a script into a published page.
  const injected = join(DIR, 'out', INJECTED_PAGE, 'index.html');
  writeFileSync(injected, readFileSync(injected, 'utf8').replace(/<body([^>]*)>/, `<body$1>${INJECTED}`));
  const started = await startStaticServer(join(DIR, 'out'), 0, BASE);
  url = started.url;
  close = () => new Promise((ok) => started.server.close(() => ok()));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await close?.();
});

/** A page that records every CSP violation, from before the first script of each document. */
async function watchedPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as { violations?: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return page;
}

const violations = (page: Page) => page.evaluate(() => (globalThis as { violations?: string[] }).violations);

describe('hostile content, hosted under a sub-path', () => {
  it('has no broken links under the base path', () => {
    expect(checkLinks(readSite(join(DIR, 'out')), BASE).slice(0, 20)).toEqual([]);
  });

  it('shows markup, braces and script tags literally and runs none of them', async () => {
    const page = await watchedPage();
    const dialogs: string[] = [];
    const external: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(new URL(url).origin)) external.push(r.url());
    });
    for (const path of ['', 'r/zz-hostile/', `search/?q=${encodeURIComponent(PAYLOAD)}`, `search/?q=${encodeURIComponent(SCRIPT_END)}`]) {
      const res = await page.goto(url + path, { waitUntil: 'networkidle' });
      expect(res?.status(), path).toBe(200);
    }
    await page.goto(url + 'r/zz-hostile/', { waitUntil: 'networkidle' });
    const text = await page.locator('body').innerText();
    expect(text).toContain(PAYLOAD);
    expect(text).toContain(BRACES);
    expect(text).toContain('</script>');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    await page.goto(url + `search/?q=${encodeURIComponent(PAYLOAD)}`, { waitUntil: 'networkidle' });
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(external).toEqual([]);
    // The pages' own inline scripts are all allowed by hash.
    expect(await violations(page)).toEqual([]);
  });

  it("blocks a script injected into a built page, while the page's own scripts run", async () => {
    const page = await watchedPage();
    await page.goto(url + INJECTED_PAGE, { waitUntil: 'networkidle' });
    expect(await page.content()).toContain(INJECTED);
    // The header search box is a client component: it marks itself live and answers only if the page's scripts ran.
    await page.locator('[data-search-ready]').waitFor({ state: 'attached' });
    await page.keyboard.press('/');
    await page.keyboard.type('测试规定');
    await page.locator('[role="listbox"] [data-clause-id]').first().waitFor();
    await expect.poll(() => violations(page)).toEqual(['script-src-elem inline']);
    expect(await page.evaluate(() => (globalThis as { injected?: number }).injected)).toBeUndefined();
  });
});
