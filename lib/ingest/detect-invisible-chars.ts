/**
 * A finding for every line of a document that holds an invisible or
 * direction-changing character (see INVISIBLE_CHAR_NAMES): what an editor
 * sees on the page may then differ from what the text says.
 */
import type { ClauseNode } from './clause-tree';
import type { Finding, Span } from '../corpus/export-contract';
import { collect } from './assign-ids';
import { INVISIBLE_CHAR, INVISIBLE_CHAR_NAMES } from './patterns';

export function detectInvisibleChars(documentId: string, roots: ClauseNode[], text: string, span: Span): Finding[] {
  const byLine = new Map<number, { offset: number; chars: Set<string> }>();
  let line = lineAt(text, span.start);
  let counted = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(INVISIBLE_CHAR)) {
    const offset = span.start + m.index;
    for (; counted < offset; counted++) if (text[counted] === '\n') line++;
    const entry = byLine.get(line) ?? { offset, chars: new Set<string>() };
    entry.chars.add(m[0]);
    byLine.set(line, entry);
  }
  const nodes = collect(roots);
  return [...byLine].map(([no, { offset, chars }]) => {
    const names = [...chars].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}（${INVISIBLE_CHAR_NAMES[c]}）`);
    return {
      documentId,
      clauseId: deepestAt(nodes, offset)?.id ?? null,
      kind: 'invisible-char' as const,
      message: `第 ${no} 行含不可见或改变文字方向的字符 ${names.join('、')}，页面显示可能与原文不同（如文字颠倒）；原文保持不变，请核对。`,
      severity: 'warning' as const,
    };
  });
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text[i] === '\n') line++;
  return line;
}

/** Nodes in document order: the last one starting at or before the offset and spanning it is the deepest. */
function deepestAt(nodes: ClauseNode[], offset: number): ClauseNode | undefined {
  return nodes.filter((n) => n.span.start <= offset && offset < n.span.end).at(-1);
}
