/**
 * Versions and browsing, on a second build of the site made from the real
 * content plus two versions of one law (《国务院组织法》 1982 and 2024,
 * tests/fixtures/versions/): the seed content has no law with two
 * versions. A reader of the old version is told it has been amended and
 * led to the version in force; the 版本 panel lists both and opens 新旧对照;
 * the browse pages list them with date and status. With SCREENSHOTS=1 it
 * saves screenshots to test-results/screenshots/.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server';
import { CHROMIUM, FLAGS, saveScreenshot } from './harness';
import { copyProject, sh } from './site-copy';

const DIR = '.versions';
const OLD = 'guowuyuan-zuzhifa-1982';
const NEW = 'guowuyuan-zuzhifa-2024';
const SHOTS = process.env.SCREENSHOTS === '1';

let browser: Browser;
let close: () => Promise<void>;
let url: string;

beforeAll(async () => {
  await copyProject(DIR);
  for (const part of ['sources', 'documents']) cpSync(join('tests/fixtures/versions', part), join(DIR, 'content', part), { recursive: true });
  await sh('npm', ['run', 'build'], { cwd: DIR, env: { ...process.env, KB_CONTENT: 'content' } });
  const started = await startStaticServer(join(DIR, 'out'), 0, '');
  url = started.url;
  close = () => new Promise((ok) => started.server.close(() => ok()));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await close?.();
});

type Watched = Page & { external: string[]; errors: string[] };
async function open(path: string): Promise<Watched> {
  const page = (await browser.newPage({ viewport: { width: 1280, height: 900 } })) as Watched;
  page.external = [];
  page.errors = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(new URL(url).origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) page.external.push(r.url());
  });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url + path, { waitUntil: 'networkidle' });
  return page;
}
const shot = (page: Page, name: string, selector?: string) => (SHOTS ? saveScreenshot(page, name, { selector }) : Promise.resolve());

describe('versions of a law', () => {
  it('tells the reader of an amended version so, links the version in force and lists the versions', async () => {
    const page = await open(`r/${OLD}/`);
    const status = page.locator('[data-status="amended"]');
    await expect.poll(() => status.innerText()).toContain('此版本已被修订');
    expect(await status.locator(`a[href$="/r/${NEW}/"]`).count()).toBe(1);
    const panel = page.locator('[data-versions]');
    expect(await panel.locator('[data-version]').count()).toBe(2);
    // Newest first, this one marked.
    expect(await panel.locator('[data-version]').first().getAttribute('data-version')).toBe(NEW);
    expect(await panel.locator('[aria-current="page"]').getAttribute('data-version')).toBe(OLD);
    expect(await panel.innerText()).toMatch(/2024年3月11日\s*现行有效/);
    expect(await panel.innerText()).toMatch(/1982年12月10日（本版本）\s*已被修订/);
    const meta = await page.locator('table').first().innerText();
    expect(meta).toMatch(/效力位阶\s*法律/);
    expect(meta).toMatch(/法律部门\s*宪法相关法/);
    expect(meta).toMatch(/版本日期\s*1982年12月10日/);
    expect(meta).toContain('1982年12月10日 第五届全国人民代表大会第五次会议通过');
    await shot(page, 'versions-old', 'article header');
    await shot(page, 'versions-meta', 'table');
    await shot(page, 'versions-panel', '[data-versions]');

    await panel.locator('[data-compare-versions="newer"]').click();
    await page.waitForURL(new RegExp(`/compare/${NEW}/${OLD}/$`));
    await expect.poll(() => page.locator('.cmp-row').count()).toBeGreaterThan(0);
    expect(await page.locator('.cmp-basis').innerText()).toContain('新旧对照');
    expect(await page.locator('h1').innerText()).toBe('《国务院组织法》新旧对照：2024年3月11日版与1982年12月10日版');
    expect(await page.locator('.cmp-docs').innerText()).toMatch(/新版本\s*中华人民共和国国务院组织法（2024年3月11日版）\s*旧版本\s*中华人民共和国国务院组织法（1982年12月10日版）/);
    await shot(page, 'versions-compare');
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('says the newest version is in force', async () => {
    const page = await open(`r/${NEW}/`);
    await expect.poll(() => page.locator('[data-status="in-force"]').innerText()).toContain('现行有效');
    expect(await page.locator('[data-compare-versions="older"]').getAttribute('href')).toMatch(new RegExp(`/compare/${NEW}/${OLD}/$`));
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('browsing', () => {
  it('lists a 效力位阶 in pages with date and status, reached from the home page', async () => {
    const page = await open('');
    const summary = page.locator('[data-summary="rank"]');
    await expect.poll(() => summary.innerText()).toMatch(/法律 \d+ 件/);
    // The test content holds other laws beside the two versions; the page must list every one the summary counts.
    const laws = Number((await summary.innerText()).match(/法律 (\d+) 件/)![1]);
    expect(laws).toBeGreaterThanOrEqual(2);
    await shot(page, 'home-summary', 'section[aria-labelledby="summary-h"]');
    await summary.getByRole('link', { name: '法律' }).click();
    await page.waitForURL(/\/browse\/rank\/law\/1\/$/);
    await expect.poll(() => page.locator('h1').innerText()).toMatch(new RegExp(`法律\\s*${laws} 件`));
    const rows = page.locator('[data-browse-list] li');
    expect(await rows.count()).toBe(Math.min(laws, 50));
    const versions = await rows.filter({ hasText: '国务院组织法' }).allInnerTexts();
    expect(versions).toHaveLength(2);
    // Newest version first, each with its date and status.
    expect(versions[0]).toMatch(/中华人民共和国国务院组织法\s*2024年3月11日\s*现行有效/);
    expect(versions[1]).toMatch(/1982年12月10日\s*已被修订/);
    await expect.poll(() => page.getByRole('navigation', { name: '分页' }).first().innerText()).toContain('第 1 / 1 页');
    await shot(page, 'browse-rank');
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('browses regions by province, then city', async () => {
    const page = await open('browse/region/');
    const hebei = page.locator('[data-facet="region"] > li', { hasText: '河北省' });
    await expect.poll(() => hebei.innerText()).toMatch(/河北省\s*3 件/);
    await hebei.getByRole('link', { name: '唐山市' }).click();
    await page.waitForURL(/\/browse\/region\/p[0-9a-z]+-c[0-9a-z]+\/1\/$/);
    expect(await page.locator('[data-browse-list] li').count()).toBe(3);
    expect(await page.locator('main p').first().innerText()).toContain('按地区 › 河北省');
    await shot(page, 'browse-region');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('/relations/ counts implementers of each parent by province, each count a paged list', async () => {
    const page = await open('relations/');
    await shot(page, 'relations-table', '[data-parent-table]');
    const row = page.locator('[data-parent-row="zongzhi-zerenzhi-2016"]');
    await expect.poll(() => row.innerText()).toContain('1 件');
    await row.getByRole('link', { name: '1 件' }).click();
    await page.waitForURL(/\/relations\/zongzhi-zerenzhi-2016\/1\/$/);
    expect(await page.locator('[data-browse-list] a[href$="/r/zongzhi-weiwen-shishi-banfa/"]').count()).toBe(1);
    await shot(page, 'relations-list');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows a document’s neighbourhood: how each parent was found, and who implements it', async () => {
    const page = await open('r/zongzhi-weiwen-shishi-banfa/');
    const declared = page.locator('[data-parent-via="declared"]').first();
    await expect.poll(() => declared.innerText()).toContain('据编辑声明');
    await shot(page, 'document-meta', 'table');
    await page.goto(`${url}r/zongzhi-zerenzhi-2016/`, { waitUntil: 'networkidle' });
    const implementers = page.locator('[data-implementers]');
    await expect.poll(() => implementers.innerText()).toMatch(/据此制定的文件\s*共 1 件/);
    expect(await implementers.locator('a[href$="/r/zongzhi-weiwen-shishi-banfa/"]').count()).toBe(1);
    await shot(page, 'document-implementers', '[data-implementers]');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
