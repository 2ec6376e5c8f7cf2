import { describe, expect, it } from 'vitest';
import type { ClauseRecord } from '../../lib/corpus/export-contract';
import { resolveInternal } from '../../lib/refs/resolve-internal';
import { ClauseIndex } from '../../lib/clause';
import type { ArticleRefToken } from '../../lib/refs/model';

function clause(id: string, kind: ClauseRecord['kind'], parentId: string | null, label: string, number: number | null, text = ''): ClauseRecord {
  return { id, documentId: 'd', parentId, kind, label, number, text, sourceText: text, head: [{ text }], line: 1, depth: parentId ? 1 : 0 };
}

/** A small document: chapters whose article numbers restart, paragraphs and items. */
const doc = new ClauseIndex([
  clause('ch-1', 'chapter', null, '一、', 1),
  clause('ch-1-art-1', 'article', 'ch-1', '(一)', 1, '（一）甲。'),
  clause('ch-1-art-2', 'article', 'ch-1', '(二)', 2, '（二）乙：'),
  clause('ch-1-art-2-item-1', 'item', 'ch-1-art-2', '1.', 1),
  clause('ch-1-art-2-item-2', 'item', 'ch-1-art-2', '2.', 2),
  clause('ch-1-art-2-para-2', 'paragraph', 'ch-1-art-2', '', null, '对前款规定中的情形'),
  clause('ch-1-art-2-para-3', 'paragraph', 'ch-1-art-2', '', null, '上述情形，依照本条和前两款'),
  clause('ch-2', 'chapter', null, '二、', 2),
  clause('ch-2-art-1', 'article', 'ch-2', '(一)', 1, '（一）丙，依照前条'),
  clause('ch-2-art-2', 'article', 'ch-2', '(二)', 2, '（二）丁'),
  clause('ch-2-art-3', 'article', 'ch-2', '(三)', 3, '（三）戊'),
  clause('ch-2-art-3-para-1', 'paragraph', 'ch-2-art-3', '', 1, '戊的第一款'),
  clause('ch-2-art-3-para-2', 'paragraph', 'ch-2-art-3', '', 2, '戊的第二款'),
]);
const at = (id: string) => doc.get(id)!;
const article = (art: number, para: number | null = null, item: number | null = null, self: string | null = '本细则'): ArticleRefToken => ({
  kind: 'article-ref', span: { start: 0, end: 0 }, self, unit: '条', art, para, item,
});
const relative = (word: string) => ({ kind: 'relative-ref' as const, span: { start: 0, end: 0 }, word });

describe('resolveInternal', () => {
  it.each([
    ['第二条 from chapter one', article(2), 'ch-1-art-1', 'ch-1-art-2'],
    ['第二条 from chapter two: numbering restarts, the home chapter wins', article(2), 'ch-2-art-1', 'ch-2-art-2'],
    ['第二条第二款', article(2, 2), 'ch-1-art-1', 'ch-1-art-2-para-2'],
    ['第二条第一款 is the article itself', article(2, 1), 'ch-1-art-1', 'ch-1-art-2'],
    ['第二条第二项', article(2, null, 2), 'ch-1-art-1', 'ch-1-art-2-item-2'],
    ['第三条第二款 under a caption: paragraphs count from 1, as ingest numbers them', article(3, 2), 'ch-2-art-1', 'ch-2-art-3-para-2'],
  ])('%s', (_name, ref, from, target) => expect(resolveInternal(ref, at(from), doc).targetClauseId).toBe(target));

  it.each([
    ['前款 in a second paragraph', '前款', 'ch-1-art-2-para-2', 'ch-1-art-2'],
    ['前两款 in a third paragraph', '前两款', 'ch-1-art-2-para-3', 'ch-1-art-2'],
    ['本条 in a paragraph', '本条', 'ch-1-art-2-para-3', 'ch-1-art-2'],
    ['本款 in an item', '本款', 'ch-1-art-2-item-1', 'ch-1-art-2'],
    ['前条', '前条', 'ch-2-art-1', 'ch-1-art-2'],
    ['上述 opening a paragraph points back', '上述', 'ch-1-art-2-para-3', 'ch-1-art-2-para-2'],
    ['上述 inside a clause points to it', '上述', 'ch-1-art-1', 'ch-1-art-1'],
  ])('%s', (_name, word, from, target) => expect(resolveInternal(relative(word), at(from), doc).targetClauseId).toBe(target));

  it('explains what it could not find, in Chinese', () => {
    const r = resolveInternal(article(9), at('ch-1-art-1'), doc);
    expect(r).toEqual({ targetClauseId: null, reason: '本文件没有第九条' });
    expect(resolveInternal(relative('前款'), at('ch-1-art-1'), doc).targetClauseId).toBeNull();
  });
});
