/**
 * What suggestErrata needs, read off a built corpus: the document's verbatim
 * source lines and the parent's displayed clauses (corrections applied, so a
 * corrected parent is compared as corrected). Pure: the caller supplies the
 * source text.
 */
import type { ClauseRecord, Corpus } from '../types';
import { normalizeSource, splitLines } from '../ingest/normalize';
import { toChineseNumber } from '../ingest/patterns';
import { displayLabel } from './render-runs';
import type { SuggestInput } from './suggest-errata';

export function suggestionInput(corpus: Corpus, sourceText: (file: string) => string | null, documentId: string, parentId: string): SuggestInput {
  const doc = corpus.documents.find((d) => d.id === documentId);
  const parent = corpus.documents.find((d) => d.id === parentId);
  if (!doc) throw new Error(`no document ${documentId}`);
  if (!parent) throw new Error(`no document ${parentId}`);
  const raw = sourceText(doc.sourceFile);
  if (raw === null) throw new Error(`source file ${doc.sourceFile} not found`);
  const [from, to = from] = doc.sourceLines.split('-').map(Number);
  const lines = splitLines(normalizeSource(raw));
  const own = corpus.clauses.filter((c) => c.documentId === documentId);
  const clauseAt = (n: number) => own.filter((c) => c.line <= n).pop()?.id ?? null;
  const declared = corpus.corrections
    .filter((c) => c.documentId === documentId)
    .flatMap((c) => {
      const l = lines.find((x) => x.start <= c.span.start && c.span.start <= x.end);
      return l ? [{ id: c.id, line: l.no, column: c.span.start - l.start, corrected: c.corrected }] : [];
    });
  const theirs = corpus.clauses.filter((c) => c.documentId === parentId);
  return {
    documentId,
    lines: lines.filter((l) => l.no >= from && l.no <= to).map((l) => ({ line: l.no, text: l.text, clauseId: clauseAt(l.no) })),
    parent: {
      documentId: parentId,
      title: `《${parent.title}》`,
      passages: theirs.map((c) => ({ clauseId: c.id, label: citeLabel(c, theirs), text: c.head.map((r) => r.text).join('') })).filter((p) => p.text),
    },
    declared,
  };
}

/** How a lawyer cites the clause: 第五条第二款, 第二十条第（三）项. Chapters are not part of a citation. */
function citeLabel(c: ClauseRecord, all: ClauseRecord[]): string {
  const chain: ClauseRecord[] = [];
  for (let k: ClauseRecord | undefined = c; k; k = all.find((x) => x.id === k!.parentId)) chain.unshift(k);
  const cited = chain.some((k) => k.kind === 'article') ? chain.filter((k) => !['part', 'chapter', 'section'].includes(k.kind)) : chain;
  return cited
    .map((k) => {
      if (k.kind === 'paragraph' && k.number) return `第${toChineseNumber(k.number)}款`;
      if (k.kind === 'item' || k.kind === 'subitem') return `第${displayLabel(k.label).replace(/[.．、]$/, '')}项`;
      return displayLabel(k.label);
    })
    .join('');
}
