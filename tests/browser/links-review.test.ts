/**
 * Who stands behind a link, possible conflicts and routine articles, in a
 * real browser at desktop (1366×900) and phone (390×844) sizes: the compare
 * page marks 系统推定 / 编辑确认 / 编辑添加, flags conflicts with both
 * phrases and groups routine articles apart; the document page shows an
 * editor's decision; /conflicts/ lists, filters and is in the navigation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, saveScreenshot, type Site, type SitePage } from './harness';

const TANGSHAN = 'compare/zongzhi-weiwen-shishi-banfa/zongzhi-zerenzhi-2016/';
const BEIJING = 'compare/bei-jing-shi-xin-fang-tiao-li-2006-09-15/xin-fang-tiao-li-2005-01-10/';
const SIZES = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

async function open(path: string, size: (typeof SIZES)[number]): Promise<SitePage> {
  const page = await site.page();
  await page.setViewportSize({ width: size.width, height: size.height });
  const res = await page.goto(site.url + path, { waitUntil: 'networkidle' });
  expect(res?.status()).toBe(200);
  return page;
}

async function fitsWidth(page: SitePage, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

describe.each(SIZES)('at $name size', (size) => {
  it('the compare page marks editors’ decisions on links', async () => {
    const page = await open(`${TANGSHAN}#row-art-24`, size);
    // （二十四） follows 第二十五条 (added by an editor) and 第二十六条 (aligned, confirmed): two rows, in the parent's order.
    const row = page.locator('#row-art-24');
    await row.scrollIntoViewIfNeeded();
    expect(await row.locator('.cmp-parent .cmp-label').innerText()).toBe('第二十五条');
    expect(await row.locator('.rel-review').innerText()).toMatch(/^编辑添加\s*：/);
    expect(await row.locator('.cmp-note').innerText()).toContain('第二十五条');
    const confirmed = page.locator('#row-art-24--art-26');
    expect(await confirmed.locator('.rel-review').innerText()).toMatch(/^编辑确认\s*：/);
    expect(await page.locator('.cmp-row:has([data-review="added"])').count()).toBe(1);
    expect(await page.locator('.cmp-row [data-review="inferred"]').first().innerText()).toBe('系统推定');
    await fitsWidth(page, size.width);
    await saveScreenshot(page, `links-compare-review-${size.name}`);
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('the compare page flags a possible conflict with both phrases and groups routine articles apart', async () => {
    const page = await open(BEIJING, size);
    const flagged = page.locator('.cmp-row[data-conflicts]').filter({ has: page.locator('[data-conflict="deadline"]') });
    expect(await flagged.count()).toBe(1);
    const deadline = flagged.locator('[data-conflict="deadline"]');
    expect(await deadline.locator('th').innerText()).toBe('期限');
    expect(await deadline.locator('td').nth(0).innerText()).toContain('3个工作日');
    expect(await deadline.locator('td').nth(1).innerText()).toContain('30日');
    await flagged.scrollIntoViewIfNeeded();
    await fitsWidth(page, size.width);
    await saveScreenshot(page, `links-compare-conflict-${size.name}`, { selector: '.cmp-row[data-conflicts]:has([data-conflict="deadline"])' });
    // Routine articles: after the rows of substance, under their own heading, and not counted as 地方新增.
    const group = page.locator('[data-routine-group]');
    expect(await group.locator('.cmp-row').count()).toBeGreaterThan(0);
    expect(await group.locator('.cmp-routine-tag').first().innerText()).toMatch(/^程序性条款·/);
    expect(await page.locator('.cmp-rows').first().locator('.cmp-row[data-routine]').count()).toBe(0);
    await page.close();
  });

  it('the document page shows the editor’s decision and note on a link', async () => {
    const page = await open('r/zongzhi-weiwen-shishi-banfa/#art-24', size);
    const rel = page.locator('[data-relations="zongzhi-weiwen-shishi-banfa#art-24"]');
    await rel.scrollIntoViewIfNeeded();
    const confirmed = rel.locator('[data-parent="zongzhi-zerenzhi-2016#art-26"]');
    expect(await confirmed.locator('.rel-review').innerText()).toMatch(/^编辑确认\s*：/);
    expect(await confirmed.locator('.rel-score').innerText()).toMatch(/^匹配度 0\.\d\d$/);
    const added = rel.locator('[data-parent="zongzhi-zerenzhi-2016#art-25"]');
    expect(await added.locator('.rel-review').innerText()).toMatch(/^编辑添加\s*：/);
    // No score for a link no one measured.
    expect(await added.locator('.rel-score').count()).toBe(0);
    expect(await added.locator('.rel-note').innerText()).toMatch(/^编辑说明：/);
    await fitsWidth(page, size.width);
    await saveScreenshot(page, `links-document-review-${size.name}`, { selector: '[data-relations="zongzhi-weiwen-shishi-banfa#art-24"]' });
    await page.close();
  });

  it('/conflicts/ lists the flags side by side and filters by law and by region', async () => {
    const page = await open('', size);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '可能冲突' }).click();
    await page.waitForURL(/\/conflicts\/$/);
    const items = page.locator('[data-conflict-list] > li');
    const total = await items.count();
    expect(total).toBeGreaterThan(0);
    expect(await page.locator('[data-conflict-counts]').innerText()).toContain(`共 ${total} 处`);
    const first = items.first();
    expect(await first.locator('[data-side="local"]').innerText()).not.toBe('');
    expect(await first.locator('[data-side="parent"]').innerText()).not.toBe('');
    await fitsWidth(page, size.width);
    await saveScreenshot(page, `links-conflicts-${size.name}`);

    // By law: only conflicts whose parent is 《信访条例》.
    const filters = page.locator('[data-conflict-filters]');
    await filters.getByRole('link', { name: /^信访条例（\d+）$/ }).click();
    // A law's list is addressed by its work id, which does not move when other laws gain conflicts.
    await page.waitForURL(/\/conflicts\/xin-fang-tiao-li[a-z0-9-]*\/1\/$/);
    const byLaw = page.locator('[data-conflict-list] > li');
    expect(await byLaw.count()).toBeGreaterThan(0);
    expect(await byLaw.count()).toBeLessThan(total);
    for (const text of await byLaw.locator('a[href*="/r/"]').nth(1).allInnerTexts()) expect(text).toContain('信访条例');

    // By region: only conflicts of local texts in 浙江省.
    await page.goto(site.url + 'conflicts/', { waitUntil: 'networkidle' });
    await page.locator('[data-conflict-filters]').getByRole('link', { name: /^浙江省（\d+）$/ }).click();
    await page.waitForURL(/\/conflicts\/p[0-9a-z]+\/1\/$/);
    const regions = await page.locator('[data-conflict-list] dt').filter({ hasText: '地方' }).allInnerTexts();
    expect(regions.length).toBeGreaterThan(0);
    for (const r of regions) expect(r).toContain('浙江省');
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
