/**
 * How the fidelity notices read on the site: the 唐山 measures show the
 * count that the 解读 announces against the items present, the lost ending,
 * and their parent chain through the uncollected provincial 办法; the X市
 * rules show the restored 习近平 and their lost ending; /findings/ counts
 * the new kinds; /relations/ nests the placeholder between centre and city.
 * With SCREENSHOTS=1 it saves screenshots to test-results/screenshots/fidelity-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, saveScreenshot, type Site, type SitePage } from './harness';

const CITY = 'zongzhi-weiwen-shishi-banfa';
const CENTRAL = 'zongzhi-zerenzhi-2016';
const PROVINCE = 'missing:省健全落实综治维稳领导责任制办法';
const SHOTS = process.env.SCREENSHOTS === '1';
const shot = (page: SitePage, name: string, selector?: string) => (SHOTS ? saveScreenshot(page, `fidelity-${name}`, { selector, fullPage: !selector }) : Promise.resolve());

describe('fidelity notices on the site', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('the city measures: the count the 解读 announces, the lost ending, and the chain through the provincial 办法', async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/${CITY}/`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('[data-finding="count-mismatch"]').first().innerText()).toContain('十一种情形');
    await expect.poll(() => page.locator('[data-finding="truncated"]').count()).toBe(1);
    const chain = page.locator('[data-parent-chain]');
    await expect.poll(() => chain.innerText()).toContain('健全落实社会治安综合治理领导责任制规定');
    expect(await chain.locator(`a[href$="/r/${CENTRAL}/"]`).count()).toBe(1);
    await shot(page, 'city-meta', 'table');
    await page.locator('#art-18').scrollIntoViewIfNeeded();
    await shot(page, 'city-art-18', '#art-18');
    expect(page.errors).toEqual([]);
  });

  it('the X市 rules read 习近平 where the source printed 主席, and note the lost ending', async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/x-weiwen-zerenzhi-xize/`, { waitUntil: 'networkidle' });
    const text = await page.locator('main').innerText();
    expect(text).toContain('坚持以习近平新时代中国特色社会主义思想为指导');
    expect(text).toContain('深入贯彻习近平法治思想');
    expect(text).toContain('忠实践行习近平总书记');
    await expect.poll(() => page.locator('[data-finding="truncated"]').count()).toBe(1);
    await shot(page, 'x-rules');
  });

  it('/findings/ counts the new kinds; /relations/ nests the uncollected provincial 办法 between the centre and the city', async () => {
    const page = await site.page();
    await page.goto(`${site.url}findings/`, { waitUntil: 'networkidle' });
    const body = await page.locator('main').innerText();
    for (const label of ['项数不符', '疑似不完整']) expect(body).toContain(label);
    expect(await page.locator('[data-finding-counts]').innerText()).toMatch(/疑似不完整 2 条/);
    await shot(page, 'findings-counts', '[data-finding-counts]');
    await shot(page, 'findings-city', '#doc-zongzhi-weiwen-shishi-banfa');
    await page.goto(`${site.url}relations/`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator(`[data-tree-node="${CENTRAL}"] [data-tree-node="${PROVINCE}"] [data-tree-node="${CITY}"]`).count()).toBe(1);
    await shot(page, 'relations');
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});
