import { describe, expect, it } from 'vitest';
import type { ClauseKind, ClauseRecord } from '../../lib/corpus/export-contract';
import { ClauseIndex, citationUnits, isCitationUnit } from '../../lib/clause';

const clause = (id: string, kind: ClauseKind, parentId: string | null = null): ClauseRecord => ({ id, documentId: 'd', parentId, kind, label: '', number: null, text: '', sourceText: '', head: [], line: 1, depth: 0 });

describe('citation units', () => {
  const index = new ClauseIndex([
    clause('title', 'title'),
    clause('preamble', 'preamble'),
    clause('ch-1', 'chapter'),
    clause('art-1', 'article', 'ch-1'),
    clause('art-1-para-2', 'paragraph', 'art-1'),
    clause('art-1-item-1', 'item', 'art-1'),
    clause('ch-2', 'chapter'),
    clause('sec-1', 'section', 'ch-2'),
    clause('p-1', 'paragraph', 'sec-1'),
    clause('p-1-item', 'item', 'p-1'),
  ]);

  it('are articles, opening paragraphs and provisions under headings only, not headings, titles or parts of units', () => {
    expect(citationUnits(index).map((c) => c.id)).toEqual(['preamble', 'art-1', 'p-1']);
    expect(isCitationUnit(index.get('art-1-item-1')!, index)).toBe(false);
  });
});
