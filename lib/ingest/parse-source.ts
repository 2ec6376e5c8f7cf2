/**
 * One source → its documents' trees, its exclusions and the structural
 * findings. Pure: the caller reads the files.
 */
import type { ClauseNode, DocumentTree } from './clause-tree';
import type { Exclusion, Finding } from '../corpus/export-contract';
import { assignIds } from './assign-ids';
import { detectFindings } from './detect-findings';
import { detectInvisibleChars } from './detect-invisible-chars';
import { detectCountMismatch } from './detect-count-mismatch';
import { layoutSource, type DeclaredDocument, type DeclaredExclusion, type LayoutProblem } from './layout-source';
import { normalizeSource, splitLines } from './normalize';
import { buildTree } from './structure';
import { INDENT, looksLikeTitle } from './patterns';

export type ParsedSource = {
  text: string;
  trees: Map<string, DocumentTree>;
  exclusions: Exclusion[];
  findings: Finding[];
  problems: LayoutProblem[];
};

export function parseSource(
  sourceFile: string,
  raw: string,
  documents: DeclaredDocument[],
  exclusions: DeclaredExclusion[],
): ParsedSource {
  const text = normalizeSource(raw);
  const lines = splitLines(text);
  const layout = layoutSource(sourceFile, lines, documents, exclusions);
  const trees = new Map<string, DocumentTree>();
  const findings: Finding[] = [];
  for (const d of documents) {
    const owned = layout.documents.get(d.id) ?? [];
    // Without declared title lines, a short unnumbered first line is the title.
    if (d.titleLines.length === 0 && owned.length > 1 && looksLikeTitle(owned[0].line.text.replace(INDENT, ''))) owned[0].isTitle = true;
    const children = buildTree(owned);
    assignIds(children);
    const span = owned.length ? { start: owned[0].line.start, end: owned.at(-1)!.pieceEnd } : { start: 0, end: 0 };
    trees.set(d.id, { sourceFile, span, children });
    findings.push(...detectFindings(d.id, children, text, d.titleLines.length > 0 || children.some((c) => c.kind === 'title')));
    findings.push(...detectInvisibleChars(d.id, children, text, span));
    if (owned.length && !children.some(isStructural)) {
      findings.push({ documentId: d.id, clauseId: null, kind: 'unstructured', message: '未识别出章、条或编号结构，按自然段导入。', severity: 'info' });
    }
  }
  // A count may be announced in one document of the source and listed in another (a 解读 after its measures).
  findings.push(...detectCountMismatch([...trees].map(([id, t]) => ({ id, roots: t.children })), text));
  for (const x of layout.exclusions) {
    if (x.kind !== 'unassigned') continue;
    findings.push({ documentId: '', clauseId: null, kind: 'unassigned-text', message: `${sourceFile}:${x.line} 的文字不属于任何文件，已作为排除内容记录：“${x.text.trim().slice(0, 30)}”`, severity: 'error' });
  }
  return { text, trees, exclusions: layout.exclusions, findings, problems: layout.problems };
}

function isStructural(n: ClauseNode): boolean {
  return n.family !== null || n.children.some(isStructural);
}

/**
 * Every non-blank line becomes one piece; with a title-less, span-less
 * declaration the whole text is one document. Used by ingest and tests.
 */
export function parseText(raw: string, id = 'doc'): { text: string; tree: DocumentTree; findings: Finding[]; exclusions: Exclusion[] } {
  const text = normalizeSource(raw);
  const count = splitLines(text).length;
  const decl = count ? [{ id, lines: `1-${count}`, titleLines: [] }] : [];
  const parsed = parseSource('input', raw, decl, []);
  const tree = parsed.trees.get(id) ?? { sourceFile: 'input', span: { start: 0, end: 0 }, children: [] };
  return { text, tree, findings: parsed.findings, exclusions: parsed.exclusions };
}
