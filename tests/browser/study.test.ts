/**
 * The study features as a cadre in training uses them: a topic with its
 * clauses, the glossary, a term's definition in the text, the self-test with
 * progress kept across a reload, 复制引用, the reading bar, the downloads,
 * and handouts printed to A4 PDF (pages saved as PNG under
 * test-results/study-print/ for a person to look at).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site, type SitePage } from './harness';
import { runTool } from '../helpers/tools';

const CENTRAL = 'zongzhi-zerenzhi-2016';
const OUT = 'test-results/study-print';
const questions = (): { id: string; topics: string[] }[] => JSON.parse(readFileSync('out/data/study/questions.json', 'utf8'));

/** The card of a question, going from the first round through 下一轮 until it is shown. */
async function showQuestion(page: SitePage, idPrefix: string) {
  const card = page.locator(`[data-question^="${idPrefix}"]`);
  const url = new URL(page.url());
  url.searchParams.delete('round');
  if (url.href !== page.url()) await page.goto(url.href, { waitUntil: 'networkidle' });
  for (let n = 1; ; n++) {
    await page.locator(`[data-round="${n}"]`).waitFor();
    if (await card.count()) return card;
    await page.getByRole('button', { name: '下一轮' }).click();
  }
}

describe('study features', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('opens a topic whose embedded clauses link to their documents', async () => {
    const page = await site.page();
    await page.goto(`${site.url}topics/`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: '责任追究的方式与程序' }).click();
    await page.waitForURL(/\/topics\/zeren-zhuijiu\/$/);
    expect(await page.locator('.clause-embed').count()).toBeGreaterThan(10);
    const embed = page.locator(`.clause-embed[data-ref="${CENTRAL}#art-21"]`);
    await expect.poll(() => embed.innerText()).toContain('通报、约谈、挂牌督办、实施一票否决权制');
    await expect.poll(() => embed.locator('figcaption').innerText()).toBe('《综治领导责任制规定》第二十一条');
    await embed.locator('figcaption a').click();
    await page.waitForURL(new RegExp(`/r/${CENTRAL}/#art-21$`));
    await page.locator('#art-21').waitFor();
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('opens the glossary with a definition, its sources and the clauses that use each term', async () => {
    const page = await site.page();
    await page.goto(`${site.url}glossary/#yipiao-foujue`, { waitUntil: 'networkidle' });
    const entry = page.locator('#yipiao-foujue');
    await expect.poll(() => entry.locator('dt').innerText()).toContain('一票否决');
    await expect.poll(() => entry.innerText()).toContain('一年内取消');
    expect(await entry.locator(`a[href$="/r/${CENTRAL}/#art-21"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('.glossary-entry').count()).toBeGreaterThanOrEqual(7);
    expect(page.external).toEqual([]);
    await page.close();
  });

  it("shows a term's definition on hover and on keyboard focus, first use only", async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/${CENTRAL}/#art-23`, { waitUntil: 'networkidle' });
    const terms = page.locator('#art-23 > .clause-head .term[data-term="yuetan"]');
    expect(await terms.count()).toBe(1);
    const term = terms.first();
    const tipId = await term.getAttribute('aria-describedby');
    const tip = page.locator(`[id="${tipId}"]`);
    await expect.poll(() => tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.isVisible()).toBe(false);
    await term.hover();
    expect(await tip.isVisible()).toBe(true);
    await expect.poll(() => tip.innerText()).toContain('帮助分析原因');
    await page.mouse.move(0, 0);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    expect(await tip.isVisible()).toBe(false);
    await term.focus();
    expect(await tip.isVisible()).toBe(true);
    // Corrections keep their marks inside term-marked text.
    await page.goto(`${site.url}r/xinfang-zerenzhi-xize/`, { waitUntil: 'networkidle' });
    expect(await page.locator('#art-1 .corr').count()).toBeGreaterThan(0);
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('takes the self-test: one right, one wrong, progress kept across a reload, 重做错题', async () => {
    const page = await site.page();
    await page.goto(`${site.url}study/?doc=${CENTRAL}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'networkidle' });
    const dateQ = await showQuestion(page, `${CENTRAL}#art-33@time`);
    await dateQ.locator('input').fill('２０１６年２月２７日');
    await dateQ.getByRole('button', { name: '检查' }).click();
    await expect.poll(() => dateQ.locator('[data-verdict]').innerText()).toContain('回答正确');
    const yearsQ = await showQuestion(page, `${CENTRAL}#art-16@time`);
    await yearsQ.locator('input').fill('5');
    await yearsQ.locator('input').press('Enter');
    await expect.poll(() => yearsQ.locator('[data-verdict]').innerText()).toContain('正确答案：四');

    await page.reload({ waitUntil: 'networkidle' });
    const inDoc = questions().filter((q) => q.id.startsWith(`${CENTRAL}#`)).length;
    await page.waitForSelector(`[data-progress="2/${inDoc}"]`);
    await expect.poll(async () => (await showQuestion(page, `${CENTRAL}#art-33@time`)).innerText()).toContain('上次答对');
    await expect.poll(async () => (await showQuestion(page, `${CENTRAL}#art-16@time`)).innerText()).toContain('上次答错');
    await page.getByRole('button', { name: /重做错题/ }).click();
    await page.locator('[data-round="1"]').waitFor();
    const cards = page.locator('.quiz-card');
    await expect.poll(() => cards.count()).toBe(1);
    await expect.poll(() => cards.first().getAttribute('data-question')).toMatch(new RegExp(`^${CENTRAL}#art-16@time`));

    // A topic's link presets the filter: exactly that topic's questions are asked, round by round.
    await page.goto(`${site.url}study/?topic=qingbao-xinxi`, { waitUntil: 'networkidle' });
    await page.getByRole('combobox', { name: '专题' }).evaluate((el: HTMLSelectElement) => el.value === 'qingbao-xinxi' || Promise.reject(new Error(el.value)));
    const shown: string[] = [];
    for (let n = 1; ; n++) {
      await page.locator(`[data-round="${n}"]`).waitFor();
      shown.push(...(await page.locator('.quiz-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!))));
      if (await page.getByRole('button', { name: '下一轮' }).isDisabled()) break;
      await page.getByRole('button', { name: '下一轮' }).click();
    }
    const expected = questions().filter((q) => q.topics.includes('qingbao-xinxi')).map((q) => q.id);
    expect(shown.sort()).toEqual(expected.sort());
    expect(shown.some((id) => id.includes('#ch-3-art-2-item-1-sub-4@time'))).toBe(true);
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('copies a citation with the Clipboard API, and without it', async () => {
    const page = await site.page();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    await page.goto(`${site.url}r/${CENTRAL}/#art-24`, { waitUntil: 'networkidle' });
    // The Clipboard API refuses a document that is not focused; other tests' pages share the browser.
    await page.bringToFront();
    const button = page.locator('#art-24 > .clause-head .clause-tool');
    await button.click();
    await expect.poll(() => button.innerText()).toMatch(/^已复制/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('《健全落实社会治安综合治理领导责任制规定》第二十四条：“对受到约谈后仍未按期完成整改目标')).toBe(true);
    await expect.poll(() => page.locator('#art-20-item-3 .clause-tool').getAttribute('data-quotation')).toMatch(/^《健全落实社会治安综合治理领导责任制规定》第二十条第（三）项：/);

    // Without the Clipboard API the fallback (a selected text area) still copies.
    await page.goto(`${site.url}r/zongzhi-weiwen-shishi-banfa/`, { waitUntil: 'networkidle' });
    const outline = page.locator('#art-18 > .clause-head .clause-tool');
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
    await outline.click();
    await expect.poll(() => outline.innerText()).toMatch(/^已复制/);
    await expect.poll(() => outline.getAttribute('data-quotation')).toMatch(/^《市健全落实综治维稳领导责任制实施办法》（十八）：“追责情形。/);

    // Where neither can copy, the citation opens selected for Ctrl+C.
    await page.evaluate(() => (document.execCommand = () => false));
    const item = page.locator('#art-20 > .clause-head .clause-tool');
    await item.click();
    const manual = page.getByRole('textbox', { name: '引文，请按 Ctrl+C 复制' });
    await expect.poll(() => manual.inputValue()).toBe(await item.getAttribute('data-quotation'));
    expect(await manual.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe((await manual.inputValue()).length);
    expect(await item.innerText()).toMatch(/^请手动复制/);
    expect(page.external).toEqual([]);
    await page.close();
  });

  it('reads with breadcrumbs, 上一条 / 下一条 and a text size that is remembered', async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/${CENTRAL}/#art-20`, { waitUntil: 'networkidle' });
    const crumbs = page.locator('.reading-bar nav.crumbs');
    await expect.poll(() => crumbs.innerText()).toMatch(/首页[\s›]*中央[\s›]*综治领导责任制规定[\s›]*第五章\u3000责任督导和追究[\s›]*第二十条/);
    await page.getByRole('button', { name: '下一条' }).click();
    await page.waitForFunction(() => location.hash === '#art-21');
    await page.getByRole('button', { name: '上一条' }).click();
    await page.waitForFunction(() => location.hash === '#art-20');
    const size = () => page.locator('.clause-tree').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const before = await size();
    await page.getByRole('button', { name: '增大字号' }).click();
    expect(await size()).toBeGreaterThan(before);
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.documentElement.style.getPropertyValue('--reading-scale') === '1.1');
    expect(await size()).toBeGreaterThan(before);
    await page.getByRole('button', { name: '减小字号' }).click();
    expect(await size()).toBeCloseTo(before, 1);
    expect(page.external).toEqual([]);
    await page.close();
  });

  it('links the downloads: UTF-8 text and a valid .docx', async () => {
    const page = await site.page();
    await page.goto(`${site.url}r/${CENTRAL}/`, { waitUntil: 'networkidle' });
    const txt = page.getByRole('link', { name: '下载 TXT' });
    const docx = page.getByRole('link', { name: '下载 Word' });
    const txtRes = await page.request.get(new URL((await txt.getAttribute('href'))!, page.url()).href);
    expect(txtRes.status()).toBe(200);
    const text = (await txtRes.body()).toString('utf8');
    expect(text.startsWith('\ufeff健全落实社会治安综合治理领导责任制规定')).toBe(true);
    expect(text).toContain('第二十四条\u3000对受到约谈后');
    const docxRes = await page.request.get(new URL((await docx.getAttribute('href'))!, page.url()).href);
    const body = await docxRes.body();
    expect(body.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(body.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(page.external).toEqual([]);
    await page.close();
  });

  it.each(['topics/', 'topics/zeren-zhuijiu/', 'glossary/', 'study/'])('%s has no serious or critical accessibility violations', async (path) => {
    const page = await site.page();
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it.each([
    ['document', `r/${CENTRAL}/`, '健全落实社会治安综合治理领导责任制规定'],
    ['topic', 'topics/zeren-zhuijiu/', '专题：责任追究的方式与程序'],
    ['compare', 'compare/zongzhi-weiwen-shishi-banfa/zongzhi-zerenzhi-2016/', '条文对照'],
    // Computed in the browser: its head is written there too, which an inline <style> could not be under the CSP.
    ['compare-on-demand', 'compare/?local=zongzhi-zerenzhi-2016&parent=zongzhi-weiwen-shishi-banfa', '条文对照'],
  ])('prints the %s as an A4 handout with a running head and page numbers', async (name, path, head) => {
    const page = await site.page();
    const res = await page.goto(site.url + path, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator('main h1').count()).toBeGreaterThan(0);
    if (path.includes('?local=')) await expect.poll(() => page.locator('.cmp-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const pdf = await page.pdf({ format: 'A4', displayHeaderFooter: false, preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    mkdirSync(OUT, { recursive: true });
    const file = `${OUT}/${name}.pdf`;
    writeFileSync(file, pdf);
    await runTool('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, `${OUT}/${name}`]);
    const pages = (await runTool('pdftotext', ['-layout', file, '-'])).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    // Every page carries its number of the total; the second page its running head.
    pages.forEach((p, i) => expect(p).toMatch(new RegExp(`(^|\\s)${i + 1}\\s*/\\s*${pages.length}(\\s|$)|第\\s*${i + 1}\\s*页，共\\s*${pages.length}\\s*页`)));
    if (head) expect(pages[1]).toContain(head);
    expect(page.external).toEqual([]);
    await page.close();
  });
});
