/**
 * The first stage: each document file's frontmatter and editorial body, and
 * the checks that tie the declarations together (ids, parents, source files,
 * errata names) before any source is parsed.
 */
import type { DocumentMeta } from '../content/schema';
import { parseDocumentFile, type YamlPosition } from '../content/parse-content';
import { contentError, type ContentMessage } from '../content/message';
import type { ContentFiles } from './build-corpus';

/** `positionOf` finds a frontmatter value's line, for problems about it. */
export type Declared = { id: string; path: string; meta: DocumentMeta; positionOf: YamlPosition };

export function declareDocuments(files: ContentFiles): { declared: Declared[]; bodies: Record<string, string>; problems: ContentMessage[] } {
  const problems: ContentMessage[] = [];
  const declared: Declared[] = [];
  const bodies: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const d of files.documents) {
    const { meta, body, positionOf, problems: p } = parseDocumentFile(d.path, d.text, d.id);
    problems.push(...p);
    if (seen.has(d.id)) problems.push(contentError(d.path, 1, 'duplicate-id', `文件编号 ${d.id} 重复（另见 ${seen.get(d.id)}）`, { documentId: d.id }));
    seen.set(d.id, d.path);
    if (!meta) continue;
    declared.push({ id: d.id, path: d.path, meta, positionOf });
    bodies[d.id] = body;
  }
  const ids = new Set(declared.map((d) => d.id));
  for (const d of declared) {
    const at = (path: (string | number)[], rule: string, message: string) => {
      const { line, column } = d.positionOf(path);
      problems.push(contentError(d.path, line, rule, message, { column, documentId: d.id }));
    };
    d.meta.parents.forEach((p, i) => {
      if (p.documentId && !ids.has(p.documentId)) at(['parents', i, 'documentId'], 'unknown-parent', `声明的上位文件 ${p.documentId} 不在库中`);
      // A collected parent's own parents are in its own file; declaring them here too could disagree with it.
      if (p.documentId && p.parents?.length) at(['parents', i, 'parents'], 'parent-chain', `上位文件 ${p.documentId} 已收录，它的上位依据应写在它自己的条目中，不在这里声明`);
      p.parents?.forEach((g, j) => {
        if (g.documentId && !ids.has(g.documentId)) at(['parents', i, 'parents', j, 'documentId'], 'unknown-parent', `声明的上位文件 ${g.documentId} 不在库中`);
      });
    });
    if (!files.sources.some((s) => s.file === d.meta.source.file)) at(['source', 'file'], 'unknown-source', `原文 ${d.meta.source.file} 不在 content/sources/ 中`);
  }
  // Errata are named after their document; a misspelt name would otherwise be silently ignored.
  for (const e of files.errata) if (!ids.has(e.documentId)) problems.push(contentError(e.path, 1, 'unknown-document', `这是 ${e.documentId} 的校订表，但没有编号为 ${e.documentId} 的文件`));
  return { declared, bodies, problems };
}
