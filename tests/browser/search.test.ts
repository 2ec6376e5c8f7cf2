/**
 * Search as a reader uses it: "/" to the header box, results as you type
 * (not during IME composition), grouped by document with the matches
 * marked; a result opens its clause with the matches marked there; the
 * /search/ page with ?q= and filters; keyboard only; nothing fetched from
 * outside the site. The page's results equal `kb search --json` over the
 * very index files the site serves. Screenshots go to
 * test-results/screenshots/search-*.png.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, saveScreenshot, type Site, type SitePage } from './harness';
import type { Page } from 'playwright-core';

const run = promisify(execFile);
const shot = (page: Page, name: string) => saveScreenshot(page, `search-${name}`);

/** What `kb search --json` prints over the index files in out/ (what the browser fetched). */
type CliHit = { clauseId: string; documentId: string; match: string };

async function cliHits(query: string, limit: number): Promise<CliHit[]> {
  const { stdout } = await run('node_modules/.bin/tsx', ['scripts/kb.ts', 'search', query, '--json', '--limit', String(limit), '--index', 'out/data/search'], { maxBuffer: 64 << 20 });
  return JSON.parse(stdout);
}

/** The CLI's rank order, grouped as the page shows it: by match tier, then by document. */
function groupedKeys(hits: CliHit[]): string[] {
  const groups = new Map<string, string[]>();
  for (const h of hits) groups.set(`${h.match}/${h.documentId}`, [...(groups.get(`${h.match}/${h.documentId}`) ?? []), `${h.documentId}#${h.clauseId}`]);
  return [...groups.values()].flat();
}

/** The documents table the site serves. */
function servedDocuments(): { id: string; level: string | null; region: string | null }[] {
  const dir = 'out/data/search';
  return readdirSync(dir)
    .filter((n) => /^d\d+\./.test(n))
    .flatMap((n) => (JSON.parse(readFileSync(join(dir, n), 'utf8')) as { documents: { id: string; level: string | null; region: string | null }[] }).documents);
}

/** Ids of the central-level documents. */
async function centralDocuments(): Promise<string[]> {
  return servedDocuments().filter((d) => d.level === 'central').map((d) => d.id);
}

/** Open a page and wait until the search box is live (hydrated, listening for "/"). */
async function open(page: Pick<SitePage, 'goto' | 'locator'>, url: string) {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('[data-search-ready]').waitFor({ state: 'attached' });
}

const pageKeys = (page: SitePage, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => `${e.getAttribute('data-document-id')}#${e.getAttribute('data-clause-id')}`));

describe('search in the browser', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('loads no search data until it is used', async () => {
    const page = await site.page();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await open(page, site.url);
    expect(fetched.filter((u) => u.includes('/data/search/'))).toEqual([]);
    await page.keyboard.press('/');
    await page.keyboard.type('约谈');
    await page.locator('[role="listbox"] [data-clause-id]').first().waitFor();
    expect(fetched.filter((u) => u.includes('/data/search/')).length).toBeGreaterThan(0);
    expect(page.external).toEqual([]);
  });

  it('"/" focuses the header box; typing shows marked results grouped by document; Enter opens the clause with the match marked', async () => {
    const page = await site.page();
    await open(page, site.url);
    await page.keyboard.press('/');
    const input = page.getByRole('combobox');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('一票否決');
    const options = page.locator('[role="listbox"] [role="option"][data-clause-id]');
    await options.first().waitFor();
    expect(await page.locator('[role="listbox"] [role="group"]').count()).toBeGreaterThan(0);
    const marks = await page.locator('[role="listbox"] mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toBe('一票否决');
    await shot(page, 'header-box');

    await page.keyboard.press('ArrowDown');
    const first = options.first();
    await expect.poll(() => first.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    const clauseId = (await first.getAttribute('data-clause-id'))!;
    const documentId = (await first.getAttribute('data-document-id'))!;
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.endsWith(`/r/${documentId}/`) && u.searchParams.get('hl') === '一票否決');
    expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(clauseId);
    const targetMarks = page.locator(`[id="${clauseId}"] mark[data-search-hit="target"]`);
    await targetMarks.first().waitFor();
    expect(await targetMarks.first().innerText()).toBe('一票否决');
    const inView = await targetMarks.first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await shot(page, 'target-clause');
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  it('does not search while an IME composition is in progress', async () => {
    const page = await site.page();
    await open(page, site.url);
    await page.keyboard.press('/');
    const input = page.getByRole('combobox');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'yuetan', selectionStart: 6, selectionEnd: 6 });
    // Search runs on the committed value only; once the composition shows in the box, the committed
    // value is rendered in the same update, so it can be read without waiting for a search that must not come.
    await expect.poll(() => input.inputValue(), { message: 'the composition shows in the box' }).toBe('yuetan');
    expect(await input.getAttribute('data-committed')).toBe('');
    expect(await input.getAttribute('data-searched-query')).toBe('');
    await cdp.send('Input.insertText', { text: '约谈' });
    await page.locator('[role="listbox"] [data-clause-id]').first().waitFor();
    expect(await input.getAttribute('data-searched-query')).toBe('约谈');
  });

  it('shows examples when empty and a helpful message when nothing matches', async () => {
    const page = await site.page();
    await open(page, site.url);
    await page.keyboard.press('/');
    const examples = await page.locator('[role="listbox"] [role="option"]').allInnerTexts();
    expect(examples).toEqual(expect.arrayContaining(['约谈', '一票否决', '风险评估']));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('combobox').inputValue()).toBe('约谈');
    await page.getByRole('combobox').fill('夸克膠子，');
    await page.getByText('没有找到').waitFor();
    const text = await page.locator('[aria-live="polite"]').first().innerText();
    expect(text).toContain('减少检索词');
    expect(text).toContain('夸克胶子,');
  });

  it('the /search/ page reads ?q=, groups by document and filters, with the filters in the URL', async () => {
    const page = await site.page();
    await open(page, `${site.url}search/?q=${encodeURIComponent('约谈 整改')}`);
    const items = page.locator('li[data-clause-id]');
    await items.first().waitFor();
    await expect.poll(() => page.locator('#search-page-input').inputValue()).toBe('约谈 整改');
    expect(await page.locator('section[data-document-group]').count()).toBeGreaterThan(1);
    expect(await items.first().getAttribute('data-match')).toBe('all');
    await shot(page, 'results-page');

    await page.getByLabel('层级').selectOption('central');
    await page.waitForURL((u) => u.searchParams.get('level') === 'central');
    const central = await centralDocuments();
    // The results shown answer the filtered URL, not the search before it.
    const wanted = new URL(page.url()).search.slice(1);
    await expect.poll(() => page.locator('[data-results-for]').getAttribute('data-results-for'), { message: 'results for the filtered search' }).toBe(wanted);
    const groups = await page.locator('section[data-document-group]').evaluateAll((s) => s.map((e) => e.getAttribute('data-document-group')));
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(central).toContain(g);
    await shot(page, 'results-filtered');

    // The filtered URL, opened afresh, shows the same thing.
    const shared = page.url();
    const again = await site.page();
    await open(again, shared);
    await expect.poll(() => again.locator('[data-results-for]').getAttribute('data-results-for')).toBe(wanted);
    await expect.poll(() => again.getByLabel('层级').inputValue()).toBe('central');
    expect(await pageKeys(again, 'li[data-clause-id]')).toEqual(await pageKeys(page, 'li[data-clause-id]'));
    expect(page.external).toEqual([]);
    expect(again.external).toEqual([]);
  });

  it('a citation typed as lawyers type it goes straight to that provision, in the version in force', async () => {
    const page = await site.page();
    await open(page, site.url);
    await page.keyboard.press('/');
    await page.keyboard.type('山东省信访条例第66条第6项');
    const cited = page.locator('[role="listbox"] [role="option"][data-cited]');
    await expect.poll(() => cited.getAttribute('data-cited')).toBe('shan-dong-sheng-xin-fang-tiao-li-2015-09-24#art-66-item-6');
    expect(await cited.innerText()).toContain('《山东省信访条例》第六十六条第（六）项');
    await shot(page, 'cited-box');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => cited.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.endsWith('/r/shan-dong-sheng-xin-fang-tiao-li-2015-09-24/') && u.hash === '#art-66-item-6');

    // Two versions of 监察法 are held: the page cites the one in force.
    await open(page, `${site.url}search/?q=${encodeURIComponent('监察法 第四十八条第三款')}`);
    const card = page.locator('section[data-cited]');
    await expect.poll(() => card.getAttribute('data-cited')).toBe('jian-cha-fa-2024-12-25#art-48-para-3');
    expect(await card.getByRole('link').innerText()).toBe('《中华人民共和国监察法》第四十八条第三款');
    expect(await card.locator('h2').innerText()).toContain('2024年12月25日版本（本库所收现行版本）');
    await shot(page, 'cited-page');
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  it('finds the synonyms the glossary and the synonym table declare, says so, and marks them', async () => {
    const page = await site.page();
    await open(page, `${site.url}search/?q=${encodeURIComponent('挂牌督办')}`);
    await expect.poll(() => page.locator('[data-synonyms]').innerText()).toContain('含同义词：挂账督办');
    const widened = page.locator('[data-match-section="all"] li[data-clause-id]');
    await widened.first().waitFor();
    expect(await widened.first().locator('mark').allInnerTexts()).toContain('挂账督办');
    // No common word was set aside in this query, so the middle tier holds every word searched for.
    expect(await page.locator('[data-common-words]').count()).toBe(0);
    expect(await page.locator('[data-match-section="all"] h2').innerText()).toBe('含全部检索词（分散出现）');
    // The exact phrase comes first.
    expect(await page.locator('[data-match-section]').first().getAttribute('data-match-section')).toBe('phrase');
    await shot(page, 'synonyms');
    expect(page.errors).toEqual([]);
  });

  it('names the middle tier by the words it holds: 要词 where a common word was only scored', async () => {
    const page = await site.page();
    await open(page, `${site.url}search/?q=${encodeURIComponent('一把手要承担什么责任')}`);
    await expect.poll(() => page.locator('[data-common-words]').count()).toBe(1);
    expect(await page.locator('[data-match-section="all"] h2').innerText()).toBe('含全部要词（分散出现）');
    expect(page.errors).toEqual([]);
  });

  it('says that the provisions opening the list a question asks for (下列情形) come first', async () => {
    const page = await site.page();
    await open(page, `${site.url}search/?q=${encodeURIComponent('有哪些情形的不予受理')}`);
    await expect.poll(() => page.locator('[data-order-note="lists"]').innerText()).toMatch(/开列“下列情形”.*的条文排在前面/);
    // The order itself is the engine's, checked in tests/search/rank.test.ts; here, that the page says why.
    await page.locator('[data-match-section="all"] li[data-clause-id]').first().waitFor();
    await shot(page, 'lists-first');
    expect(page.errors).toEqual([]);
  });

  it('says that where the query names a place, the rules that apply there come first', async () => {
    const page = await site.page();
    await open(page, `${site.url}search/?q=${encodeURIComponent('山东 信访 复查')}`);
    await expect.poll(() => page.locator('[data-order-note="places"]').innerText()).toMatch(/适用于“山东”的规定排在前面/);
    // The order itself is the engine's (tests/search/rank.test.ts); the page keeps it: the first result is a rule that applies in 山东.
    const applying = servedDocuments().filter((d) => d.region === null || d.region === '全国' || d.region.startsWith('山东')).map((d) => d.id);
    const first = page.locator('[data-match-section] li[data-clause-id]').first();
    await expect.poll(async () => applying.includes((await first.getAttribute('data-document-id')) ?? '')).toBe(true);
    await shot(page, 'places-first');
    expect(page.errors).toEqual([]);
  });

  it('shows the results for the reading of a mistyped word, with the query as typed one click away, where 您是不是要找 is offered', async () => {
    const page = await site.page();
    await open(page, site.url);
    await page.keyboard.press('/');
    await page.keyboard.type('约淡');
    const corrected = page.locator('[data-corrected]').first();
    await expect.poll(() => corrected.innerText()).toContain('没有条款含有“约淡”，以下是“约谈”的结果。仍然检索：约淡');
    expect(await page.locator('[role="listbox"] mark').first().innerText()).toBe('约谈');
    await shot(page, 'corrected');
    await corrected.getByRole('link').click();
    await page.waitForURL((u) => u.pathname.endsWith('/search/') && u.searchParams.get('q') === '约淡' && u.searchParams.get('exact') === '1');
    // As typed: nothing holds it, and the reading is offered.
    const suggestion = page.locator('[data-search-summary] [data-suggestion]');
    await expect.poll(() => suggestion.innerText()).toContain('您是不是要找：约谈');
    expect(await page.locator('[data-corrected]').count()).toBe(0);
    await suggestion.getByRole('link').click();
    await page.waitForURL((u) => u.pathname.endsWith('/search/') && u.searchParams.get('q') === '约谈' && !u.searchParams.has('exact'));
    await page.locator('li[data-clause-id]').first().waitFor();
    expect(page.errors).toEqual([]);
  });

  it('finds documents by title, short name or abbreviation, above the clauses, in the box and on the page', async () => {
    const page = await site.page();
    await open(page, site.url);
    await page.keyboard.press('/');
    await page.keyboard.type('反恐法');
    const option = page.locator('[role="listbox"] [data-found-document]').first();
    await expect.poll(() => option.getAttribute('data-found-document')).toBe('fan-kong-bu-zhu-yi-fa-2018-04-27');
    expect(await option.innerText()).toContain('中华人民共和国反恐怖主义法');
    await shot(page, 'finder-box');

    await open(page, `${site.url}search/?q=${encodeURIComponent('突发事件应对法')}`);
    const rows = page.locator('[data-found-documents] li');
    await expect.poll(() => rows.first().getAttribute('data-document-id')).toBe('tu-fa-shi-jian-ying-dui-fa-2024-06-28');
    expect(await rows.first().innerText()).toContain('本库所收现行版本');
    await rows.first().getByRole('link').click();
    await page.waitForURL((u) => u.pathname.endsWith('/r/tu-fa-shi-jian-ying-dui-fa-2024-06-28/'));
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  it('searches the versions in force by default; one switch, kept in the URL, adds the superseded ones', async () => {
    const page = await site.page();
    await open(page, `${site.url}search/?q=${encodeURIComponent('监察机关')}`);
    const items = page.locator('li[data-clause-id]');
    await items.first().waitFor();
    const box = page.locator('[data-all-versions]');
    await expect.poll(() => box.locator('xpath=..').innerText()).toMatch(/另有 \d+ 条/);
    expect(await page.locator('li[data-document-id="jian-cha-fa-2018-03-20"]').count()).toBe(0);
    await box.check();
    await page.waitForURL((u) => u.searchParams.get('all') === '1');
    await expect.poll(() => page.locator('li[data-document-id="jian-cha-fa-2018-03-20"]').count()).toBeGreaterThan(0);
    await shot(page, 'all-versions');
    expect(page.errors).toEqual([]);
  });

  it('keyboard alone: arrows move from the field through the results, Enter opens one', async () => {
    const page = await site.page();
    await open(page, `${site.url}search/?q=${encodeURIComponent('挂牌督办')}`);
    await page.locator('li[data-clause-id]').first().waitFor();
    await page.locator('#search-page-input').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-clause-id'));
    const second = await page.locator('li[data-clause-id]').nth(1).getAttribute('data-clause-id');
    expect(focused).toBe(second);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.includes('/r/'));
    await page.locator('mark[data-search-hit="target"]').first().waitFor();
  });

  it('the page and `kb search --json` agree on every result, over the same index files', async () => {
    const page = await site.page();
    for (const q of ['一票否决', '约谈 整改', '重大情报信息多长时间内上报', '信访', '（四）', '社會穩定', '约淡']) {
      await open(page, `${site.url}search/?q=${encodeURIComponent(q)}`);
      await expect.poll(() => page.locator('[data-results-for]').getAttribute('data-results-for'), { message: `results for ${q}` }).toBe(new URL(page.url()).search.slice(1));
      const shown = await pageKeys(page, 'li[data-clause-id]');
      const cli = await cliHits(q, 50);
      expect(shown).toEqual(groupedKeys(cli));
      const ms = await page.locator('[data-search-ms]').innerText().catch(() => '-');
      console.log(`search page "${q}": ${shown.length} shown, ${ms} ms`);
    }
    expect(page.external).toEqual([]);
  });

  it('answers each query as it is typed once the index is loaded', async () => {
    const page = await site.page();
    await open(page, `${site.url}search/?q=${encodeURIComponent('信访')}`);
    // Latency is measured by `npm run bench`, not asserted here; this checks that every query is answered with results.
    const answered = async (q: string) => {
      await expect.poll(() => page.locator('#search-page-input').getAttribute('data-searched-query'), { message: `answer to ${q}` }).toBe(q);
      expect(await page.locator('[data-search-summary]').innerText(), q).toMatch(/^共 [1-9]\d* 条/);
      const ms = await page.locator('[data-search-ms]').innerText();
      expect(ms, q).toMatch(/^\d+$/);
      return Number(ms);
    };
    const cold = await answered('信访');
    const warm: number[] = [];
    for (const q of ['一票否决', '约谈 整改', '重大情报信息多长时间内上报', '的', '社會穩定風險評估', '维护社会稳定责任制']) {
      await page.locator('#search-page-input').fill(q);
      warm.push(await answered(q));
    }
    console.log(`browser latency: first search (index load included) ${cold} ms; warm ${warm.join(', ')} ms`);
  });

  it('the open result list and a marked page pass axe-core (no serious or critical violations)', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const check = async (page: SitePage) => {
      await page.evaluate(axe);
      return page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}`);
      });
    };
    const page = await site.page();
    await open(page, site.url);
    await page.keyboard.press('/');
    expect(await check(page)).toEqual([]);
    await page.keyboard.type('约谈 整改');
    await page.locator('[role="listbox"] [data-clause-id]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await check(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.locator('mark[data-search-hit]').first().waitFor();
    // The document page is not this test's to judge: marking must only add no violation of its own.
    const marked = await check(page);
    const plain = new URL(page.url());
    plain.searchParams.delete('hl');
    await open(page, plain.href);
    expect(marked).toEqual(await check(page));
  });

  it('works on a phone-sized screen', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await open(page, site.url);
    await page.getByRole('combobox').tap();
    await page.keyboard.type('风险评估');
    await page.locator('[role="listbox"] [data-clause-id]').first().waitFor();
    const box = await page.locator('[role="listbox"]').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await shot(page, 'phone');
    // The results page with what sits above the results (the cited provision, the documents found, the filters) fits the width.
    for (const [q, selector, name] of [['信访条例第十四条', 'section[data-cited]', 'phone-cited'], ['信访条例', '[data-found-documents] li', 'phone-documents']]) {
      await open(page, `${site.url}search/?q=${encodeURIComponent(q)}`);
      await page.locator(selector).first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shot(page, name);
    }
    await page.close();
  });
});
