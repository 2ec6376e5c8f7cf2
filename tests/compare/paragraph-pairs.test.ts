/** A compared pair cut into paragraph pairs for the phone view: cut only where both sides break. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paragraphPairs } from '../../lib/compare/paragraph-pairs';
import { diffClauses } from '../../lib/compare/diff-clauses';
import type { DiffSegment } from '../../lib/compare/model';

const eq = (text: string, parentText?: string): DiffSegment => (parentText ? { op: 'equal', text, parentText } : { op: 'equal', text });
const left = (text: string): DiffSegment => ({ op: 'delete', text });
const right = (text: string): DiffSegment => ({ op: 'insert', text });

/** One side's text of a stretch of the diff, as DiffText shows it. */
const side = (segments: DiffSegment[], which: 'local' | 'parent') =>
  segments.map((s) => (s.op === 'equal' ? (which === 'parent' ? (s.parentText ?? s.text) : s.text) : (s.op === 'delete') === (which === 'local') ? s.text : '')).join('');

describe('paragraphPairs', () => {
  it.each<[string, DiffSegment[], string[][]]>([
    ['one paragraph is one pair', [eq('实行'), left('挂账'), right('挂牌'), eq('督办')], [['实行挂账督办', '实行挂牌督办']]],
    ['an unchanged break starts a new pair', [eq('第一款'), left('新增'), eq('。\n第二款'), right('删去'), eq('。')], [['第一款新增。\n', '第一款。\n'], ['第二款。', '第二款删去。']]],
    ['a reworded paragraph on each side, both ending at a break', [left('地方甲。\n'), right('上位乙。\n'), eq('相同。')], [['地方甲。\n', '上位乙。\n'], ['相同。', '相同。']]],
    ['a break only one side has stays inside its pair', [eq('甲'), left('\n'), eq('乙')], [['甲\n乙', '甲乙']]],
    ['half- and full-width stay per side across a break', [eq('甲,\n乙', '甲，\n乙')], [['甲,\n', '甲，\n'], ['乙', '乙']]],
  ])('%s', (_, segments, expected) => {
    expect(paragraphPairs(segments).map((p) => [side(p, 'local'), side(p, 'parent')])).toEqual(expected);
  });

  it('loses nothing, and each pair but the last ends a paragraph on both sides', () => {
    const para = fc.stringMatching(/^[甲乙丙丁，。]{1,6}$/);
    const text = fc.array(para, { minLength: 1, maxLength: 5 }).map((ps) => ps.join('\n'));
    fc.assert(
      fc.property(text, text, (local, parent) => {
        const segments = diffClauses(local, parent);
        const pairs = paragraphPairs(segments);
        expect(pairs.map((p) => side(p, 'local')).join('')).toBe(local);
        expect(pairs.map((p) => side(p, 'parent')).join('')).toBe(parent);
        for (const p of pairs.slice(0, -1)) {
          expect(side(p, 'local').endsWith('\n')).toBe(true);
          expect(side(p, 'parent').endsWith('\n')).toBe(true);
        }
      }),
    );
  });
});
