/**
 * Citations a lawyer can paste and the editorial notes around the text:
 * 复制引用 copies the text shown (原文 with the editor's changes marked, or
 * the 校订本) with region and 文号; identical notes are shown once; no
 * internal id reaches a reader; a #row jump on the compare table is not
 * hidden by its sticky header; the site icon loads. Desktop 1366×900 and
 * phone 390×844; with SCREENSHOTS=1 saves test-results/screenshots/citation-*.png.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, saveScreenshot, type Site } from './harness';

const SHOTS = process.env.SCREENSHOTS === '1';
const LOCAL = 'zongzhi-weiwen-shishi-banfa';
const PARENT = 'zongzhi-zerenzhi-2016';
const VIEWPORTS = [
  ['desktop', { width: 1366, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const;
/** Every erratum id the editors wrote, in any errata file of the built content. */
const erratumIds = (): string[] => {
  const dir = `${process.env.KB_CONTENT ?? '.test-content'}/errata`;
  return readdirSync(dir).flatMap((f) => [...readFileSync(`${dir}/${f}`, 'utf8').matchAll(/^- id: (\S+)$/gm)].map((m) => m[1]));
};

describe('citations and notes', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it.each(VIEWPORTS)('copies the 原文 with the insertion marked, and the 校订本, with the region (%s)', async (name, viewport) => {
    const page = await site.page();
    await page.setViewportSize(viewport);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    await page.goto(`${site.url}r/${LOCAL}/?view=source#art-3`, { waitUntil: 'networkidle' });
    await page.bringToFront();
    await page.locator('[data-view="source"]').waitFor();
    const button = page.locator('#art-3 > .clause-head .clause-tool');
    await button.click();
    await expect.poll(() => button.innerText()).toMatch(/^已复制/);
    const source = await page.evaluate(() => navigator.clipboard.readText());
    expect(source).toContain('各级党的机关、〔补：人大〕机关');
    expect(source).toMatch(/^《市健全落实综治维稳领导责任制实施办法》（三）：“/);
    expect(source).toMatch(/（河北省唐山市；据原文，〔〕内为编者校订）$/);
    if (SHOTS) await saveScreenshot(page, `citation-source-${name}`);

    await page.getByRole('button', { name: '显示校订本' }).click();
    await page.locator('[data-view="corrected"]').waitFor();
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('各级党的机关、人大机关');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/（河北省唐山市；据校订本，含编者校订 1 处）$/);
    // A national rule's citation carries its 文号.
    await page.goto(`${site.url}r/${PARENT}/#art-32`, { waitUntil: 'networkidle' });
    expect(await page.locator('#art-32 > .clause-head .clause-tool').getAttribute('data-quotation')).toMatch(/（厅字〔2016〕8号）$/);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows identical notes once and no internal id anywhere a reader looks', async () => {
    const page = await site.page();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${site.url}r/${LOCAL}/`, { waitUntil: 'networkidle' });
    const stacked = await page.locator('.clause').evaluateAll((els) =>
      els.flatMap((el) => {
        const notes = [...el.querySelectorAll(':scope > .finding')].map((n) => n.textContent);
        return notes.filter((t, i) => notes.indexOf(t) !== i).map((t) => `${el.id}: ${t}`);
      }),
    );
    expect(stacked).toEqual([]);
    // Notes, tooltips and the correction log, hidden or not: what a reader can reach.
    const text = await page.evaluate(() => document.querySelector('main')!.textContent!);
    const ids = erratumIds().filter((id) => id.includes('-'));
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id) => new RegExp(`(^|[^a-z0-9-])${id}([^a-z0-9-]|$)`).test(text))).toEqual([]);
    // The note that named jiangli-chengchu now names the source line and wording.
    expect(text).toContain('第 21 行“务晋升、奖励惩处等”');
    const merged = page.locator('.finding', { hasText: '同样的说明共' });
    if (await merged.count()) {
      await merged.first().scrollIntoViewIfNeeded();
      if (SHOTS) await saveScreenshot(page, 'citation-merged-note-desktop');
    }
    await page.close();
  });

  it('a #row jump on the compare table leaves the row below the sticky header', async () => {
    const page = await site.page();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${site.url}compare/${LOCAL}/${PARENT}/`, { waitUntil: 'networkidle' });
    const anchors = await page.locator('.cmp-row[id]').evaluateAll((els) => els.map((e) => e.id));
    const target = anchors[Math.floor(anchors.length / 2)];
    await page.goto(`${site.url}compare/${LOCAL}/${PARENT}/#${target}`, { waitUntil: 'networkidle' });
    const gap = () =>
      page.evaluate((id) => {
        const head = document.querySelector('.cmp-head')!.getBoundingClientRect();
        const row = document.getElementById(id)!.getBoundingClientRect();
        return row.top >= 0 && row.top < 900 ? row.top - head.bottom : Number.NaN;
      }, target);
    await expect.poll(gap).toBeGreaterThanOrEqual(0);
    if (SHOTS) await saveScreenshot(page, 'citation-compare-row-desktop');
    await page.close();
  });

  it('serves the site icon from the site itself', async () => {
    const page = await site.page();
    const icons: { url: string; status: number }[] = [];
    page.on('response', (r) => /icon|favicon/.test(r.url()) && icons.push({ url: r.url(), status: r.status() }));
    await page.goto(site.url, { waitUntil: 'networkidle' });
    const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect(href).toBeTruthy();
    const res = await page.request.get(new URL(href!, page.url()).href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('svg');
    expect(icons.filter((i) => i.status >= 400)).toEqual([]);
    expect(page.external).toEqual([]);
    await page.close();
  });
});
