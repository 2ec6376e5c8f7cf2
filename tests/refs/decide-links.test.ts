import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellsThatCount, decideLinks, ROW_CANDIDATES, type Cell, type Thresholds } from '../../lib/refs/decide-links';
import type { Hint } from '../../lib/refs/structure-hints';

const T: Thresholds = { accept: 0.25, lexicalFloor: 0.2, minShared: 3, sure: 0.5, restates: 0.7, margin: 0.04, leadMargin: 0.1, dominance: 0.05, nearTop: 0.7, secondary: 0.3, maxLinks: 3, clearLead: Infinity };
const cell = (j: number, score: number, hints: Hint[] = [], lexical = score): Cell => ({ j, score, lexical, shared: ['甲', '乙', '丙'], hints });

describe('decideLinks', () => {
  it.each([
    ['clear best', [[cell(0, 0.6), cell(1, 0.2)]], 'linked', [0]],
    ['below the threshold', [[cell(0, 0.24), cell(1, 0.1)]], 'below-threshold', []],
    ['structure alone cannot lift weak text over the floor', [[cell(0, 0.3, ['heading'], 0.15), cell(1, 0.1)]], 'below-threshold', []],
    ['two words of boilerplate are no evidence', [[{ ...cell(0, 0.6), shared: ['之日起', '施行'] }]], 'below-threshold', []],
    ['no margin over the runner-up', [[cell(0, 0.4), cell(1, 0.38)]], 'ambiguous', []],
    ['a best that punishes the duty the penalty names settles the tie', [[cell(0, 0.4, ['same-duty']), cell(1, 0.38)]], 'linked', [0, 1]],
    ['a runner-up that punishes it does not overturn the best', [[cell(0, 0.4), cell(1, 0.38, ['same-duty'])]], 'ambiguous', []],
    ['two more structural agreements settle a tie', [[cell(0, 0.4, ['chapter-theme', 'same-position']), cell(1, 0.38)]], 'linked', [0, 1]],
    ['so does that for the runner-up', [[cell(0, 0.4), cell(1, 0.38, ['chapter-theme', 'sequence'])]], 'linked', [1, 0]],
    ['one more is not enough', [[cell(0, 0.4, ['chapter-theme', 'same-position']), cell(1, 0.38, ['sequence'])]], 'ambiguous', []],
    ['a sure text match needs no margin', [[cell(0, 0.55), cell(1, 0.54)]], 'linked', [0, 1]],
    ['heading beats a higher score among near-equals', [[cell(0, 0.6), cell(1, 0.5, ['heading'])]], 'linked', [1, 0]],
    ['an explicit citation beats everything near the top', [[cell(0, 0.5), cell(1, 0.4, ['cites-parent'])]], 'linked', [1, 0]],
  ])('%s', (_name, cells, decision, links) => {
    const [d] = decideLinks(cells as Cell[][], T);
    expect(d.decision).toBe(decision);
    expect(d.links.map((c) => c.j)).toEqual(links);
  });

  it('a provision whose best parent is better implemented by another provision is dominated', () => {
    const [a, b] = decideLinks([[cell(0, 0.45), cell(1, 0.1)], [cell(0, 0.3), cell(1, 0.05)]], T);
    expect(a.decision).toBe('linked');
    expect(b.decision).toBe('dominated');
  });

  it.each([
    ['falls back to the next near candidate no one claims', [cell(0, 0.36), cell(1, 0.3), cell(2, 0.1)], 'linked', [1]],
    ['not when that one is no clearer than the rest', [cell(0, 0.36), cell(1, 0.3), cell(2, 0.28)], 'dominated', []],
    ['not when it is far below the best', [cell(0, 0.45), cell(1, 0.26), cell(2, 0.1)], 'dominated', []],
  ])('a dominated best %s', (_name, row, decision, links) => {
    // Row 0 implements parent 0 far better than row 1 does.
    const [, d] = decideLinks([[cell(0, 0.6), cell(1, 0.05), cell(2, 0.05)], row as Cell[]], T);
    expect(d.decision).toBe(decision);
    expect(d.links.map((c) => c.j)).toEqual(links);
  });

  it('but not where it implements another 款 of that parent, one the first provision hardly matches', () => {
    const parts = (xs: number[]) => ({ parts: () => xs });
    const [a, b] = decideLinks([[{ ...cell(0, 0.45), ...parts([0.6, 0.05]) }, cell(1, 0.1)], [{ ...cell(0, 0.3), ...parts([0.02, 0.7]) }, cell(1, 0.05)]], T);
    expect([a.decision, b.decision]).toEqual(['linked', 'linked']);
    // Matching the other 款 only somewhat better than the first provision does is not enough.
    const [, c] = decideLinks([[{ ...cell(0, 0.45), ...parts([0.6, 0.3]) }, cell(1, 0.1)], [{ ...cell(0, 0.3), ...parts([0.02, 0.4]) }, cell(1, 0.05)]], T);
    expect(c.decision).toBe('dominated');
  });

  it('a first paragraph that clearly picks one of two tied candidates settles the tie', () => {
    const lead = (score: number, margin: number) => ({ lead: { score, margin } });
    expect(decideLinks([[cell(0, 0.4), { ...cell(1, 0.38, ['lead-paragraph']), ...lead(0.45, 0.25) }]], T)[0].links.map((c) => c.j)).toEqual([1, 0]);
    expect(decideLinks([[cell(0, 0.4), { ...cell(1, 0.38, ['lead-paragraph']), ...lead(0.3, 0.05) }]], T)[0].decision).toBe('ambiguous');
  });

  it('a provision whose first paragraph surely restates a parent is not dominated on it', () => {
    const [, b] = decideLinks([[cell(0, 0.45), cell(1, 0.1)], [{ ...cell(0, 0.3, ['lead-paragraph']), lead: { score: 0.7, margin: 0.3 } }, cell(1, 0.05)]], T);
    expect(b.decision).toBe('linked');
  });

  it('a first paragraph that restates one parent article makes it the top link, the whole text best the second', () => {
    const opens = (score: number, margin: number) => ({ opens: { score, margin } });
    // 第三条 公民行使…权利，各级人民政府应当依法予以保障（≈ 上位第三条）。公民…必须遵守宪法和法律…（≈ 上位第四条，更长）。
    expect(decideLinks([[{ ...cell(0, 0.55), ...opens(0.85, 0.45) }, cell(1, 0.95)]], T)[0].links.map((c) => c.j)).toEqual([0, 1]);
    // A first paragraph that only resembles the parent article, or does not pick it clearly, changes nothing.
    expect(decideLinks([[{ ...cell(0, 0.55), ...opens(0.6, 0.45) }, cell(1, 0.95)]], T)[0].links.map((c) => c.j)).toEqual([1]);
    expect(decideLinks([[{ ...cell(0, 0.55), ...opens(0.85, 0.05) }, cell(1, 0.95)]], T)[0].links.map((c) => c.j)).toEqual([1]);
    // What the text cites stays first; so does the best where another provision implements the restated article better.
    expect(decideLinks([[{ ...cell(0, 0.55), ...opens(0.85, 0.45) }, cell(1, 0.95, ['cites-parent'])]], T)[0].links[0].j).toBe(1);
    const claimed = decideLinks([[{ ...cell(0, 0.45), ...opens(0.85, 0.45) }, cell(1, 0.95)], [cell(0, 0.9), cell(1, 0.1)]], T);
    expect(claimed[0].links[0].j).toBe(1);
  });

  it('a provision that clearly points at one parent keeps it though a sibling matches it better (one article per body it names)', () => {
    const cells = [[cell(0, 0.6), cell(1, 0.1)], [cell(0, 0.4), cell(1, 0.15)]];
    expect(decideLinks(cells, T)[1].decision).toBe('dominated');
    const clear = { ...T, clearLead: 1.8 };
    expect(decideLinks(cells, clear)[1].links.map((c) => c.j)).toEqual([0]);
  });
});

describe('cellsThatCount', () => {
  const HINTS: Hint[] = ['cites-parent', 'heading', 'lead-paragraph', 'chapter-theme', 'same-position', 'sequence', 'same-duty'];
  // Scores around the thresholds, from few values, so ties (the hard case for "the row's three best") are common.
  const score = fc.constantFrom(0, 0.05, 0.1, 0.17, 0.18, 0.2, 0.21, 0.22, 0.23, 0.24, 0.25, 0.26, 0.27, 0.28, 0.3, 0.32, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.8);
  const arbCell = (j: number) =>
    fc.record({ score, lexical: score, shared: fc.integer({ min: 0, max: 5 }), hints: fc.subarray(HINTS), parts: fc.option(fc.array(score, { minLength: 2, maxLength: 3 }), { nil: undefined }), lead: fc.option(fc.record({ score, margin: score }), { nil: undefined }), opens: fc.option(fc.record({ score, margin: score }), { nil: undefined }) }).map(
      ({ shared, parts, lead, opens, ...c }): Cell => ({ j, ...c, shared: ['甲', '乙', '丙', '丁', '戊'].slice(0, shared), ...(parts ? { parts: () => parts } : {}), ...(lead ? { lead } : {}), ...(opens ? { opens } : {}) }),
    );
  const matrix = fc.integer({ min: 1, max: 10 }).chain((width) => fc.array(fc.tuple(...Array.from({ length: width }, (_, j) => arbCell(j))), { minLength: 1, maxLength: 6 }));

  // As alignDocuments reports a row's candidates: the best, ties in parent order.
  const candidates = (row: Cell[]) => [...row].sort((a, b) => b.score - a.score).slice(0, ROW_CANDIDATES).map((c) => c.j);

  it('dropping the cells that do not count changes no decision, no link and no reported candidate', () => {
    fc.assert(
      fc.property(matrix, fc.constantFrom(T, { ...T, clearLead: 1.8 }, { ...T, accept: 0.4, nearTop: 0.85, lexicalFloor: 0.35, minShared: 4 }), (cells, t) => {
        const all = decideLinks(cells, t);
        const kept = decideLinks(cells.map((row) => cellsThatCount(row, t)), t);
        expect(kept.map((d) => [d.decision, d.links.map((c) => c.j)])).toEqual(all.map((d) => [d.decision, d.links.map((c) => c.j)]));
        expect(cells.map((row) => candidates(cellsThatCount(row, t)))).toEqual(cells.map(candidates));
      }),
      { numRuns: 6000 },
    );
  });
});
