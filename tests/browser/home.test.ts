/**
 * The home page as a newcomer meets it, on a desktop (1366×900) and a phone
 * (390×844): three ways in by task, each one step from what it names; the
 * collection in words and counts, not lists of documents or source files;
 * 编校说明 in the footer; the "/" hint only where there is a keyboard.
 * With SCREENSHOTS=1 it saves test-results/screenshots/home-*.png.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, saveScreenshot, type Site, type SitePage } from './harness';

const SHOTS = process.env.SCREENSHOTS === '1';
const shot = (page: SitePage, name: string) => (SHOTS ? saveScreenshot(page, `home-${name}`, { fullPage: true }) : Promise.resolve());

describe('home page', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  const desktop = async () => {
    const page = await site.page();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(site.url, { waitUntil: 'networkidle' });
    return page;
  };

  it('offers 查条文, 看依据 and 学专题, and says what is in the collection without jargon or file names', async () => {
    const page = await desktop();
    const tasks = page.locator('[data-task]');
    await expect.poll(() => tasks.evaluateAll((s) => s.map((e) => e.querySelector('h2')?.textContent))).toEqual(['查条文', '看依据', '学专题']);
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/共 [\d,]+ 件文件。按效力位阶：/);
    expect(main).toMatch(/版本日期：收录文本中最新的一件是 \d{4}年\d{1,2}月\d{1,2}日 的版本/);
    expect(main).toMatch(/现行有效 [\d,]+ 件/);
    expect(main).not.toMatch(/条款单元|个单元|数据提示/);
    // No raw source file names: those live on the sources pages, linked from the footer.
    expect(main).not.toMatch(/\.(txt|md)\b/);
    expect(await page.locator('main a[href*="/s/"]').count()).toBe(0);
    // Counts and links, not a list of documents.
    expect(await page.locator('main a[href*="/r/"]').count()).toBeLessThanOrEqual(3);
    await expect.poll(() => page.locator('[data-editor-links] a', { hasText: '编校说明' }).getAttribute('href')).toMatch(/\/findings\/$/);
    expect(await page.locator('nav[aria-label="主导航"]').innerText()).not.toContain('数据提示');
    await shot(page, 'desktop');
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('查条文 searches in one step', async () => {
    const page = await desktop();
    const form = page.locator('[data-task="search"] form');
    await form.locator('input[name="q"]').fill('约谈');
    await form.getByRole('button', { name: '检索' }).click();
    await page.waitForURL(/\/search\/\?q=%E7%BA%A6%E8%B0%88$/);
    await expect.poll(() => page.locator('#search-page-input').inputValue()).toBe('约谈');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('看依据 opens a local rule against the provisions it implements, and the table of parents', async () => {
    const page = await desktop();
    const example = page.locator('[data-basis-example] a').first();
    await expect.poll(() => example.innerText()).toMatch(/^《.+》与《.+》逐条对照$/);
    await example.click();
    await page.waitForURL(/\/compare\/[^/]+\/[^/]+\/$/);
    await expect.poll(() => page.locator('h1').first().innerText()).not.toBe('');
    await page.goBack();
    await page.locator('[data-task="basis"]').getByRole('link', { name: '上位文件与实施文件一览' }).click();
    await page.waitForURL(/\/relations\/$/);
    await expect.poll(() => page.locator('[data-parent-table]').count()).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('学专题 reaches topics and the self-test', async () => {
    const page = await desktop();
    const study = page.locator('[data-task="study"]');
    await expect.poll(() => study.getByRole('link', { name: '自测' }).getAttribute('href')).toMatch(/\/study\/$/);
    await study.getByRole('link', { name: /全部 \d+ 个专题/ }).click();
    await page.waitForURL(/\/topics\/$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('专题');
    await page.close();
  });

  it('shows the "/" hint where there is a keyboard, not on a phone; on a phone nothing overflows', async () => {
    const page = await desktop();
    const hint = page.locator('header .key-hint');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await page.locator('header input[type="search"]').getAttribute('placeholder')).not.toContain('/');
    await page.close();

    const phone = (await site.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })) as SitePage;
    phone.errors = [];
    phone.on('pageerror', (e) => phone.errors.push(String(e)));
    await phone.goto(site.url, { waitUntil: 'networkidle' });
    await expect.poll(() => phone.locator('[data-task]').count()).toBe(3);
    expect(await phone.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches)).toBe(false);
    expect(await phone.locator('header .key-hint').isVisible()).toBe(false);
    expect(await phone.locator('header').innerText()).not.toContain('按 /');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The three entries stack, each within the screen.
    const boxes = await phone.locator('[data-task]').evaluateAll((s) => s.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top })));
    for (const b of boxes) expect(b.right).toBeLessThanOrEqual(390);
    expect(boxes[1].top).toBeGreaterThan(boxes[0].top);
    // A full-page capture resets the touch emulation (the "/" hint would show in it), so the phone's first screen is captured as the phone sees it.
    if (SHOTS) await saveScreenshot(phone, 'home-phone');
    expect(phone.errors).toEqual([]);
    await phone.close();
  });

  it('has no serious or critical accessibility violations', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const page = await desktop();
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      type Axe = { run(context: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      const r = await (window as unknown as { axe: Axe }).axe.run(document);
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
