/**
 * Content files → validated data, with the file, line and column of every
 * problem, taken from the YAML parser's node positions. The caller reads the
 * files; this module only parses text.
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type ErrorCode, type Node, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { DocumentMeta, SourceManifest } from './schema';
import { checkEditorialMdx } from './check-editorial-mdx';
import { yamlToJs } from './yaml-to-js';
import { contentError, type ContentMessage } from './message';
import { zodIssueInChinese } from './zod-message';

/** Where a value sits in its file: the line (and column) of a YAML node, found by its path; with `atKey`, of the last key itself. */
export type YamlPosition = (path: readonly (string | number)[], atKey?: boolean) => { line: number; column: number };

/** Split an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text.replace(/^\ufeff/, ''));
  if (!m) return null;
  return { yaml: m[1], body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** Validate YAML against a schema, reporting each issue at the node of the offending key or value. */
export function parseYamlWith<S extends z.ZodType>(
  schema: S,
  file: string,
  yamlText: string,
  lineOffset = 0,
): { data: z.infer<S> | null; problems: ContentMessage[]; positionOf: YamlPosition } {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true });
  const positionOf = positionsIn(doc.contents, counter, lineOffset);
  const problems = yamlSyntaxProblems(file, doc.errors, counter, lineOffset);
  if (problems.length) return { data: null, problems, positionOf };
  const value = yamlToJs(doc, counter);
  if (!value.ok) return { data: null, problems: [contentError(file, value.line + lineOffset, 'yaml-alias', value.message)], positionOf };
  const parsed = schema.safeParse(value.value ?? {}, { error: zodIssueInChinese });
  if (parsed.success) return { data: parsed.data, problems, positionOf };
  for (const issue of parsed.error.issues) problems.push(schemaProblem(file, issue, positionOf));
  return { data: null, problems, positionOf };
}

/** One zod issue at its YAML node: an unknown key at the key itself, anything else at the value it is about. */
export function schemaProblem(file: string, issue: z.core.$ZodIssue, positionOf: YamlPosition, documentId?: string): ContentMessage {
  const path = issue.path as (string | number)[];
  const where = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path;
  const { line, column } = positionOf(where, issue.code === 'unrecognized_keys');
  const name = path.join('.');
  return contentError(file, line, 'schema', name ? `${name}：${issue.message}` : issue.message, { column, documentId });
}

/** Positions of the nodes under `root`, by path; a path that leads nowhere gives its nearest node. */
export function positionsIn(root: unknown, counter: LineCounter, lineOffset = 0): YamlPosition {
  return (path, atKey = false) => {
    const node = nodeAt(root, path, atKey);
    if (!node?.range) return { line: lineOffset + 1, column: 1 };
    const p = counter.linePos(node.range[0]);
    return { line: p.line + lineOffset, column: p.col };
  };
}

/** The YAML parser's own errors, at its positions, named in Chinese by their code (the parser's wording is English). */
export function yamlSyntaxProblems(file: string, errors: readonly YAMLError[], counter: LineCounter, lineOffset = 0): ContentMessage[] {
  return errors.map((e) => {
    const p = counter.linePos(e.pos[0]);
    return contentError(file, p.line + lineOffset, 'yaml-syntax', `YAML 写法有误：${YAML_ERRORS[e.code] ?? `无法解析（${e.code}）`}`, { column: p.col });
  });
}

const YAML_ERRORS: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: '字段重复',
  BAD_INDENT: '缩进不对',
  MISSING_CHAR: '缺少括号或引号',
  MULTILINE_IMPLICIT_KEY: '键不能跨行',
  BLOCK_AS_IMPLICIT_KEY: '键的写法不对',
  UNEXPECTED_TOKEN: '多出了不该有的符号',
  TAB_AS_INDENT: '不能用制表符缩进',
  BAD_SCALAR_START: '值的开头不对',
};

/** The deepest YAML node along a path, so an error points at the nearest line: a key's value, or the key itself when it has none. */
function nodeAt(root: unknown, path: readonly (string | number)[], atKey: boolean): Node | null {
  let node = root as Node | null;
  for (const [i, key] of path.entries()) {
    // Lists too: an error in the fifth entry of a list file points at that entry, not the first.
    if (node && isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key] as Node;
      continue;
    }
    if (!node || !isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) break;
    node = atKey && i === path.length - 1 ? (pair.key as Node) : ((pair.value as Node) ?? (pair.key as Node));
  }
  return node;
}

export function parseDocumentFile(file: string, text: string, documentId?: string) {
  const parts = splitFrontmatter(text);
  const none: YamlPosition = () => ({ line: 1, column: 1 });
  if (!parts) return { meta: null, body: '', positionOf: none, problems: [contentError(file, 1, 'missing-frontmatter', '缺少 frontmatter：文件须以 --- 包围的元数据开头', { documentId })] };
  const { data, problems, positionOf } = parseYamlWith(DocumentMeta, file, parts.yaml, 1);
  // The body is the editor's note, shown on the document page: Markdown only.
  problems.push(...checkEditorialMdx(file, parts.body, parts.bodyLine, 'note').problems);
  return { meta: data, body: parts.body, positionOf, problems: documentId ? problems.map((p) => ({ ...p, documentId })) : problems };
}

export function parseSourceManifest(file: string, text: string) {
  const { data, problems } = parseYamlWith(SourceManifest, file, text);
  return { manifest: data, problems };
}
