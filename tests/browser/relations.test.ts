/**
 * Relations as drawn, on a desktop (1366×900) and a phone (390×844): each
 * arrow ends on the box it points to, the national picture is a paged
 * table, a document's own neighbourhood (parents, implementers, versions)
 * is a small graph beside its lists, and a phone scrolls a wide graph with
 * a visible cue instead of cutting it off.
 * With SCREENSHOTS=1 it saves test-results/screenshots/relations-*.png.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, saveScreenshot, type Site, type SitePage } from './harness';

const CITY = 'zongzhi-weiwen-shishi-banfa';
const CENTRAL = 'zongzhi-zerenzhi-2016';
/** Two versions of one law; a Beijing rule implements the older. */
const OLD = 'tu-fa-shi-jian-ying-dui-fa-2007-08-30';
const NEW = 'tu-fa-shi-jian-ying-dui-fa-2024-06-28';
const SHOTS = process.env.SCREENSHOTS === '1';

/** Every edge of the graph: where its line ends, and the box (rect) of the node it points to. */
const edgeEnds = (page: SitePage, graph: string) =>
  page.locator(`svg[data-graph="${graph}"]`).evaluate((svg) =>
    [...svg.querySelectorAll<SVGPathElement>('path.edge')].map((p) => {
      const [from, to] = p.getAttribute('data-edge')!.split('>');
      const end = p.getPointAtLength(p.getTotalLength());
      const start = p.getPointAtLength(0);
      const box = (id: string) => {
        const r = svg.querySelector<SVGRectElement>(`[data-node="${CSS.escape(id)}"] rect`)!;
        return { x: r.x.baseVal.value, y: r.y.baseVal.value, w: r.width.baseVal.value, h: r.height.baseVal.value };
      };
      return { from, to, start: { x: start.x, y: start.y }, end: { x: end.x, y: end.y }, fromBox: box(from), toBox: box(to), marker: p.getAttribute('marker-end') };
    }),
  );

type Box = { x: number; y: number; w: number; h: number };
const onBorder = (p: { x: number; y: number }, b: Box) => {
  const within = p.x >= b.x - 1 && p.x <= b.x + b.w + 1 && p.y >= b.y - 1 && p.y <= b.y + b.h + 1;
  const edge = Math.min(Math.abs(p.x - b.x), Math.abs(p.x - b.x - b.w), Math.abs(p.y - b.y), Math.abs(p.y - b.y - b.h));
  return within && edge <= 1;
};

async function expectArrowsOnBoxes(page: SitePage, graph: string) {
  const ends = await edgeEnds(page, graph);
  expect(ends.length).toBeGreaterThan(0);
  for (const e of ends) {
    expect(e.marker).toMatch(/^url\(#.+-arrow\)$/);
    expect(onBorder(e.end, e.toBox), `${e.from}→${e.to} ends on ${e.to}'s box`).toBe(true);
    expect(onBorder(e.start, e.fromBox), `${e.from}→${e.to} starts on ${e.from}'s box`).toBe(true);
  }
}

describe('relations', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  const desktop = async (path: string) => {
    const page = await site.page();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    return page;
  };
  const phone = async (path: string) => {
    const page = (await site.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })) as SitePage;
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    return page;
  };

  it('/relations/: a paged table by parent and region, and a small collection drawn with arrows ending on their boxes', async () => {
    const page = await desktop('relations/');
    await expect.poll(() => page.locator('[data-parent-table] tbody tr').count()).toBeGreaterThan(0);
    const row = page.locator(`[data-parent-table] tr`, { has: page.locator(`a[href$="/r/${CENTRAL}/"]`) });
    await expect.poll(() => row.innerText()).toMatch(/\d+ 件/);
    await expectArrowsOnBoxes(page, 'collection');
    if (SHOTS) await saveScreenshot(page, 'relations-desktop', { fullPage: true });
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('a local rule: its parent to the left, held and 未收录, each arrow on its box', async () => {
    const page = await desktop(`r/${CITY}/`);
    const graph = page.locator(`svg[data-graph="n-${CITY}"]`);
    await expect.poll(() => graph.locator('a[data-node]').count()).toBeGreaterThanOrEqual(3);
    const x = (id: string) => graph.locator(`a[data-node="${id}"] rect`).evaluate((r) => (r as SVGRectElement).x.baseVal.value);
    expect(await x(CENTRAL)).toBeLessThan(await x(CITY));
    expect(await graph.locator(`a[data-node="${CITY}"]`).getAttribute('data-tone')).toBe('self');
    await expect.poll(() => graph.locator('a[data-tone="missing"]').first().textContent()).toContain('未收录');
    await expectArrowsOnBoxes(page, `n-${CITY}`);
    // A 未收录 box links to its entry on /cited/, which is there; one with no entry (declared, never cited) links nowhere.
    const missingHrefs = await graph.locator('a[data-tone="missing"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(missingHrefs.length).toBeGreaterThan(0);
    for (const href of missingHrefs) {
      const found = await page.evaluate(async (h) => {
        const url = new URL(h, location.href);
        const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
        return doc.getElementById(decodeURIComponent(url.hash.slice(1))) !== null;
      }, href);
      expect(found, href).toBe(true);
    }
    // The graph fits the desktop column: no scrolling, no cue.
    const frame = page.locator('[data-neighbourhood] .rel-scroll');
    expect(await frame.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(await page.locator('[data-neighbourhood] [data-scroll-hint]').isVisible()).toBe(false);
    if (SHOTS) await saveScreenshot(page, 'relations-city-desktop', { selector: '[data-neighbourhood]' });
    await graph.locator(`a[data-node="${CENTRAL}"]`).click();
    await page.waitForURL(new RegExp(`/r/${CENTRAL}/$`));
    // From the parent, the local rule is among the texts made under it, to the right.
    const back = page.locator(`svg[data-graph="n-${CENTRAL}"] a[data-node="${CITY}"]`);
    await expect.poll(() => back.count()).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('versions: the older text points to the newer, and a text made under the older hangs off it', async () => {
    const page = await desktop(`r/${NEW}/`);
    const graph = page.locator(`svg[data-graph="n-${NEW}"]`);
    await expect.poll(() => graph.locator(`a[data-node="${OLD}"]`).textContent()).toContain('前一版本');
    expect(await page.locator(`path.edge[data-edge="${OLD}>${NEW}"]`).getAttribute('data-tone')).toBe('version');
    // The Beijing rule was made under the 2007 text: its arrow comes from that version.
    await expect.poll(() => page.locator(`path.edge[data-edge^="${OLD}>bei-jing-shi-shi-shi-tu-fsjydfbf"]`).count()).toBe(1);
    await expectArrowsOnBoxes(page, `n-${NEW}`);
    if (SHOTS) await saveScreenshot(page, 'relations-versions-desktop', { selector: '[data-neighbourhood]' });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('on a phone a wide graph scrolls inside its frame, with a cue, and the page itself does not', async () => {
    for (const path of [`r/${CITY}/`, 'relations/']) {
      const page = await phone(path);
      const frame = page.locator('.rel-scroll').first();
      await expect.poll(() => frame.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
      expect(await page.locator('[data-scroll-hint]').first().isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Nothing is cut off: scrolled to the end, the last box is fully inside the frame.
      await frame.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
      const fits = await frame.evaluate((e) => {
        const f = e.getBoundingClientRect();
        const rights = [...e.querySelectorAll('a[data-node] rect')].map((r) => r.getBoundingClientRect().right);
        return Math.max(...rights) <= f.right;
      });
      expect(fits).toBe(true);
      await frame.evaluate((e) => e.scrollTo({ left: 0 }));
      if (SHOTS) await saveScreenshot(page, `relations-phone-${path.startsWith('r/') ? 'city' : 'all'}`, { selector: path.startsWith('r/') ? '[data-neighbourhood]' : undefined });
      expect(page.errors).toEqual([]);
      await page.close();
    }
  });

  it.each([
    ['a document’s 关系图', `r/${CITY}/`, '[data-neighbourhood]'],
    ['/relations/', 'relations/', 'main'],
  ])('%s: no serious or critical accessibility violations', async (_name, path, include) => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const page = await desktop(path);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async (include) => {
      type Axe = { run(context: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      const r = await (window as unknown as { axe: Axe }).axe.run({ include: [[include]] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}`);
    }, include);
    expect(violations).toEqual([]);
    await page.close();
  });
});
