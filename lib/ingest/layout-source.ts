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

export type DeclaredDocument = { id: string; lines: string; titleLines: number[] };
export type DeclaredExclusion = { lines: string; kind: ExclusionKind; reason: string };

/** A non-blank line owned by a document, with the end of its piece. */
export type OwnedLine = { line: Line; pieceEnd: number; isTitle: boolean };

/**
 * A problem with the declared layout. Pure, so it knows only the source: a
 * problem with a document's declared lines names the document (the caller
 * reports it at the document's `lines:`); one with an exclusion names none
 * (the caller reports it in the source's manifest). `sourceLine` is the
 * offending source line, where there is one.
 */
export type LayoutProblem = { documentId?: string; sourceLine?: number; rule: 'lines-outside-source' | 'overlap' | 'title-outside-lines'; message: string };

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
      problems.push({ documentId: d.id, rule: 'lines-outside-source', message: `文件 ${d.id} 声明的行范围 ${d.lines} 超出了原文 ${sourceFile}（共 ${lines.length} 行）` });
      continue;
    }
    for (let n = from; n <= to; n++) {
      const other = docOwner[n];
      if (other) {
        problems.push({ documentId: d.id, sourceLine: n, rule: 'overlap', message: `文件 ${d.id} 的行范围 ${d.lines} 与文件 ${other} 重叠，重叠处在 ${sourceFile}:${n}` });
        break;
      }
      docOwner[n] = d.id;
      owners[n] = { doc: d.id, title: d.titleLines.includes(n) };
    }
    for (const t of d.titleLines) {
      if (t < from || t > to) problems.push({ documentId: d.id, sourceLine: t, rule: 'title-outside-lines', message: `文件 ${d.id} 的标题行 ${t} 不在其行范围 ${d.lines} 之内` });
    }
  }
  // Exclusions win over a document's span: chrome inside a page is still chrome.
  for (const x of exclusions) {
    const { from, to } = parseLineRange(x.lines);
    if (from < 1 || to > lines.length) {
      problems.push({ rule: 'lines-outside-source', message: `排除内容的行范围 ${x.lines} 超出了原文 ${sourceFile}（共 ${lines.length} 行）` });
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
