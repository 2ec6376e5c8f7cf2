/** The /conflicts/ lists: by law (then province), by province; each conflict in at most four lists, so pages grow linearly. */
import { nameSlug } from '../../lib/site/name-slug';
import { describe, expect, it } from 'vitest';
import { conflictGroups, flatConflictGroups, type ConflictDocument } from '../../lib/site/conflict-groups';
import type { ConflictRecord } from '../../lib/corpus/export-contract';

const docs: Record<string, ConflictDocument> = {
  law: { id: 'law', title: '信访条例', region: null, workId: 'law' },
  law2: { id: 'law2', title: '信访条例', region: null, workId: 'law' },
  act: { id: 'act', title: '反恐怖主义法', region: null, workId: 'act' },
  bj: { id: 'bj', title: '北京市信访条例', region: '北京市', workId: 'bj' },
  sd: { id: 'sd', title: '山东省信访条例', region: '山东省', workId: 'sd' },
  qd: { id: 'qd', title: '青岛市条例', region: '山东省青岛市', workId: 'qd' },
};
const c = (from: string, to: string): ConflictRecord => ({ from: `${from}#art-1`, to: `${to}#art-2`, kind: 'deadline', local: '三十日', parent: '六十日' });

describe('conflictGroups', () => {
  const conflicts = [c('bj', 'law'), c('sd', 'law2'), c('qd', 'law'), c('sd', 'act')];
  const groups = conflictGroups(conflicts, (id) => docs[id], (w) => docs[w].title);

  it('groups by the parent law across its versions, most conflicts first, with its provinces', () => {
    expect(groups.laws.map((g) => [g.slug, g.label, g.conflicts.length])).toEqual([
      ['law', '信访条例', 3],
      ['act', '反恐怖主义法', 1],
    ]);
    expect(groups.laws[0].children.map((g) => [g.slug, g.label, g.conflicts.length])).toEqual([
      [`law-${nameSlug('p', '北京市')}`, '北京市', 1],
      [`law-${nameSlug('p', '山东省')}`, '山东省', 2],
    ]);
    expect(groups.laws[1].children).toEqual([]);
  });

  it('groups by the local text’s province, a city under its province', () => {
    expect(groups.regions.map((g) => [g.slug, g.label, g.conflicts.length])).toEqual([
      [nameSlug('p', '北京市'), '北京市', 1],
      [nameSlug('p', '山东省'), '山东省', 3],
    ]);
  });

  it('keeps a list’s address when another law or province is added', () => {
    const more = conflictGroups([...conflicts, c('sd', 'act'), c('sd', 'act'), c('sd', 'act')], (id) => docs[id], (w) => docs[w].title);
    expect(more.laws.map((g) => g.slug)).toEqual(['act', 'law']);
    expect(more.regions.map((g) => g.slug)).toEqual(groups.regions.map((g) => g.slug));
  });

  it('puts each conflict in at most four lists, with unique slugs', () => {
    const flat = flatConflictGroups(groups);
    expect(flat.reduce((n, g) => n + g.conflicts.length, 0)).toBeLessThanOrEqual(4 * conflicts.length);
    expect(new Set(flat.map((g) => g.slug)).size).toBe(flat.length);
    expect(groups.all.conflicts).toEqual(conflicts);
  });
});
