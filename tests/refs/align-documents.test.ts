import { describe, expect, it } from 'vitest';
import { realCorpus } from '../helpers/corpus';
import { alignDocuments } from '../../lib/refs/align-documents';
import { bm25Scorer, tfidfScorer } from '../../lib/refs/scorers';
import { fixtureCorpus, inputOf, outcome, readGold, segmenter, topOneAccuracy, type Gold } from './align-helpers';

const cases: { name: string; gold: Gold; built: () => ReturnType<typeof realCorpus> }[] = [
  { name: 'city measures ↔ central rule (seed pair)', gold: readGold('tests/refs/gold/zongzhi-weiwen-shishi-banfa.json'), built: realCorpus },
  { name: 'county food-safety rules ↔ national rule (synthetic fixture)', gold: readGold('tests/refs/fixtures/food-safety/gold.json'), built: fixtureCorpus },
];

// A regression guard, not a measure of accuracy: the thresholds were set on these very pairs, so
// passing here says only that nothing changed. Accuracy belongs to pairs the thresholds never saw.
describe.each(cases)('alignment regression guard: $name', ({ gold, built }) => {
  const align = (scorer = tfidfScorer) => alignDocuments(inputOf(built(), gold.local), inputOf(built(), gold.parent), { segmenter, scorer, items: true });

  it('top-1 link equals the gold parent for every provision', () => {
    const rows = outcome(align(), gold);
    const wrong = rows.filter((r) => r.top !== r.gold.parent).map((r) => `${r.id}: got ${r.top}, gold ${r.gold.parent}`);
    expect(wrong).toEqual([]);
    expect(topOneAccuracy(rows)).toBe(1);
  });

  it('no link at all where the gold says the provision is local', () => {
    for (const r of outcome(align(), gold).filter((x) => x.gold.parent === null)) expect(r.all, r.id).toEqual([]);
  });

  it('further links only to articles the gold lists as also implemented', () => {
    for (const r of outcome(align(), gold)) {
      const allowed = [r.gold.parent, ...(r.gold.also ?? [])];
      for (const to of r.all) expect(allowed, `${r.id} → ${to}`).toContain(to);
    }
  });

  it('items pair up inside linked provisions where the gold says so, and nowhere wrong', () => {
    const links = align().links.filter((l) => l.from.includes('-item-'));
    const got = Object.fromEntries(links.map((l) => [l.from.split('#')[1], l.to.split('#')[1]]));
    for (const [from, to] of Object.entries(gold.items ?? {})) expect(got[from], from).toBe(to);
    for (const l of links) expect(l.to.split('#')[1]).toMatch(new RegExp(`^${gold.provisions[l.from.split('#')[1].replace(/-item-.*/, '')]?.parent}-item-`));
  });

  it('every link carries a score in [0, 1] and its evidence', () => {
    for (const l of align().links) {
      expect(l.kind).toBe('implements');
      expect(l.score).toBeGreaterThanOrEqual(0);
      expect(l.score).toBeLessThanOrEqual(1);
      expect(l.evidence.sharedTerms.length).toBeGreaterThan(0);
    }
  });

  it('the scorer is swappable: BM25 behind the same interface also clears 95% with no false parent', () => {
    const rows = outcome(align(bm25Scorer), gold);
    expect(topOneAccuracy(rows)).toBeGreaterThanOrEqual(0.95);
    for (const r of rows.filter((x) => x.gold.parent === null)) expect(r.all, r.id).toEqual([]);
  });
});

describe('why local inventions stay unlinked (seed pair)', () => {
  const gold = readGold('tests/refs/gold/zongzhi-weiwen-shishi-banfa.json');
  const rows = () => alignDocuments(inputOf(realCorpus(), gold.local), inputOf(realCorpus(), gold.parent), { segmenter }).rows;
  const row = (id: string) => rows().find((r) => r.from.endsWith(`#${id}`))!;

  it('（二十三）一票否决警示 borrows from 第二十四至二十六条 but no single article stands out, and each is better implemented elsewhere', () => {
    const r = row('art-23');
    expect(['ambiguous', 'dominated']).toContain(r.decision);
    expect(r.candidates[0].score - r.candidates[1].score).toBeLessThan(0.04);
  });

  it('（二十五）奖惩挂钩 and （十六）奖励措施 fall below the threshold', () => {
    expect(row('art-25').decision).toBe('below-threshold');
    expect(row('art-16').decision).toBe('below-threshold');
  });

  it('the hints that agreed are named on the link: （二十）通报 ↔ 第二十二条', () => {
    const link = alignDocuments(inputOf(realCorpus(), gold.local), inputOf(realCorpus(), gold.parent), { segmenter }).links.find((l) => l.from.endsWith('#art-20'))!;
    expect(link.to).toBe('zongzhi-zerenzhi-2016#art-22');
    expect(link.evidence.hints).toEqual(expect.arrayContaining(['heading', 'same-internal-reference']));
    expect(link.evidence.sharedTerms).toContain('通报');
  });
});

describe('an explicit citation of the parent article', () => {
  it('links the provision to the cited article and names the hint, even where the words alone would not', async () => {
    const { readFileSync } = await import('node:fs');
    const { buildCorpus } = await import('../../lib/corpus/build-corpus');
    const dir = 'tests/refs/fixtures/food-safety';
    const r = (f: string) => readFileSync(`${dir}/${f}`, 'utf8');
    const local = r('local.txt').replace(/^第七条 .*$/m, '第七条 依照《食品安全工作责任制规定》第十条，县政府每年评选食品安全示范乡镇。');
    const built = buildCorpus({
      sources: [{ file: 'food-parent.txt', path: 'food-parent.txt', text: r('parent.txt') }, { file: 'food-local.txt', path: 'food-local.txt', text: local }],
      documents: [{ path: 'p.mdx', id: 'food-parent', text: r('parent.mdx') }, { path: 'l.mdx', id: 'food-local', text: r('local.mdx') }],
      errata: [],
    });
    const pin = built.corpus.citations.find((c) => c.fromClauseId === 'art-7' && c.documentId === 'food-local')!;
    expect(pin).toMatchObject({ targetDocumentId: 'food-parent', targetClauseId: 'art-10' });
    const links = alignDocuments(inputOf(built, 'food-local'), inputOf(built, 'food-parent'), { segmenter }).links.filter((l) => l.from === 'food-local#art-7');
    expect(links[0]).toMatchObject({ to: 'food-parent#art-10', rank: 1 });
    expect(links[0].evidence.hints).toContain('cites-parent');
  });
});

describe('housekeeping articles', () => {
  it('a local 施行日期 article is never linked, however alike the parent’s reads (北京市信访条例 第七十条)', () => {
    const gold = readGold('tests/refs/gold/beijing-xinfang-tiaoli.json');
    const { rows, links } = alignDocuments(inputOf(realCorpus(), gold.local), inputOf(realCorpus(), gold.parent), { segmenter });
    expect(rows.find((r) => r.from.endsWith('#art-70'))!.decision).toBe('routine');
    expect(links.filter((l) => l.from.endsWith('#art-70'))).toEqual([]);
    // The purpose article may restate the parent's, and still competes.
    expect(links.find((l) => l.from.endsWith('#art-1'))?.to).toBe(`${gold.parent}#art-1`);
  });
});

describe('a penalty follows the duty it names', () => {
  const mdx = (title: string, file: string, lines: string, parents = '') =>
    `---\ntitle: { value: ${title}, basis: stated }\nshortTitle: { value: null, basis: unknown }\nissuer: { value: null, basis: unknown }\ndocNumber: { value: null, basis: unknown }\nlevel: { value: ${parents ? 'provincial' : 'central'}, basis: stated }\nregion: { value: null, basis: unknown }\nissued: { value: null, basis: unknown }\neffective: { value: null, basis: unknown }\nstatus: { value: null, basis: unknown }\ndocType: regulation\n${parents}source: { file: ${file}, lines: "${lines}", titleLines: [1] }\n---\n测试夹具。\n`;
  // The local penalty reads like both parent penalties, the one with 违反…规定 more; only the duty it names (寄递, 开封验视) tells them apart.
  const parent = [
    '防范法',
    '第一条 为了防范风险，制定本法。',
    '第二条 物流运营单位应当实行安全查验制度，对寄递物品进行开封验视。',
    '第三条 加油站应当对危险化学品的销售实行实名登记。',
    '第四条 加油站违反本法第三条规定的，由主管部门责令改正；拒不改正的，处十万元以下罚款。',
    '第五条 物流运营单位未对寄递物品进行开封验视的，由主管部门责令改正；拒不改正的，处十万元以下罚款。',
  ].join('\n');
  const local = [
    '某省实施防范法办法',
    '第一条 为了实施防范法，结合本省实际，制定本办法。',
    '第二条 即时递送业务经营者应当实行安全查验制度，对寄递物品当面开封验视。',
    '第三条 即时递送业务经营者违反本办法第二条规定的，由主管部门责令改正；拒不改正的，处十万元以下罚款。',
  ].join('\n');

  it('marks the parent penalty for the named duty (same-duty)', async () => {
    const { buildCorpus } = await import('../../lib/corpus/build-corpus');
    const parents = '  - citation: 《防范法》\n    documentId: duty-parent\n    basis: stated\n';
    const built = buildCorpus({
      sources: [{ file: 'duty-parent.txt', path: 'duty-parent.txt', text: parent }, { file: 'duty-local.txt', path: 'duty-local.txt', text: local }],
      documents: [
        { path: 'p.mdx', id: 'duty-parent', text: mdx('防范法', 'duty-parent.txt', '1-6') },
        { path: 'l.mdx', id: 'duty-local', text: mdx('某省实施防范法办法', 'duty-local.txt', '1-4', `parents:\n${parents}`) },
      ],
      errata: [],
    });
    const { rows } = alignDocuments(inputOf(built, 'duty-local'), inputOf(built, 'duty-parent'), { segmenter });
    expect(built.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const row = rows.find((r) => r.from === 'duty-local#art-3')!;
    expect(row.candidates.filter((c) => c.hints.includes('same-duty')).map((c) => c.to)).toEqual(['duty-parent#art-5']);
  });
});
