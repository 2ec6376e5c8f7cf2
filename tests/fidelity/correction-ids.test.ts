/**
 * Correction ids are unique across the corpus: errata files are per document,
 * and two documents of one scrape may give the same entry id to the same
 * restoration (zhengfu-zhudao, jiangcheng-guagou in the 唐山 measures and
 * their 解读). The export, the page marks and the handouts key by id.
 */
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../helpers/corpus';
import { buildSource } from '../../lib/corpus/build-source';
import { correctionId, entryIdOf } from '../../lib/fidelity/correction-id';

const erratum = (line: number) => `- id: same\n  line: ${line}\n  find: "甲乙"\n  replace: "甲丙乙"\n  kind: insertion\n  evidence: 测试用的依据，足够长的一句话。\n  confidence: high\n`;

describe('correction ids', () => {
  it('are unique in the built seed corpus, though entry ids repeat across errata files', () => {
    const ids = realCorpus().corpus.corrections.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const entries = realCorpus().corpus.corrections.map((c) => entryIdOf(c.documentId, c.id));
    expect(new Set(entries).size).toBeLessThan(entries.length);
  });

  it.each([
    ['one entry id in two documents of one source', ['a', 'b'], ['a/same', 'b/same']],
    ['one document', ['a'], ['a/same']],
  ] as [string, string[], string[]][])('%s', (_name, docs, expected) => {
    const text = docs.map(() => '第一条 甲乙。').join('\n');
    const built = buildSource({
      file: 'x.txt',
      path: 'content/sources/x.txt',
      text,
      documents: docs.map((id, i) => ({ id, path: `content/documents/${id}.mdx`, lines: String(i + 1), titleLines: [], declaredAt: 1, errata: { path: `content/errata/${id}.yaml`, text: erratum(i + 1) } })),
    });
    expect(built.problems).toEqual([]);
    expect(built.corrections.map((c) => c.id)).toEqual(expected);
    // Every mark in the text points at its own document's correction.
    for (const c of built.clauses) for (const r of c.head) if (r.correctionId) expect(r.correctionId).toBe(correctionId(c.documentId, 'same'));
  });

  it('entryIdOf gives back the errata file id', () => {
    expect(entryIdOf('zongzhi-weiwen-jiedu', correctionId('zongzhi-weiwen-jiedu', 'zhengfu-zhudao'))).toBe('zhengfu-zhudao');
    expect(entryIdOf('a', 'b/x')).toBe('b/x');
  });
});
