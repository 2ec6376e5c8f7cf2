/**
 * The document pages as a reader uses them: from the home page to a rule,
 * through its table of contents to an article, straight to an article by
 * its address, and between the corrected text and the source's own words.
 * With SCREENSHOTS=1 it also saves screenshots (and a printed PDF page) to
 * test-results/screenshots/ and refreshes docs/screenshot-home.png.
 */
import { nameSlug } from '../../lib/site/name-slug';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, saveScreenshot, SHOT_DIR, type Site, type SitePage } from './harness';
import { runTool } from '../helpers/tools';

const CENTRAL = 'zongzhi-zerenzhi-2016';
const XINFANG = 'xinfang-zerenzhi-xize';
const SHOTS = process.env.SCREENSHOTS === '1';

/** The regulation text actually shown: clause lines, not notes about them. */
const visibleText = (page: SitePage) =>
  page.locator('#clauses').evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('.clause-head, .clause-heading, .clause-title')].map((e) => e.innerText).join('\n'),
  );

const shot = (page: SitePage, name: string) => (SHOTS ? saveScreenshot(page, name) : Promise.resolve());

describe('document pages', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('goes from the home page through 看依据 to an article, and on through the table of contents', async () => {
    const page = await site.page();
    await page.goto(site.url, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('h1').first().innerText()).toContain('社会治理法规知识库');
    if (SHOTS) {
      await shot(page, 'home');
      mkdirSync('docs', { recursive: true });
      await page.screenshot({ path: 'docs/screenshot-home.png' });
    }
    // Home → 看依据 → the table of parent works → the central rule.
    await page.locator('[data-task="basis"]').getByRole('link', { name: '上位文件与实施文件一览' }).click();
    await page.waitForURL(/\/relations\/$/);
    await page.locator(`[data-parent-table] a[href$="/r/${CENTRAL}/"]`).first().click();
    await page.waitForURL(new RegExp(`/r/${CENTRAL}/$`));
    await page.locator('#art-20').waitFor();
    await page.locator('nav.toc').getByRole('link', { name: '第二十条', exact: true }).click();
    await page.waitForFunction(() => location.hash === '#art-20');
    expect(new URL(page.url()).hash).toBe('#art-20');
    const inView = await page.locator('#art-20').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await shot(page, 'document');
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('lists a level-and-region group, and the sources, on pages of their own', async () => {
    const page = await site.page();
    // A group's address is its level and its region's name (lib/site/name-slug.ts).
    await page.goto(`${site.url}docs/central-${nameSlug('r', '全国')}/1/`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('h1').innerText()).toContain('全国');
    expect(await page.locator(`a[href$="/r/${CENTRAL}/"]`).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('navigation', { name: '分页' }).first().innerText()).toContain('第 1 / 1 页');
    await shot(page, 'group-page');
    await page.goto(`${site.url}sources/1/`, { waitUntil: 'networkidle' });
    expect(await page.locator('a[href*="/s/"]').count()).toBeGreaterThanOrEqual(5);
    await expect.poll(() => page.getByRole('navigation', { name: '分页' }).first().innerText()).toContain('第 1 / 1 页');
    await shot(page, 'sources-page');
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('opens an article by its address, with its items', async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/${CENTRAL}/#art-20`, { waitUntil: 'networkidle' });
    const article = page.locator('#art-20');
    await expect.poll(() => article.locator('.clause-head').first().innerText()).toContain('第二十条');
    expect(await article.locator(':scope > [data-kind="item"]').count()).toBe(6);
    await expect.poll(() => page.locator('#art-20-item-6').innerText()).toContain('（六）');
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows the corrected text by default and the source on request', async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/${XINFANG}/`, { waitUntil: 'networkidle' });
    let text = await visibleText(page);
    expect(text).toContain('信访');
    expect(text).not.toContain('血流成河');

    await page.getByRole('button', { name: '显示原文' }).click();
    text = await visibleText(page);
    expect(text).toContain('血流成河');
    expect(text).toMatch(/根据《中共中央办公厅、国务院办公厅关于印发〈血流成河 工作责任制实施办法〉的通知》\(厅字/);
    expect(new URL(page.url()).searchParams.get('view')).toBe('source');
    await page.locator('#ch-1').evaluate((el) => el.scrollIntoView());
    await shot(page, 'xinfang-source');

    await page.getByRole('button', { name: '显示校订本' }).click();
    expect(await visibleText(page)).not.toContain('血流成河');
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('opens straight into the source wording from a shared ?view=source link', async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/${XINFANG}/?view=source`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('[data-view]')?.getAttribute('data-view') === 'source');
    expect(await visibleText(page)).toContain('血流成河');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("shows a correction's original text on keyboard focus", async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/${XINFANG}/`, { waitUntil: 'networkidle' });
    const mark = page.locator('#art-1 .corr').first();
    const tip = mark.locator('.tip');
    expect(await tip.isVisible()).toBe(false);
    await page.locator('#ch-1').evaluate((el) => el.scrollIntoView());
    await mark.focus();
    expect(await tip.isVisible()).toBe(true);
    const note = await tip.innerText();
    expect(note).toContain('血流成河');
    expect(note).toContain('依据');
    await shot(page, 'xinfang-focus');
    expect(page.external).toEqual([]);
    await page.close();
  });

  it('shows an inferred value with its note on focus', async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/${CENTRAL}/`, { waitUntil: 'networkidle' });
    const mark = page.locator('#meta-docNumber-tip').locator('..');
    await expect.poll(() => mark.innerText()).toContain('推定');
    await mark.focus();
    expect(await page.locator('#meta-docNumber-tip').isVisible()).toBe(true);
    await page.close();
  });

  it('lays out on a phone and prints on A4', async () => {
    const page = await site.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${site.url}r/${CENTRAL}/`, { waitUntil: 'networkidle' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, 'document-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.url}r/${XINFANG}/`, { waitUntil: 'networkidle' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    mkdirSync(SHOT_DIR, { recursive: true });
    writeFileSync(`${SHOT_DIR}/print.pdf`, pdf);
    // The printed text is the document's, without the site's navigation.
    const printed = await runTool('pdftotext', ['-layout', `${SHOT_DIR}/print.pdf`, '-']);
    expect(printed).toContain('第一条');
    expect(printed).not.toMatch(/首页\s+检索\s+对照/);
    if (SHOTS) await runTool('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '3', `${SHOT_DIR}/print.pdf`, `${SHOT_DIR}/print`]);
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows each source line with its owner or its exclusion', async () => {
    const page = await site.page();
    const res = await page.goto(`${site.url}s/004_8f6bbfee9d38b672.txt/#L54`, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator('#L1').innerText()).toContain('页面框架');
    await expect.poll(() => page.locator('#L4').innerText()).toContain('汇编标题');
    const owner = page.locator(`#L85 a[href*="/r/${CENTRAL}/#art-20"]`);
    expect(await owner.count()).toBe(1);
    await shot(page, 'source');
    expect(page.external).toEqual([]);
    await page.close();
  });

  it('answers an unknown address with the Chinese 404 page', async () => {
    const page = await site.page();
    const res = await page.goto(`${site.url}r/no-such-document/`, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').first().innerText()).toContain('未找到');
    expect(page.external).toEqual([]);
    await page.close();
  });
});
