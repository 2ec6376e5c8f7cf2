import { describe, expect, it } from 'vitest';
import { anchoredRows } from '../../lib/compare/row-anchor';
import { pairRows } from '../../lib/compare/pair-rows';
import { pairTitle, pairWording } from '../../lib/compare/pair-wording';
import { clause, doc, link } from './synthetic';

describe('row anchors', () => {
  it('gives each row a unique id and each local clause its row-<id> on its first row', () => {
    const L = [clause('l', 'a1', 'x'), clause('l', 'a2', 'y')];
    const P = [clause('p', 'b1', 'x'), clause('p', 'b2', 'z'), clause('p', 'b3', 'q')];
    const rows = anchoredRows(pairRows(L, P, [link('l#a1', 'p#b1'), link('l#a1', 'p#b2')]));
    expect(rows.map((r) => r.anchor)).toEqual(['row-a1', 'row-a1--b2', 'only-b3', 'row-a2']);
  });
});

describe('pairWording', () => {
  const local = doc('city', { shortTitle: '市办法' });
  const parent = doc('nation', { shortTitle: '规定' });
  it('speaks of 地方新增 and 地方未规定 when one side is the parent, either way round', () => {
    const w = pairWording({ local: 'city', parent: 'nation', relation: 'implements', via: [] }, local, parent);
    expect(w.rowKind).toEqual({ aligned: '对齐', 'local-only': '地方新增', 'parent-only': '地方未规定' });
    expect(w.count['parent-only']).toBe('上位法未实施');
    expect(w.unimplemented).toBe('parent-only');
    expect([w.csv.local, w.csv.parent]).toEqual(['地方', '上位']);
    const back = pairWording({ local: 'nation', parent: 'city', relation: 'implemented-by', via: [] }, parent, local);
    expect(back.rowKind['local-only']).toBe('地方未规定');
    expect(back.unimplemented).toBe('local-only');
  });
  it('names the documents when neither is the other’s parent', () => {
    const w = pairWording({ local: 'city', parent: 'nation', relation: 'similar', via: [] }, local, parent);
    expect(w.rowKind['local-only']).toBe('仅见于《市办法》');
    expect(w.unimplemented).toBeNull();
  });
  it('names two versions of one law by their dates: 新旧对照', () => {
    const newer = doc('law-2024', { shortTitle: '组织法', workId: 'law-1982', versionDate: '2024-03-11' });
    const older = doc('law-1982', { shortTitle: '组织法', workId: 'law-1982', versionDate: '1982-12-10' });
    const w = pairWording({ local: 'law-2024', parent: 'law-1982', relation: 'versions', via: [] }, newer, older);
    expect(pairTitle(newer, older)).toBe('《组织法》新旧对照：2024年3月11日版与1982年12月10日版');
    expect(w.column).toEqual({ local: '新：《组织法》（2024年3月11日版）', parent: '旧：《组织法》（1982年12月10日版）' });
    expect(w.rowKind['parent-only']).toBe('仅见于《组织法》（1982年12月10日版）');
    expect(w.basis).toContain('《组织法》的2024年3月11日版与1982年12月10日版是同一法律文件的两个版本（新旧对照）');
    expect(pairTitle(doc('a', { shortTitle: '甲' }), doc('b', { shortTitle: '乙' }))).toBe('《甲》与《乙》条文对照');
  });
});
