/** The one-line summary of an aligned row: 新增 / 删去 / 改为, from the left text's point of view. */
import { describe, expect, it } from 'vitest';
import { changeLine, rowChanges } from '../../lib/compare/row-changes';
import type { DiffSegment } from '../../lib/compare/model';

const eq = (text: string): DiffSegment => ({ op: 'equal', text });
const left = (text: string): DiffSegment => ({ op: 'delete', text });
const right = (text: string): DiffSegment => ({ op: 'insert', text });

describe('rowChanges and changeLine', () => {
  it.each<[string, DiffSegment[], string]>([
    ['nothing changed', [eq('实行挂牌督办')], '文字相同'],
    ['a word replaced', [eq('实行'), left('挂账'), right('挂牌'), eq('督办')], '「挂牌」改为「挂账」'],
    ['the replacement in the other order', [eq('实行'), right('挂牌'), left('挂账'), eq('督办')], '「挂牌」改为「挂账」'],
    ['text only the left has', [eq('约谈'), left('，并报上级备案'), eq('。')], '新增「，并报上级备案」'],
    ['text only the right has', [eq('依法'), right('一律'), eq('追究')], '删去「一律」'],
    ['a paragraph break only one side has is layout', [eq('第一款'), left('\n'), eq('第二款')], '文字相同'],
    ['several changes in reading order', [left('本办法'), right('本规定'), eq('适用于'), right('人大'), eq('机关'), left('和团体')], '「本规定」改为「本办法」；删去「人大」；新增「和团体」'],
  ])('%s', (_, segments, line) => {
    expect(changeLine(segments)).toBe(line);
  });

  it('names the first few changes and counts the rest', () => {
    const segments = [left('甲'), eq('，'), left('乙'), eq('，'), left('丙'), eq('，'), right('丁')];
    expect(changeLine(segments, { max: 2 })).toBe('新增「甲」；新增「乙」；另有2处改动');
  });

  it('cuts long quotations and shows line breaks inside them', () => {
    expect(changeLine([eq('甲'), left('一二三四五六')], { width: 4 })).toBe('新增「一二三四…」');
    expect(changeLine([eq('甲'), right('第一段\n第二段')])).toBe('删去「第一段↵第二段」');
  });

  it('says a mostly rewritten row is rewritten, with how much each side has alone', () => {
    const segments = [eq('机构'), left('负责组织实施本地区工作'), right('统一领导和指挥全国工作')];
    expect(changeLine(segments, { rewritten: 0.3 })).toBe('改写较多：新增11字，删去11字');
    expect(changeLine(segments)).toBe('「统一领导和指挥全国工作」改为「负责组织实施本地区工作」');
  });

  it('reads a deletion next to an insertion as one replacement', () => {
    expect(rowChanges([left('乙'), right('甲')])).toEqual([{ kind: 'replaced', from: '甲', to: '乙' }]);
  });
});
