/**
 * Cross-references as a reader follows them: from the city measures'
 * （二十）通报 to the central 第二十二条 it implements, and back through
 * 下位实施; the 引用文件 list, the 未收录 page and the relations graph.
 * With SCREENSHOTS=1 it saves screenshots to test-results/screenshots/refs-*.png.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, saveScreenshot, type Site, type SitePage } from './harness';

const CITY = 'zongzhi-weiwen-shishi-banfa';
const CENTRAL = 'zongzhi-zerenzhi-2016';
/** A local regulation of 2008 under 《突发事件应对法》 2007, which was revised in 2024. */
const BEIJING_EMERGENCY = 'bei-jing-shi-shi-shi-tu-fsjydfbf-2008-05-23';
const SHOTS = process.env.SCREENSHOTS === '1';
const shot = (page: SitePage, name: string, selector?: string) => (SHOTS ? saveScreenshot(page, `refs-${name}`, { selector, fullPage: true }) : Promise.resolve());

describe('cross-references on the site', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('（二十）通报 shows its 上位依据, 第二十二条, and the link leads there; 第二十二条 lists it under 下位实施', async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/${CITY}/#art-20`, { waitUntil: 'networkidle' });
    const panel = page.locator(`[data-relations="${CITY}#art-20"]`);
    const up = panel.locator('[data-rel="up"]');
    await expect.poll(() => up.locator('.rel-h').innerText()).toBe('上位依据');
    const link = up.locator(`a[data-parent-link="${CENTRAL}#art-22"]`);
    await expect.poll(() => link.innerText()).toContain('第二十二条');
    await expect.poll(() => up.innerText()).toMatch(/匹配度 0\.\d\d/);
    await expect.poll(() => up.innerText()).toContain('书面形式进行通报');
    await expect.poll(() => up.locator('.rel-evidence').innerText()).toContain('通报');
    await shot(page, 'city-art20', `#art-20`);

    await link.click();
    await page.waitForURL(new RegExp(`/r/${CENTRAL}/#art-22$`));
    const inView = await page.locator('#art-22').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    const down = page.locator(`[data-relations="${CENTRAL}#art-22"] [data-rel="down"]`);
    await expect.poll(() => down.locator('.rel-h').innerText()).toBe('下位实施');
    const back = down.locator(`a[data-clause-ref="${CITY}#art-20"]`);
    await expect.poll(() => back.innerText()).toContain('（二十）');
    await shot(page, 'central-art22', '#art-22');
    await back.click();
    await page.waitForURL(new RegExp(`/r/${CITY}/#art-20$`));
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  it('a clause whose parent law was revised says which version is in force and whether the parent article changed', async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/${BEIJING_EMERGENCY}/`, { waitUntil: 'networkidle' });
    const note = page.locator('[data-rel="up"] [data-today="changed"]').first();
    await expect.poll(() => note.innerText()).toMatch(/^所链接的是2007年8月30日版，现行版本为2024年6月28日版：该条已修改，现为第.+条/);
    await shot(page, 'governs-today', '[data-rel="up"]:has([data-today="changed"])');
    await note.getByRole('link', { name: '新旧对照' }).click();
    await page.waitForURL(/\/compare\/tu-fa-shi-jian-ying-dui-fa-2024-06-28\/tu-fa-shi-jian-ying-dui-fa-2007-08-30\/#row-/);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
    expect(page.errors).toEqual([]);
  });

  it('下位实施 groups the implementing clauses by province', async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/${CENTRAL}/#art-22`, { waitUntil: 'networkidle' });
    const down = page.locator(`[data-relations="${CENTRAL}#art-22"] [data-rel="down"]`);
    await expect.poll(() => down.locator('[data-province="河北省"] .rel-above-h').innerText()).toMatch(/^河北省（\d+）$/);
    expect(await down.locator(`[data-province="河北省"] a[data-clause-ref="${CITY}#art-20"]`).count()).toBe(1);
  });

  it('a local invention has no 上位依据: （二十三）一票否决警示', async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/${CITY}/`, { waitUntil: 'networkidle' });
    // The page is static: once its neighbour's panel is there, the absence of (二十三)'s is final.
    await expect.poll(() => page.locator(`[data-relations="${CITY}#art-24"] [data-rel="up"]`).count()).toBe(1);
    expect(await page.locator(`[data-relations="${CITY}#art-23"]`).count()).toBe(0);
  });

  it('the parent text in the panel opens in full on request', async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/${CITY}/#art-18`, { waitUntil: 'networkidle' });
    const details = page.locator(`[data-relations="${CITY}#art-18"] details.rel-text`).first();
    await expect.poll(() => details.locator('.rel-full').isVisible()).toBe(false);
    await details.locator('summary').click();
    await expect.poll(() => details.locator('.rel-full').innerText()).toContain('（六）');
    await expect.poll(() => details.locator('.rel-preview').isVisible()).toBe(false);
    await expect.poll(() => details.locator('summary').innerText()).toBe('收起');
    await shot(page, 'city-art18', '#art-18');
  });

  it('引用文件 marks what the collection holds; similar provisions are labelled as not governing', async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/x-weiwen-zerenzhi-xize/`, { waitUntil: 'networkidle' });
    const list = page.locator('[data-document-citations="x-weiwen-zerenzhi-xize"]');
    await expect.poll(() => list.innerText()).toContain('未收录');
    await expect.poll(() => list.innerText()).toContain('简称：《责任制规定》');
    await shot(page, 'xweiwen-citations', '[data-document-citations]');
    const similar = page.locator('[data-rel="similar"]').first();
    await expect.poll(() => similar.locator('.rel-h').innerText()).toBe('相似条款（非上位依据）');
    await expect.poll(() => page.locator('[data-rel="up"]').count()).toBe(0);

    await page.goto(`${site.url}r/${CITY}/`, { waitUntil: 'networkidle' });
    const held = page.locator(`[data-document-citations="${CITY}"] li[data-held="true"] a`).first();
    await expect.poll(() => held.innerText()).toContain('健全落实社会治安综合治理领导责任制规定');
  });

  it('/cited/ lists missing documents with who cites them; /relations/ draws the tree with 未收录 placeholders', async () => {
    const page = await site.page();
    await page.goto(`${site.url}cited/`, { waitUntil: 'networkidle' });
    const entry = page.locator('li[data-cited="key:维护社会稳定责任制规定"]');
    await expect.poll(() => entry.innerText()).toMatch(/被引 2 次，1 件文件/);
    await expect.poll(() => page.locator('li[data-cited="key:实行党政领导干部问责的暂行规定"]').innerText()).toContain('2 件文件');
    await shot(page, 'cited');

    await page.goto(`${site.url}relations/`, { waitUntil: 'networkidle' });
    const svg = page.locator('svg.rel-graph');
    await expect.poll(() => svg.locator(`a[data-node="${CENTRAL}"]`).count()).toBe(1);
    await expect.poll(() => svg.locator('a[data-held="false"]').first().textContent()).toContain('未收录');
    // Under the centre directly (a declared parent) and again through the uncollected provincial 办法 it also declares.
    await expect.poll(() => page.locator(`[data-tree-node="${CENTRAL}"] [data-tree-node="${CITY}"]`).count()).toBe(2);
    await shot(page, 'relations');
    await svg.locator(`a[data-node="${CITY}"]`).click();
    await page.waitForURL(new RegExp(`/r/${CITY}/$`));
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  // On document pages only this feature's parts are checked: the rest of the page is the document test's.
  it.each([
    ['/cited/ page', 'cited/', ['main']],
    ['/relations/ page', 'relations/', ['main']],
    ['relations panels and 引用文件 on a local document', `r/${CITY}/`, ['[data-relations]', '[data-document-citations]']],
    ['relations panels on the central rule', `r/${CENTRAL}/`, ['[data-relations]', '[data-document-citations]']],
  ])('%s: no serious or critical accessibility violations', async (_name, path, include) => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const page = await site.page();
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async (include) => {
      type Axe = { run(context: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      const r = await (window as unknown as { axe: Axe }).axe.run({ include: include.map((s) => [s]) });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}`);
    }, include);
    expect(violations).toEqual([]);
  });
});
