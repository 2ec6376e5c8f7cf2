/** One-character slips read off corpus counts: a look-alike in place of a character, a dropped character. */
import { describe, expect, it } from 'vitest';
import { charNgramCounts, charSlipCandidates, charSlips } from '../../lib/fidelity/char-slips';

/** A hand-made corpus: each phrase printed `n` times, each time as its own sentence. */
const corpus = (phrases: [string, number][]) => charNgramCounts(phrases.flatMap(([p, n]) => Array<string>(n).fill(`${p}。`)));

// Ordinary legal prose: 依法处理 and 部门牵头 are common, 重大决策 is always 重大.
const COMMON: [string, number][] = [
  ['依法处理', 120],
  ['及时处理', 80],
  ['由有关部门牵头', 60],
  ['开展重大决策评估', 150],
  ['开展工作', 90],
  ['张三丰', 1],
  ['第一百二十七条', 40],
  ['第一百二十条', 40],
];

describe('charSlips', () => {
  const counts = corpus(COMMON);
  it.each([
    // Found: a look-alike read in place of a character (埋 for 理, 章 for 牵).
    ['坚决依法处埋，净化环境', [['substitution', '法处埋，净', '法处理，净']]],
    ['由有关部门章头，各方', [['substitution', '部门章头，', '部门牵头，']]],
    // Found: a dropped character (重 before 大决策).
    ['统筹开展大决策评估', [['insertion', '开展大决', '开展重大决']]],
    // Clean text, and rare text no common reading explains.
    ['坚决依法处理，净化环境', []],
    ['统筹开展重大决策评估', []],
    ['张三丰', []], // a name seen once, nothing common differs from it by one character
    ['张三风先生', []], // one character off a rare name: the name is not common enough to propose
    ['第一百二十八条', []], // a number the corpus has not printed: digits are not slips
  ] as [string, [string, string, string][]][])('%s', (text, expected) => {
    expect(charSlips(text, counts).map((s) => [s.kind, s.find, s.replace])).toEqual(expected);
  });

  it('leaves a pair alone where the corpus prints it: 处埋 seen elsewhere is usage, not a slip', () => {
    const withPair = corpus([...COMMON, ['依法处埋', 5]]);
    expect(charSlips('坚决依法处埋，净化环境', withPair)).toEqual([]);
  });

  it('proposes no dropped character where the pair is often printed without it', () => {
    const bare = corpus([...COMMON, ['大决策', 30]]);
    expect(charSlips('统筹开展大决策评估', bare)).toEqual([]);
  });

  it('needs the replacement to be common: 处理 seen a few times proposes nothing', () => {
    expect(charSlips('坚决依法处埋，净化环境', corpus([['依法处理', 5]]))).toEqual([]);
  });

  it('states the counts in the evidence', () => {
    const [s] = charSlips('坚决依法处埋，净化环境', counts);
    expect(s.reason).toContain('“处埋”在全部语料中出现 0 次');
    expect(s.reason).toContain('“处理”出现 200 次');
  });

  it('locates each slip: find is the text at start, unique on its line', () => {
    const text = '依法处埋，再依法处埋，由有关部门章头';
    for (const s of charSlips(text, counts)) {
      expect(text.slice(s.start, s.start + s.find.length)).toBe(s.find);
      expect(text.indexOf(s.find)).toBe(text.lastIndexOf(s.find));
    }
  });
});

describe('charSlipCandidates', () => {
  const counts = corpus(COMMON);
  it('marks a place already corrected or flagged as declared', () => {
    const lines = [
      { line: 3, text: '坚决依法处埋，净化环境' },
      { line: 5, text: '由有关部门章头，各方' },
      { line: 7, text: '统筹开展大决策评估' },
    ];
    const got = charSlipCandidates(lines, counts, [{ id: 'yifa-chuli', line: 3, column: 5 }], [{ id: 'suspect-qiantou', line: 5, find: '部门章头' }]);
    expect(got.map((c) => [c.line, c.kind, c.replace, c.confidence, c.declared])).toEqual([
      [3, 'substitution', '法处理，净', 'low', 'yifa-chuli'],
      [5, 'substitution', '部门牵头，', 'low', 'suspect-qiantou'],
      [7, 'insertion', '开展重大决', 'low', undefined],
    ]);
  });
});
