import { describe, expect, it } from 'vitest';
import { hintLabel } from '../../app/_components/compare/hint-label';
import { HINT_BONUS, type Hint } from '../../lib/refs/structure-hints';

describe('hintLabel', () => {
  // Every hint the aligner can put on a link is shown to the reader, in Chinese.
  it.each(Object.keys(HINT_BONUS) as Hint[])('names the aligner hint %s', (hint) => {
    expect(hintLabel(hint)).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    ['same-duty', '处罚的是同一项义务'],
    ['经共同上位条文对应', '经共同上位条文对应'],
    ['unknown-code', null],
  ])('%s → %s', (hint, label) => {
    expect(hintLabel(hint)).toBe(label);
  });
});
