/**
 * Browser tests: Debian's Chromium driven by playwright-core against out/
 * served on loopback. Any request that leaves the site's own origin fails
 * the test that made it: the site must work on an offline intranet.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Server } from 'node:http';
import { existsSync, mkdirSync } from 'node:fs';
import { startStaticServer } from '../../scripts/lib/static-server';

import { CHROMIUM, FLAGS } from '../../scripts/lib/chromium';

export { CHROMIUM, FLAGS };

export type Site = { browser: Browser; server: Server; url: string; page(): Promise<Page & { external: string[]; errors: string[] }>; close(): Promise<void> };

export type SitePage = Awaited<ReturnType<Site['page']>>;

export const SHOT_DIR = 'test-results/screenshots';

/** Save a screenshot for review under test-results/screenshots/: the viewport, the whole page, or one element. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean; selector?: string } = {}): Promise<void> {
  mkdirSync(SHOT_DIR, { recursive: true });
  const path = `${SHOT_DIR}/${name}.png`;
  if (options.selector) await page.locator(options.selector).first().screenshot({ path });
  else await page.screenshot({ path, fullPage: options.fullPage ?? false });
}

export async function openSite(basePath = process.env.BASE_PATH ?? ''): Promise<Site> {
  if (!existsSync('out/index.html')) throw new Error('out/ is not built: run `npm run build` first');
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does), or set CHROMIUM_PATH`);
  const { server, url } = await startStaticServer('out', 0, basePath);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const origin = new URL(url).origin;
  return {
    browser,
    server,
    url,
    async page() {
      const page = (await browser.newPage({ viewport: { width: 1280, height: 900 } })) as Page & { external: string[]; errors: string[] };
      page.external = [];
      page.errors = [];
      page.on('request', (r) => {
        const u = r.url();
        if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) page.external.push(u);
      });
      page.on('pageerror', (e) => page.errors.push(String(e)));
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}
