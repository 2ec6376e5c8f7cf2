/**
 * Editors' decisions on clause links (content/links/*.yaml): applied after
 * alignment, checked with file and line, and carried by the real build.
 */
import { describe, expect, it } from 'vitest';
import { applyLinkReviews } from '../../lib/refs/apply-link-reviews';
import type { ClauseRecord, DocumentRecord, LinkRecord } from '../../lib/corpus/export-contract';
import { realCorpus } from '../helpers/corpus';

const doc = (id: string) => ({ id }) as DocumentRecord;
const clause = (documentId: string, id: string) => ({ documentId, id }) as ClauseRecord;
const link = (from: string, to: string, rank = 1): LinkRecord => ({ from, to, kind: 'implements', score: 0.8, evidence: { sharedTerms: ['约谈'], hints: [] }, rank });

const corpus = {
  documents: [doc('city'), doc('central')],
  clauses: [clause('city', 'art-1'), clause('city', 'art-2'), clause('central', 'art-1'), clause('central', 'art-2'), clause('central', 'art-3')],
  links: [link('city#art-1', 'central#art-1'), link('city#art-1', 'central#art-3', 2), link('city#art-2', 'central#art-2')],
};
const FILE = 'content/links/city.yaml';
const review = (text: string, documentId = 'city') => applyLinkReviews([{ path: FILE, documentId, text }], corpus);
const where = (r: ReturnType<typeof review>) => r.problems.map((p) => `${p.file}:${p.line}: [${p.rule}] ${p.message}`);

describe('link reviews', () => {
  it('marks every link: unreviewed links are inferred, confirmed ones confirmed with the note and the line', () => {
    const r = review('- from: art-2\n  to: central#art-2\n  decision: confirmed\n  note: 逐字相同\n');
    expect(r.problems).toEqual([]);
    expect(r.links.map((l) => [l.from, l.to, l.review?.status])).toEqual([
      ['city#art-1', 'central#art-1', 'inferred'],
      ['city#art-1', 'central#art-3', 'inferred'],
      ['city#art-2', 'central#art-2', 'confirmed'],
    ]);
    expect(r.links[2].review).toEqual({ status: 'confirmed', note: '逐字相同', declaredAt: { file: FILE, line: 1 } });
    expect(r.links[2].score).toBe(0.8);
  });

  it('a rejected link leaves the links, is kept with the decision, and the next link moves up', () => {
    const r = review('- from: art-1\n  to: central#art-1\n  decision: rejected\n  note: 误配\n');
    expect(r.links.map((l) => [l.from, l.to, l.rank])).toEqual([
      ['city#art-1', 'central#art-3', 1],
      ['city#art-2', 'central#art-2', 1],
    ]);
    expect(r.rejectedLinks).toEqual([expect.objectContaining({ from: 'city#art-1', to: 'central#art-1', score: 0.8, review: expect.objectContaining({ status: 'rejected', note: '误配' }) })]);
  });

  it('a confirmed link alignment did not make is added as an editor link, ranked after the aligner’s', () => {
    const r = review('- from: art-1\n  to: central#art-2\n  decision: confirmed\n');
    expect(r.problems).toEqual([]);
    expect(r.links.at(-1)).toEqual(expect.objectContaining({ from: 'city#art-1', to: 'central#art-2', kind: 'implements', rank: 3, review: { status: 'added', declaredAt: { file: FILE, line: 1 } } }));
  });

  it('reports unknown documents and clauses, duplicates and rejections of links that do not exist, with file and line', () => {
    const text = [
      '- from: art-9', //            1
      '  to: central#art-1',
      '  decision: confirmed',
      '- from: art-1', //            4
      '  to: nowhere#art-1',
      '  decision: confirmed',
      '- from: art-1', //            7
      '  to: central#art-9',
      '  decision: rejected',
      '- from: art-2', //            10
      '  to: central#art-2',
      '  decision: confirmed',
      '- from: art-2', //            13
      '  to: central#art-2',
      '  decision: rejected',
      '- from: art-2', //            16
      '  to: central#art-1',
      '  decision: rejected',
    ].join('\n');
    expect(where(review(text))).toEqual([
      `${FILE}:1: [unknown-clause] from：city 中没有编号为 art-9 的条款`,
      `${FILE}:5: [unknown-document] to：没有编号为 nowhere 的文件`,
      `${FILE}:8: [unknown-clause] to：central 中没有编号为 art-9 的条款`,
      `${FILE}:13: [duplicate-link-review] art-2 → central#art-2 的审核意见重复（第 10 行已有）`,
      `${FILE}:16: [unknown-link] 否决的链接 art-2 → central#art-1 不存在：系统没有推定这条链接，无需否决`,
    ]);
    expect(where(review('- from: art-1\n  to: central#art-1\n  decision: 同意\n'))[0]).toMatch(/^content\/links\/city\.yaml:3: \[schema\] 0\.decision/);
    expect(where(review('[]', 'ghost'))).toEqual([`${FILE}:1: [unknown-document] 这是 ghost 的条款链接审核表，但没有编号为 ghost 的文件`]);
  });

  it('the seed review file confirms the Tangshan 一票否决 links and adds 第二十五条', () => {
    const { corpus: built, problems } = realCorpus();
    expect(problems).toEqual([]);
    const from = built.links.filter((l) => l.from === 'zongzhi-weiwen-shishi-banfa#art-24');
    expect(from.map((l) => [l.to, l.review?.status])).toEqual(
      expect.arrayContaining([
        ['zongzhi-zerenzhi-2016#art-26', 'confirmed'],
        [expect.stringMatching(/^zongzhi-zerenzhi-2016#art-25$/), expect.stringMatching(/^(added|confirmed)$/)],
      ]),
    );
    expect(built.links.every((l) => l.review)).toBe(true);
  });
});
