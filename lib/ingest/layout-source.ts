/**
 * Decide who owns each line of a source: one of its documents, or a recorded
 * exclusion (page chrome, a compilation heading, text no document claims).
 * Every non-blank line gets exactly one owner, and each owner's piece runs on
 * over the blank lines that follow it, so the pieces tile the source.
 */
import type { Exclusion, Span } from '../corpus/export-contract';
import type { ExclusionKind } from '../content/schema';
import { BLANK_LINE } from './patterns';
import type { Line } from './normalize';

export type DeclaredDocument = { id: string; lines: string; titleLines: number[]; declaredAt?: number };
export type DeclaredExclusion = { lines: string; kind: ExclusionKind; reason: string };

/** A non-blank line owned by a document, with the end of its piece. */
export type OwnedLine = { line: Line; pieceEnd: number; isTitle: boolean };

export type LayoutProblem = { line: number; message: string };

export type SourceLayout = {
  documents: Map<string, OwnedLine[]>;
  exclusions: Exclusion[];
  problems: LayoutProblem[];
};

export function parseLineRange(range: string): { from: number; to: number } {
  const [a, b] = range.split('-').map(Number);
  return { from: a, to: b ?? a };
}

type Owner = { doc: string; title: boolean } | { exclusion: DeclaredExclusion };

export function layoutSource(
  sourceFile: string,
  lines: Line[],
  documents: DeclaredDocument[],
  exclusions: DeclaredExclusion[],
): SourceLayout {
  const problems: LayoutProblem[] = [];
  const owners: (Owner | undefined)[] = new Array(lines.length + 1);
  const docOwner = new Array<string | undefined>(lines.length + 1);

  for (const d of documents) {
    const { from, to } = parseLineRange(d.lines);
    if (from < 1 || to > lines.length || from > to) {
      problems.push({ line: d.declaredAt ?? 0, message: `document ${d.id}: lines ${d.lines} lie outside ${sourceFile} (1-${lines.length})` });
      continue;
    }
    for (let n = from; n <= to; n++) {
      const other = docOwner[n];
      if (other) {
        problems.push({ line: d.declaredAt ?? 0, message: `document ${d.id}: lines ${d.lines} overlap document ${other} at ${sourceFile}:${n}` });
        break;
      }
      docOwner[n] = d.id;
      owners[n] = { doc: d.id, title: d.titleLines.includes(n) };
    }
    for (const t of d.titleLines) {
      if (t < from || t > to) problems.push({ line: d.declaredAt ?? 0, message: `document ${d.id}: title line ${t} is outside its lines ${d.lines}` });
    }
  }
  // Exclusions win over a document's span: chrome inside a page is still chrome.
  for (const x of exclusions) {
    const { from, to } = parseLineRange(x.lines);
    if (from < 1 || to > lines.length) {
      problems.push({ line: 0, message: `exclusion ${x.lines} lies outside ${sourceFile} (1-${lines.length})` });
      continue;
    }
    for (let n = from; n <= to; n++) owners[n] = { exclusion: x };
  }

  const result: SourceLayout = { documents: new Map(documents.map((d) => [d.id, []])), exclusions: [], problems };
  const nonBlank = lines.filter((l) => !BLANK_LINE.test(l.text));
  const firstStart = nonBlank[0]?.start ?? lines.at(-1)?.next ?? 0;
  if (firstStart > 0) result.exclusions.push(exclusion(sourceFile, 'blank', '文首空行', { start: 0, end: firstStart }, 1, ''));

  nonBlank.forEach((line, i) => {
    const pieceEnd = nonBlank[i + 1]?.start ?? lines.at(-1)!.next;
    const owner = owners[line.no];
    if (!owner) {
      result.exclusions.push(exclusion(sourceFile, 'unassigned', '未归属任何文件的文字', { start: line.start, end: pieceEnd }, line.no, line.text));
    } else if ('exclusion' in owner) {
      result.exclusions.push(exclusion(sourceFile, owner.exclusion.kind, owner.exclusion.reason, { start: line.start, end: pieceEnd }, line.no, line.text));
    } else {
      result.documents.get(owner.doc)!.push({ line, pieceEnd, isTitle: owner.title });
    }
  });
  return result;
}

function exclusion(sourceFile: string, kind: ExclusionKind, reason: string, span: Span, line: number, text: string): Exclusion {
  return { sourceFile, kind, reason, span, line, text };
}
