/**
 * Who owns each line of a source: a clause of one of its documents, a
 * recorded exclusion, or nobody (a blank line). This is what the source page
 * shows so a reader can check that nothing was dropped or misassigned.
 */
import type { ClauseRecord, DocumentRecord, Exclusion } from '@/lib/corpus/export-contract';
import { splitLines } from '@/lib/ingest/normalize';
import { parseLineRange } from '@/lib/ingest/layout-source';

export type LineOwner =
  | { kind: 'clause'; documentId: string; clauseId: string }
  | { kind: 'document'; documentId: string }
  | { kind: 'exclusion'; exclusion: Exclusion }
  | { kind: 'none' };

export type SourceLine = { no: number; text: string; blank: boolean; owner: LineOwner };

const BLANK = /^[\s\u3000\u00a0\ufeff]*$/;

export function sourceLines(text: string, documents: DocumentRecord[], clauses: ClauseRecord[], exclusions: Exclusion[]): SourceLine[] {
  const lines = splitLines(text);
  const owners: LineOwner[] = lines.map(() => ({ kind: 'none' }));
  for (const d of documents) {
    const { from, to } = parseLineRange(d.sourceLines);
    const starts = clauses.filter((c) => c.documentId === d.id).sort((a, b) => a.line - b.line);
    let k = -1;
    for (let n = from; n <= Math.min(to, lines.length); n++) {
      while (k + 1 < starts.length && starts[k + 1].line <= n) k++;
      owners[n - 1] = k < 0 ? { kind: 'document', documentId: d.id } : { kind: 'clause', documentId: d.id, clauseId: starts[k].id };
    }
  }
  for (const x of exclusions) {
    for (const l of lines) {
      if (l.start >= x.span.start && l.start < Math.max(x.span.end, x.span.start + 1)) owners[l.no - 1] = { kind: 'exclusion', exclusion: x };
    }
  }
  return lines.map((l, i) => ({ no: l.no, text: l.text, blank: BLANK.test(l.text), owner: owners[i] }));
}
