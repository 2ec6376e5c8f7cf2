/**
 * Editorial MDX (topic bodies, document notes) is content, not code: the MDX
 * parser reads it into a tree (nothing is compiled or run) and only Markdown
 * and, in topics, `<Clause ref="…" />` and `<Clauses refs={["…"]} />` pass.
 * import/export, {expressions} and HTML tags are refused with the file and
 * line, so `kb check` stops them before the site renders the tree
 * (editorial-hast.ts). Pure: the caller reads the file.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root, RootContent } from 'mdast';
import { contentError, type ContentMessage } from './message';

/** Topics may embed clauses; a document's note is Markdown only. */
export type EditorialKind = 'topic' | 'note';

export type LocatedRef = { ref: string; line: number };

export type CheckedMdx = {
  /** The parsed body, or null when it does not parse. */
  tree: Root | null;
  /** Every clause a topic embeds, in order, with its line in the file. */
  refs: LocatedRef[];
  problems: ContentMessage[];
};

/** Markdown without HTML: what mdast-util-to-hast renders as plain elements. */
const MARKDOWN = new Set(['paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'code', 'inlineCode', 'text', 'emphasis', 'strong', 'break', 'link', 'linkReference', 'image', 'imageReference', 'definition']);

const COMPONENTS: Record<EditorialKind, string> = { topic: '专题只能使用 <Clause> 和 <Clauses> 两个组件', note: '编者按只能写 Markdown，不能使用组件' };

/** A link may leave the site; an image may not (the site loads nothing from elsewhere). */
const LINK_URL = /^(?:https?:|mailto:|[^:]*$)/i;
const IMAGE_URL = /^(?!\/\/|\/\\)[^:\\]*$/;

// remark-mdx adds the MDX node types to mdast's.
export type Jsx = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type Attribute = Jsx['attributes'][number];
type MdxJsxAttribute = Extract<Attribute, { type: 'mdxJsxAttribute' }>;
type Report = (node: { position?: { start: { line: number; column?: number } } }, message: string) => void;

export function checkEditorialMdx(file: string, body: string, bodyLine: number, kind: EditorialKind): CheckedMdx {
  const problems: ContentMessage[] = [];
  const toFile = (line: number) => bodyLine + line - 1;
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  } catch (e) {
    const err = e as { line?: number; column?: number; reason?: string; message?: string };
    return { tree: null, refs: [], problems: [contentError(file, toFile(err.line ?? 1), 'mdx-syntax', `MDX 无法解析：${err.reason ?? err.message ?? String(e)}`, { column: err.column })] };
  }
  const refs: LocatedRef[] = [];
  // The column is the body's own: the body starts a line of its own, so it is the file's too.
  const report: Report = (at, message) =>
    problems.push(contentError(file, toFile(at.position?.start.line ?? 1), 'mdx-forbidden', message, { column: at.position?.start.column }));
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (checkNode(node, kind, report, refs) && 'children' in node) walk(node.children);
    }
  };
  walk(tree.children);
  return { tree, refs: refs.map((r) => ({ ref: r.ref, line: toFile(r.line) })), problems };
}

/** Reports what the node may not be; true when its children are to be checked too. */
function checkNode(node: RootContent, kind: EditorialKind, report: Report, refs: LocatedRef[]): boolean {
  switch (node.type) {
    case 'mdxjsEsm':
      report(node, '不允许 import / export：编者 MDX 只能是内容，不能含代码');
      return false;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      report(node, '不允许 {表达式}：要显示花括号，请写作 \\{ 和 \\}');
      return false;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, kind, report, refs);
      return false;
    case 'link':
    case 'definition':
      if (!LINK_URL.test(node.url)) report(node, `链接地址“${node.url}”不允许：只能是站内地址或 http(s)、mailto 链接`);
      return true;
    case 'image':
      if (!IMAGE_URL.test(node.url)) report(node, `图片地址“${node.url}”不允许：只能引用本站的文件`);
      return true;
    default:
      if (!MARKDOWN.has(node.type)) report(node, `不允许的内容（${node.type}）：编者 MDX 只能写 Markdown`);
      return true;
  }
}

function checkElement(node: Jsx, kind: EditorialKind, report: Report, refs: LocatedRef[]): void {
  const name = node.name ?? '';
  if (!/^[A-Z]/.test(name)) {
    report(node, `不允许 HTML 标签 <${name}>：请用 Markdown 书写`);
    return;
  }
  if (kind !== 'topic' || (name !== 'Clause' && name !== 'Clauses')) {
    report(node, `未知组件 <${name}>：${COMPONENTS[kind]}`);
    return;
  }
  if (node.type !== 'mdxJsxFlowElement') report(node, `<${name}> 须单独成段（前后空一行）`);
  if (node.children.length) report(node, `<${name}> 不能有内容，请写成 <${name} … />`);
  const wanted = name === 'Clause' ? 'ref' : 'refs';
  const usage = name === 'Clause' ? '<Clause ref="文件编号#条款编号" />' : '<Clauses refs={["文件编号#条款编号", …]} />';
  const found = node.attributes.filter((a) => a.type === 'mdxJsxAttribute' && a.name === wanted);
  for (const a of node.attributes.filter((a) => !found.includes(a))) report(node, `<${name}> 不接受${attributeName(a)}：只能写成 ${usage}`);
  if (found.length !== 1) {
    report(node, `<${name}> 须有且只有一个 ${wanted}：${usage}`);
    return;
  }
  const values = embeddedRefs(node);
  if (values) refs.push(...values);
  else report(node, `<${name}> 的 ${wanted} 写法不对：只能写成 ${usage}`);
}

function attributeName(a: Attribute): string {
  return a.type === 'mdxJsxAttribute' ? `属性 ${a.name}` : `{表达式}属性`;
}

const lineOf = (node: Jsx) => node.position?.start.line ?? 1;

/** The references of a `<Clause>` or `<Clauses>` (lines in the body), or null when its attribute is not written as allowed. */
export function embeddedRefs(node: Jsx): LocatedRef[] | null {
  const wanted = node.name === 'Clause' ? 'ref' : 'refs';
  const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === wanted);
  if (!a) return null;
  return node.name === 'Clause' ? clauseRef(a, node) : clausesRefs(a, node);
}

/** `ref="…"`: a plain string, never an expression. */
function clauseRef(a: MdxJsxAttribute, node: Jsx): LocatedRef[] | null {
  return typeof a.value === 'string' ? [{ ref: a.value, line: a.position?.start.line ?? lineOf(node) }] : null;
}

/**
 * `refs={["a#b", "c#d"]}`: the one expression allowed, read from the parser's
 * estree as an array of string literals (never evaluated), each string at
 * its own line.
 */
function clausesRefs(a: MdxJsxAttribute, node: Jsx): LocatedRef[] | null {
  if (!a.value || typeof a.value === 'string') return null;
  const program = a.value.data?.estree;
  const statement = program?.body.length === 1 ? program.body[0] : null;
  if (statement?.type !== 'ExpressionStatement' || statement.expression.type !== 'ArrayExpression') return null;
  const out: LocatedRef[] = [];
  for (const el of statement.expression.elements) {
    if (el?.type !== 'Literal' || typeof el.value !== 'string') return null;
    out.push({ ref: el.value, line: el.loc?.start.line ?? lineOf(node) });
  }
  return out;
}
