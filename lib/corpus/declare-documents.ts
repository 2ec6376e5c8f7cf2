/**
 * The first stage: each document file's frontmatter and editorial body, and
 * the checks that tie the declarations together (ids, parents, source files,
 * errata names) before any source is parsed.
 */
import type { DocumentMeta } from '../content/schema';
import { parseDocumentFile, type ContentProblem } from '../content/parse-content';
import type { ContentFiles } from './build-corpus';

export type Declared = { id: string; path: string; meta: DocumentMeta };

export function declareDocuments(files: ContentFiles): { declared: Declared[]; bodies: Record<string, string>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const declared: Declared[] = [];
  const bodies: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const d of files.documents) {
    const { meta, body, problems: p } = parseDocumentFile(d.path, d.text);
    problems.push(...p);
    if (seen.has(d.id)) problems.push({ file: d.path, line: 1, message: `duplicate document id ${d.id} (also ${seen.get(d.id)})` });
    seen.set(d.id, d.path);
    if (!meta) continue;
    declared.push({ id: d.id, path: d.path, meta });
    bodies[d.id] = body;
  }
  const ids = new Set(declared.map((d) => d.id));
  for (const d of declared) {
    for (const p of d.meta.parents) {
      if (p.documentId && !ids.has(p.documentId)) problems.push({ file: d.path, line: lineOf(files, d.path, p.documentId), message: `declared parent ${p.documentId} does not exist` });
    }
    if (!files.sources.some((s) => s.file === d.meta.source.file)) problems.push({ file: d.path, line: lineOf(files, d.path, 'source:'), message: `source file ${d.meta.source.file} does not exist in content/sources/` });
  }
  // Errata are named after their document; a misspelt name would otherwise be silently ignored.
  for (const e of files.errata) if (!ids.has(e.documentId)) problems.push({ file: e.path, line: 1, message: `errata for ${e.documentId}, but no document has that id` });
  return { declared, bodies, problems };
}

/** The line in a content file where `needle` first appears, for error messages. */
export function lineOf(files: ContentFiles, path: string, needle: string): number {
  const text = files.documents.find((d) => d.path === path)?.text ?? '';
  const i = text.indexOf(needle);
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}
