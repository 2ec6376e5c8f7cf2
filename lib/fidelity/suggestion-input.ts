/**
 * What suggestErrata needs, read off a built corpus: the document's verbatim
 * source lines and the parent's displayed clauses (corrections applied, so a
 * corrected parent is compared as corrected). Pure: the caller supplies the
 * source text.
 */
import type { Corpus } from '../corpus/export-contract';
import { normalizeSource, splitLines } from '../ingest/normalize';
import { ClauseIndex, bookTitle, clauseName } from '../clause';
import type { SuggestInput } from './suggest-errata';
import { entryIdOf } from './correction-id';

export function suggestionInput(corpus: Corpus, sourceText: (file: string) => string | null, documentId: string, parentId: string): SuggestInput {
  const parent = corpus.documents.find((d) => d.id === parentId);
  if (!parent) throw new Error(`no document ${parentId}`);
  const { lines, declared } = documentLines(corpus, sourceText, documentId);
  const theirs = new ClauseIndex(corpus.clauses.filter((c) => c.documentId === parentId));
  return {
    documentId,
    lines,
    parent: {
      documentId: parentId,
      title: bookTitle(parent.title),
      passages: theirs.all.map((c) => ({ clauseId: c.id, label: clauseName(c, theirs), text: c.head.map((r) => r.text).join('') })).filter((p) => p.text),
    },
    declared,
  };
}

/** A document's verbatim source lines (with the clause each opens in) and its declared corrections by line and column. */
export function documentLines(corpus: Corpus, sourceText: (file: string) => string | null, documentId: string): Pick<SuggestInput, 'lines'> & { declared: NonNullable<SuggestInput['declared']> } {
  const doc = corpus.documents.find((d) => d.id === documentId);
  if (!doc) throw new Error(`no document ${documentId}`);
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
      return l ? [{ id: entryIdOf(documentId, c.id), line: l.no, column: c.span.start - l.start, corrected: c.corrected }] : [];
    });
  return { lines: lines.filter((l) => l.no >= from && l.no <= to).map((l) => ({ line: l.no, text: l.text, clauseId: clauseAt(l.no) })), declared };
}

