/** importMeta on any text: never throws, and what it returns passes the content schema. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importMeta } from '../../lib/import/import-meta';
import { DocumentMeta } from '../../lib/content/schema';

const lawish = fc.array(
  fc.oneof(
    fc.constantFrom('# 某某条例', '<!-- INFO END -->', '', '2019年7月19日 青岛市第十六届人民代表大会常务委员会第十七次会议修订', '根据', '第一条 本条例自公布之日起施行。', '自二○○四年十月一日起施行'),
    fc.string(),
  ),
  { maxLength: 12 },
);

describe('importMeta', () => {
  it('never throws, is deterministic, and writes metadata the schema accepts', () => {
    fc.assert(
      fc.property(lawish, fc.constantFrom('a.md', 'DLC/山东地方法规/地方性法规/山东/青岛市x.md', '司法解释/x(2000-01-01).md'), (lines, path) => {
        const text = lines.join('\n');
        const r = importMeta(path, text, `c/${path}`);
        expect(importMeta(path, text, `c/${path}`)).toEqual(r);
        if (r.kind === 'law') expect(DocumentMeta.safeParse(r.meta).error).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
