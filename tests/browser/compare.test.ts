/**
 * The comparison pages in a real browser: counts agree with the rows, the
 * switches work and live in the URL, dropped words show in 原文 and not in
 * 校订本, the picker navigates (to a page, or to a pair compared in the
 * browser that shows what a page would), the document pages lead in, the CSV
 * is there, and nothing leaves the site.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, saveScreenshot, type Site } from './harness';

const LOCAL = 'zongzhi-weiwen-shishi-banfa';
const PARENT = 'zongzhi-zerenzhi-2016';
const PAIR = `compare/${LOCAL}/${PARENT}/`;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

async function open(path: string): Promise<Page & { external: string[]; errors: string[] }> {
  const page = await site.page();
  const res = await page.goto(site.url + path, { waitUntil: 'networkidle' });
  expect(res?.status()).toBe(200);
  return page;
}

const visibleRows = (page: Page) => page.locator('.cmp-row:visible').count();
/** The 上位法 text only the parent has, among what is visible in row (三) ↔ 第二条. */
const droppedInRow3 = (page: Page) => page.locator('#row-art-3 .cmp-parent del:visible').allInnerTexts();

describe('compare page', () => {
  it('shows counts that match its rows', async () => {
    const page = await open(PAIR);
    const count = async (kind: string) => Number(await page.locator(`[data-count="${kind}"]`).innerText());
    for (const kind of ['aligned', 'local-only', 'parent-only']) {
      // Routine articles (施行日期, 解释权…) only one side has are counted apart.
      expect(await count(kind), kind).toBe(await page.locator(`.cmp-row[data-kind="${kind}"]:not([data-routine])`).count());
    }
    expect(await count('aligned')).toBeGreaterThan(20);
    expect(await page.locator('[data-similarity="corrected"]').innerText()).toMatch(/^\d+%$/);
    // Every parent-only row is listed under 上位法中本地未实施的条款.
    expect(await page.locator('#unimplemented li').count()).toBe(await count('parent-only'));
    expect(await page.locator('.cmp-row[data-kind="parent-only"] .cmp-kind').first().innerText()).toBe('地方未规定');
    expect(await page.locator('.cmp-row[data-kind="local-only"] .cmp-kind').first().innerText()).toBe('地方新增');
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows a word the source dropped as a difference in 原文 and not in 校订本', async () => {
    const page = await open(PAIR);
    expect((await droppedInRow3(page)).join('')).not.toContain('人大');
    await page.getByRole('button', { name: '原文', exact: true }).click();
    expect(page.url()).toContain('view=source');
    expect(await droppedInRow3(page)).toContain('人大');
    await page.getByRole('button', { name: '校订本', exact: true }).click();
    expect(page.url()).not.toContain('view=source');
    expect((await droppedInRow3(page)).join('')).not.toContain('人大');
    await page.close();
  });

  it('says in one line what each row changed, in the wording shown', async () => {
    const page = await open(PAIR);
    const line = page.locator('#row-art-3 [data-changes]:visible');
    expect(await line.innerText()).toMatch(/^地方较上位法：/);
    expect(await line.innerText()).not.toContain('人大');
    await page.getByRole('button', { name: '原文', exact: true }).click();
    await expect.poll(() => line.innerText()).toContain('删去「人大」');
    // Every aligned row has its line; unpaired rows have none.
    expect(await page.locator('.cmp-row[data-kind="aligned"] [data-changes="source"]').count()).toBe(await page.locator('.cmp-row[data-kind="aligned"]').count());
    expect(await page.locator('.cmp-row:not([data-kind="aligned"]) [data-changes]').count()).toBe(0);
    await page.close();
  });

  it('hides and shows the difference marks', async () => {
    const page = await open(PAIR);
    const del = page.locator('#row-art-3 .cmp-parent del:visible').first();
    expect(await del.evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('line-through');
    await page.getByLabel('显示差异').uncheck();
    expect(page.url()).toContain('diff=hide');
    expect(await del.evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('none');
    // The text itself stays.
    expect(await page.locator('#row-art-3 .cmp-parent').innerText()).toContain('审判机关');
    await page.getByLabel('显示差异').check();
    expect(page.url()).not.toContain('diff=');
    await page.close();
  });

  it('shows only changed rows on request, in either wording', async () => {
    const page = await open(PAIR);
    const all = await visibleRows(page);
    expect(all).toBe(await page.locator('.cmp-row').count());
    await page.getByLabel('只看有差异的行').check();
    expect(page.url()).toContain('only=changed');
    const unchanged = await page.locator('.cmp-row[data-changed-corrected="false"]').count();
    expect(await visibleRows(page)).toBe(all - unchanged);
    await page.getByRole('button', { name: '原文', exact: true }).click();
    expect(await visibleRows(page)).toBe(all - (await page.locator('.cmp-row[data-changed-source="false"]').count()));
    await page.close();
  });

  it('restores its settings from the URL', async () => {
    const page = await open(`${PAIR}?view=source&only=changed&diff=hide`);
    await expect.poll(() => page.getByRole('button', { name: '原文', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByLabel('只看有差异的行').isChecked()).toBe(true);
    expect(await page.getByLabel('显示差异').isChecked()).toBe(false);
    expect(await page.locator('.cmp-root').getAttribute('data-view')).toBe('source');
    await page.close();
  });

  it('links each clause label to its anchor on the document page', async () => {
    const page = await open(PAIR);
    const href = await page.locator('#row-art-3 .cmp-local .cmp-label').getAttribute('href');
    expect(href).toMatch(new RegExp(`/r/${LOCAL}/#art-3$`));
    await page.locator('#row-art-3 .cmp-parent .cmp-label').click();
    await page.waitForURL(new RegExp(`/r/${PARENT}/#art-2$`));
    expect(await page.locator('#art-2').count()).toBe(1);
    await page.close();
  });

  it('offers the CSV of the wording shown, with a byte-order mark', async () => {
    const page = await open(PAIR);
    const link = page.getByRole('link', { name: '导出CSV' });
    const corrected = await link.getAttribute('href');
    expect(corrected).toMatch(new RegExp(`/data/compare/${LOCAL}__${PARENT}\\.csv$`));
    const bytes = await page.evaluate(async (u) => [...new Uint8Array(await (await fetch(u)).arrayBuffer()).slice(0, 3)], corrected!);
    expect(bytes).toEqual([0xef, 0xbb, 0xbf]);
    const text = await page.evaluate(async (u) => (await fetch(u)).text(), corrected!);
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('行类型,地方条款,地方条文,上位条款,上位条文,相似度,改动（地方较上位法）');
    await page.getByRole('button', { name: '原文', exact: true }).click();
    expect(await link.getAttribute('href')).toMatch(/\.source\.csv$/);
    await page.close();
  });

  it('stacks each pair into one card on a phone', async () => {
    const page = await open(PAIR);
    await page.setViewportSize({ width: 390, height: 844 });
    const row = page.locator('#row-art-3');
    const local = await row.locator('.cmp-local').boundingBox();
    const parent = await row.locator('.cmp-parent').boundingBox();
    expect(parent!.y).toBeGreaterThan(local!.y + local!.height - 1);
    expect(Math.abs(parent!.x - local!.x)).toBeLessThan(2);
    expect(await row.locator('.cmp-local .cmp-side').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });
});

describe('compare page on a phone, paragraph by paragraph', () => {
  it('puts each local paragraph over the parent paragraph it follows, and keeps two columns on a wide screen', async () => {
    const page = await open(PAIR);
    const row = page.locator('.cmp-row[data-paras]').first();
    await expect.poll(() => row.count()).toBe(1);
    // Wide: the two cells, no paragraph view.
    expect(await row.locator('.cmp-paras:visible').count()).toBe(0);
    expect(await row.locator('.cmp-cell:visible').count()).toBe(2);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => row.locator('.cmp-paras:visible').count()).toBe(1);
    expect(await row.locator('.cmp-cell:visible').count()).toBe(0);
    const pairs = row.locator('.cmp-paras:visible .cmp-para-pair');
    expect(await pairs.count()).toBeGreaterThan(1);
    // In reading order: local, parent, local, parent…; each parent paragraph directly below its local one.
    const sides = await row.locator('.cmp-paras:visible .cmp-para').evaluateAll((ps) => ps.map((p) => (p.classList.contains('cmp-para-local') ? 'L' : 'P')).join(''));
    expect(sides).toMatch(/^(LP)+$/);
    const local = await pairs.nth(1).locator('.cmp-para-local').boundingBox();
    const parent = await pairs.nth(1).locator('.cmp-para-parent').boundingBox();
    expect(parent!.y).toBeGreaterThanOrEqual(local!.y + local!.height - 1);
    // Nothing of either text is lost: the pairs hold what the cells hold.
    const joined = (cls: string) => row.locator(`.cmp-paras:visible ${cls}`).evaluateAll((ps) => ps.map((p) => [...p.childNodes].slice(1).map((n) => n.textContent).join('')).join('').replace(/\s/g, ''));
    const cell = (cls: string) => row.locator(`${cls} .cmp-text > .cmp-corrected`).evaluate((e) => (e.textContent ?? '').replace(/\s/g, ''));
    expect(await joined('.cmp-para-local')).toBe(await cell('.cmp-local'));
    expect(await joined('.cmp-para-parent')).toBe(await cell('.cmp-parent'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    if (process.env.SCREENSHOTS === '1') {
      await row.scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'compare-paragraphs-phone', { selector: '.cmp-row[data-paras]' });
    }
    await page.close();
  });
});

/** Choose a document on one side of the picker, once its list has loaded. */
async function pick(page: Page, side: 'left' | 'right', id: string) {
  await expect.poll(() => page.locator(`#pick-${side} option[value="${id}"]`).count()).toBe(1);
  await page.locator(`#pick-${side}`).selectOption(id);
}

describe('compare picker', () => {
  it('opens the chosen pair', async () => {
    const page = await open('compare/');
    await pick(page, 'left', 'xinfang-zerenzhi-xize');
    await pick(page, 'right', PARENT);
    await page.getByRole('button', { name: '对照', exact: true }).click();
    await page.waitForURL(new RegExp(`/compare/xinfang-zerenzhi-xize/${PARENT}/$`));
    expect(await page.locator('h1').innerText()).toContain('条文对照');
    expect(await page.locator('.cmp-row').count()).toBeGreaterThan(0);
    expect(page.external).toEqual([]);
    await page.close();
  });

  it('compares a pair without a page in the browser', async () => {
    const page = await open('compare/');
    // Typing narrows the list to the documents whose name holds every word.
    const list = page.locator('#pick-left option');
    await expect.poll(() => page.locator('#pick-left-count').innerText()).toMatch(/^共 \d+ 件相符/);
    const all = await list.count();
    await page.getByLabel('左栏（地方文件）', { exact: true }).fill('解读');
    await expect.poll(() => list.count()).toBeLessThan(all);
    expect(await list.allInnerTexts()).toContain(await page.locator('#pick-left option[value="zongzhi-weiwen-jiedu"]').innerText());
    await pick(page, 'left', 'zongzhi-weiwen-jiedu');
    await pick(page, 'right', PARENT);
    await page.getByRole('button', { name: '对照', exact: true }).click();
    await page.waitForURL(new RegExp(`/compare/\\?local=zongzhi-weiwen-jiedu&parent=${PARENT}$`));
    await expect.poll(() => page.locator('.cmp-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('h1').innerText()).toContain('条文对照');
    await expect.poll(() => page.title()).toMatch(/^《实施办法解读》与《综治领导责任制规定》条文对照｜/);
    const count = async (kind: string) => Number(await page.locator(`[data-count="${kind}"]`).innerText());
    expect(await count('aligned')).toBe(await page.locator('.cmp-row[data-kind="aligned"]').count());
    expect(await count('aligned')).toBeGreaterThan(0);
    await saveScreenshot(page, 'compare-on-demand');
    // The CSV is made in the page: a header (naming the two documents, as for any pair not of 地方 and 上位) and a line per row.
    const link = page.getByRole('link', { name: '导出CSV' });
    expect(await link.getAttribute('href')).toMatch(/^blob:/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/-对照-校订本\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^行类型,实施办法解读条款,.*,相似度,改动（.+较.+）$/);
    expect(lines).toHaveLength((await page.locator('.cmp-row').count()) + 1);
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('computes in the browser exactly the rows and summary of a pre-generated page', async () => {
    // Server-rendered HTML separates adjacent text with empty comments; the browser's render does not.
    const html = async (page: Page, selector: string) => (await page.locator(selector).innerHTML()).replaceAll('<!-- -->', '');
    const shown = async (page: Page) => ({
      rows: await html(page, '.cmp-table'),
      summary: await html(page, '.cmp-summary'),
      header: await page.locator('.cmp-basis').innerText(),
    });
    const pre = await open(PAIR);
    const expected = await shown(pre);
    await pre.close();
    const page = await open(`compare/?local=${LOCAL}&parent=${PARENT}`);
    await expect.poll(() => page.locator('.cmp-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await shown(page)).toEqual(expected);
    // The switches work on the computed view as on the page.
    await page.getByRole('button', { name: '原文', exact: true }).click();
    await expect.poll(() => droppedInRow3(page)).toContain('人大');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows a pair from the parent side, which has no page of its own, in the browser: the parent left, its provisions the city left out counted', async () => {
    const page = await open('compare/');
    await pick(page, 'left', PARENT);
    await pick(page, 'right', LOCAL);
    await page.getByRole('button', { name: '对照', exact: true }).click();
    await page.waitForURL(new RegExp(`/compare/\\?local=${PARENT}&parent=${LOCAL}$`));
    await expect.poll(() => page.locator('.cmp-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const heads = await page.locator('.cmp-head').first().innerText();
    expect(heads.indexOf('上位法：')).toBeGreaterThanOrEqual(0);
    expect(heads.indexOf('上位法：')).toBeLessThan(heads.indexOf('地方：'));
    // The parent's provisions with no local counterpart sit on the left now, counted as 上位法未实施.
    const unimplemented = page.locator('.cmp-row[data-kind="local-only"]');
    expect(await unimplemented.count()).toBeGreaterThan(0);
    expect(await page.locator('.cmp-summary').innerText()).toContain('上位法未实施');
    await saveScreenshot(page, 'compare-parent-side');
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('says so when a document in the query is not in the collection', async () => {
    const page = await open(`compare/?local=no-such-document&parent=${PARENT}`);
    await expect.poll(() => page.locator('.cmp-on-demand-status[role="alert"]').innerText()).toContain('no-such-document');
    await page.close();
  });
});

describe('entry points on document pages', () => {
  it('has 对照上位法 on a document with a parent, and 对照 on its linked clauses', async () => {
    const page = await open(`r/${LOCAL}/`);
    const button = page.getByRole('link', { name: /^对照上位法/ });
    expect(await button.getAttribute('href')).toMatch(new RegExp(`/compare/${LOCAL}/${PARENT}/$`));
    const clauseLink = page.locator('#art-3 a', { hasText: /^对照/ }).first();
    expect(await clauseLink.getAttribute('href')).toMatch(new RegExp(`/compare/${LOCAL}/${PARENT}/#row-art-3$`));
    await clauseLink.click();
    await page.waitForURL(/#row-art-3$/);
    expect(await page.locator('#row-art-3').isVisible()).toBe(true);
    await page.close();
  });

  it('leads a parent clause to its row on the local text page, the one page the pair has', async () => {
    const page = await open(`r/${PARENT}/`);
    const hrefs = (await page.locator('a[href*="/compare/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).filter((h) => h.includes('#'));
    const toLocal = hrefs.filter((h) => h.includes(`/compare/${LOCAL}/${PARENT}/#`));
    expect(toLocal.length).toBeGreaterThan(0);
    // None leads to a page the pair does not have.
    expect(hrefs.filter((h) => h.includes(`/compare/${PARENT}/`))).toEqual([]);
    const target = decodeURIComponent(toLocal[0].split('#')[1]);
    await page.locator(`a[href="${toLocal[0]}"]`).first().click();
    await page.waitForURL(new RegExp(`/compare/${LOCAL}/${PARENT}/#`));
    expect(await page.locator(`[id="${target}"]`).isVisible()).toBe(true);
    await page.close();
  });

  it('opens an address of the pair seen from the parent side, which has no page, as that comparison computed in the browser', async () => {
    const page = await site.page();
    // The view and the row carry over, and the page goes to the row once it is computed.
    await page.goto(`${site.url}compare/${PARENT}/${LOCAL}/?diff=hide#row-art-20`);
    await page.waitForURL(new RegExp(`/compare/\\?local=${PARENT}&parent=${LOCAL}&diff=hide#row-art-20$`));
    await expect.poll(() => page.locator('.cmp-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // The view settings are read from the address once the page is running: wait for them, as for the rows.
    await expect.poll(() => page.locator('.cmp-root').getAttribute('data-diff')).toBe('hide');
    const inView = () => page.locator('#row-art-20').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    await expect.poll(inView).toBe(true);
    // Any other address that is no page stays a 404.
    await page.goto(`${site.url}compare/${PARENT}/`);
    expect(await page.locator('h1').innerText()).toBe('未找到该页面');
    expect(page.url()).toMatch(new RegExp(`/compare/${PARENT}/$`));
    await page.close();
  });
});
