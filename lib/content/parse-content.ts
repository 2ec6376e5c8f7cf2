/**
 * Content files → validated data, with the file and line of every problem.
 * The caller reads the files; this module only parses text.
 */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import { DocumentMeta, SourceManifest } from './schema';
import { checkEditorialMdx } from './check-editorial-mdx';
import { yamlToJs } from './yaml-to-js';

export type ContentProblem = { file: string; line: number; message: string };

/** Split an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text.replace(/^\ufeff/, ''));
  if (!m) return null;
  return { yaml: m[1], body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** Validate YAML against a schema, reporting each issue at the line of the offending key. */
export function parseYamlWith<S extends z.ZodType>(
  schema: S,
  file: string,
  yamlText: string,
  lineOffset = 0,
): { data: z.infer<S> | null; problems: ContentProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true });
  const at = (pos: number) => counter.linePos(pos).line + lineOffset;
  const problems: ContentProblem[] = doc.errors.map((e) => ({ file, line: at(e.pos[0]), message: e.message }));
  if (problems.length) return { data: null, problems };
  const value = yamlToJs(doc, counter);
  if (!value.ok) return { data: null, problems: [{ file, line: value.line + lineOffset, message: value.message }] };
  const parsed = schema.safeParse(value.value ?? {});
  if (parsed.success) return { data: parsed.data, problems };
  for (const issue of parsed.error.issues) {
    const node = nodeAt(doc.contents, issue.path as (string | number)[]);
    problems.push({ file, line: node?.range ? at(node.range[0]) : lineOffset + 1, message: `${issue.path.join('.') || '(root)'}: ${issue.message}` });
  }
  return { data: null, problems };
}

/** The deepest YAML node along a path, so an error points at the nearest line. */
function nodeAt(root: unknown, path: (string | number)[]): Node | null {
  let node = root as Node | null;
  for (const key of path) {
    // Lists too: an error in the fifth entry of a list file points at that entry, not the first.
    if (node && isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key] as Node;
      continue;
    }
    if (!node || !isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) break;
    node = (pair.value as Node) ?? (pair.key as Node);
  }
  return node;
}

export function parseDocumentFile(file: string, text: string) {
  const parts = splitFrontmatter(text);
  if (!parts) return { meta: null, body: '', problems: [{ file, line: 1, message: 'missing frontmatter: the file must start with a --- block' }] };
  const { data, problems } = parseYamlWith(DocumentMeta, file, parts.yaml, 1);
  // The body is the editor's note, shown on the document page: Markdown only.
  problems.push(...checkEditorialMdx(file, parts.body, parts.bodyLine, 'note').problems);
  return { meta: data, body: parts.body, problems };
}

export function parseSourceManifest(file: string, text: string) {
  const { data, problems } = parseYamlWith(SourceManifest, file, text);
  return { manifest: data, problems };
}
