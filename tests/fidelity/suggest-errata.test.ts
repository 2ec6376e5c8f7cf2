import { describe, expect, it } from 'vitest';
import { suggestErrata, type SuggestInput } from '../../lib/fidelity/suggest-errata';
import { placeEdit } from '../../lib/fidelity/place-edit';
import { resolveErrata } from '../../lib/fidelity/resolve-errata';
import { createSegmenter } from '../../lib/text/segmenter';

const PARENT = { documentId: 'parent', title: '《上位规定》' };
const input = (lines: string[], passages: string[], extra: Partial<SuggestInput> = {}): SuggestInput => ({
  documentId: 'local',
  lines: lines.map((text, i) => ({ line: i + 1, text, clauseId: `c${i + 1}` })),
  parent: { ...PARENT, passages: passages.map((text, i) => ({ clauseId: `art-${i + 1}`, label: `第${'一二三四五六七八九'[i]}条`, text })) },
  ...extra,
});

describe('suggestErrata', () => {
  it('proposes a short insertion inside otherwise identical text, ready to paste', () => {
    const [c, ...rest] = suggestErrata(
      input(['(三)适用对象。本办法适用于各级党的机关、机关、行政机关、政协机关、审判机关、检察机关及其领导班子、领导干部。'], ['本规定适用于各级党的机关、人大机关、行政机关、政协机关、审判机关、检察机关及其领导班子、领导干部。']),
    );
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ line: 1, kind: 'insertion', original: '', corrected: '人大', confidence: 'high', basis: 'parallel', clauseId: 'c1' });
    expect(c.find).not.toBe(c.replace);
    expect(c.parallel).toMatchObject({ documentId: 'parent', clauseId: 'art-1', label: '第一条' });
    expect(c.evidence).toBe('《上位规定》第一条：“本规定适用于各级党的机关、人大机关、行政机关、政协机关、审判机关、检察机关及其领导班子、领导干部。”');
  });

  it('produces find/replace pairs that resolve to the same correction', () => {
    const line = '(四)职责。各级党委和应当切实加强对工作的领导,各级党委和应当切实加强对工作的领导。';
    const [c] = suggestErrata(input([line], ['各级党委和政府应当切实加强对工作的领导。']));
    const { corrections, problems } = resolveErrata(
      'x.yaml',
      [{ entry: { id: 'c', line: 1, find: c.find, replace: c.replace, kind: c.kind, evidence: c.evidence, confidence: c.confidence }, line: 1 }],
      line,
      () => ({ start: 0, end: line.length }),
      { start: 0, end: line.length },
    );
    expect(problems).toEqual([]);
    expect(corrections[0]).toMatchObject({ span: { start: c.column, end: c.column }, corrected: '政府' });
  });

  it('proposes nothing where the drafter chose other words', () => {
    const parent = ['各级党委和政府应当将社会治安综合治理纳入工作督促检查范围，适时组织开展专项督促检查。', '对中央驻地方单位需要实行一票否决权制的，由省级社会治安综合治理委员会提出书面建议。'];
    const local = ['各级党委和政府应当将社会治安综合治理纳入工作督导检查范围,适时组织开展专项督导检查。', '对中央驻唐单位需要实行一票否决权制的,由市社会治安综合治理委员会提出书面建议。'];
    expect(suggestErrata(input(local, parent))).toEqual([]);
  });

  it('offers substitutions only when asked, where the local word is foreign to the parent, at low confidence', () => {
    const base = input(['各级机关应当认真做好血河工作,及时解决群众反映的问题。'], ['各级机关应当认真做好信访工作，及时解决群众反映的问题。']);
    expect(suggestErrata(base)).toEqual([]);
    const [c] = suggestErrata({ ...base, substitutions: true });
    expect(c).toMatchObject({ kind: 'substitution', original: '血河', corrected: '信访', confidence: 'low' });
    const reworded = input(['对中央驻地方单位需要实行一票否决权制的,由市社会治安综合治理委员会提出书面建议。'], ['对中央驻地方单位需要实行一票否决权制的，由省级社会治安综合治理委员会提出书面建议。市、县两级']);
    expect(suggestErrata({ ...reworded, substitutions: true })).toEqual([]);
  });

  it('rates lower when the document writes the word elsewhere, or the context is short', () => {
    const parent = ['下一级委员会每年应当向上一级委员会报告工作。'];
    const [c] = suggestErrata(input(['下一级委员会每年应向上一级委员会报告工作。', '各单位应当及时报告。'], parent));
    expect(c).toMatchObject({ corrected: '当', confidence: 'medium' });
  });

  it('lists the same gap elsewhere as a repeated pattern, at low confidence and clearly marked', () => {
    const segment = createSegmenter([]).cut;
    const candidates = suggestErrata(
      input(
        ['各单位应当建立严格的督促检查制度、评价惩制度,层层签订责任书。', '构建职责清晰、惩分明的责任体系,强化激励。'],
        ['各单位应当建立严格的督促检查制度、评价奖惩制度，层层签订责任书。', '协同做好有关奖惩工作，加强激励。'],
        { segment },
      ),
    );
    expect(candidates.map((c) => [c.line, c.corrected, c.basis, c.confidence])).toEqual([
      [1, '奖', 'parallel', 'high'],
      [2, '奖', 'repeated', 'low'],
    ]);
    expect(candidates[1].replace).toContain('奖惩分明');
    expect(candidates[1].evidence).toMatch(/^重复脱字模式（此处无平行句）/);
    expect(candidates[1].note).toMatch(/^REPEATED PATTERN of line 1/);
  });

  it('marks candidates that a declared erratum already makes', () => {
    const base = input(['本办法适用于各级党的机关、机关、行政机关、政协机关。'], ['本规定适用于各级党的机关、人大机关、行政机关、政协机关。']);
    const [first] = suggestErrata(base);
    const [again] = suggestErrata({ ...base, declared: [{ id: 'renda', line: 1, column: first.column, corrected: '人大' }] });
    expect(again.declared).toBe('renda');
  });
});

describe('placeEdit', () => {
  it('grows the context until find is unique on the line', () => {
    const line = '党委和应当甲,党委和应当乙';
    const at = line.lastIndexOf('应当');
    const placed = placeEdit(line, at, 0, '政府', 3, 2);
    expect(line.split(placed.find).length - 1).toBe(1);
    expect(placed.replace).toBe(placed.find.replace('党委和', '党委和政府'));
  });
  it('takes the whole line at most, which is always unique', () => {
    const line = '党委和应当党委和应当';
    const placed = placeEdit(line, line.lastIndexOf('应当'), 0, '政府', 3, 2);
    expect(line.split(placed.find).length - 1).toBe(1);
  });
});
