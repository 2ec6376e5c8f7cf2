/**
 * Editorial MDX is content, not code: everything but Markdown and, in
 * topics, the two clause components is refused at its file and line, and
 * rendering a body never runs anything in it.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkEditorialMdx, type EditorialKind } from '../../lib/content/check-editorial-mdx';
import { parseDocumentFile } from '../../lib/content/parse-content';
import { EditorialBody } from '../../app/_components/doc/editorial-body';

const FILE = 'content/topics/t.mdx';
/** The body starts at line 5 of its file, after a frontmatter block. */
const problems = (body: string, kind: EditorialKind = 'topic') => checkEditorialMdx(FILE, body, 5, kind).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);

describe('checkEditorialMdx refuses what is not content', () => {
  const cases: [string, string, RegExp][] = [
    ['export', '正文\n\nexport const p = 1\n', /^content\/topics\/t\.mdx:7: 不允许 import \/ export/],
    ['import', 'import fs from "node:fs"\n', /^content\/topics\/t\.mdx:5: 不允许 import \/ export/],
    ['flow expression', '正文\n\n{globalThis.pwned = 1}\n', /^content\/topics\/t\.mdx:7: 不允许 \{表达式\}/],
    ['text expression', '一段{1 + 1}文字\n', /^content\/topics\/t\.mdx:5: 不允许 \{表达式\}/],
    ['<script>', '\n<script>alert(1)</script>\n', /^content\/topics\/t\.mdx:6: 不允许 HTML 标签 <script>/],
    ['<img onerror>', '<img src="x" onerror="alert(1)" />\n', /^content\/topics\/t\.mdx:5: 不允许 HTML 标签 <img>/],
    ['fragment', '<>x</>\n', /^content\/topics\/t\.mdx:5: 不允许 HTML 标签 <>/],
    ['unknown component', '<Script src="x" />\n', /^content\/topics\/t\.mdx:5: 未知组件 <Script>：专题只能使用 <Clause> 和 <Clauses>/],
    ['expression for ref', '<Clause ref={"a#" + b} />\n', /^content\/topics\/t\.mdx:5: <Clause> 的 ref 写法不对/],
    ['refs not an array', '<Clauses refs={list} />\n', /^content\/topics\/t\.mdx:5: <Clauses> 的 refs 写法不对/],
    ['refs with a call', '<Clauses refs={["a#b", f()]} />\n', /^content\/topics\/t\.mdx:5: <Clauses> 的 refs 写法不对/],
    ['refs as a template', '<Clauses refs={[`a#b`]} />\n', /^content\/topics\/t\.mdx:5: <Clauses> 的 refs 写法不对/],
    ['two statements', '<Clauses refs={["a#b"]; f()} />\n', /^content\/topics\/t\.mdx:5: /],
    ['another expression attribute', '<Clause ref="a#b" onClick={f} />\n', /^content\/topics\/t\.mdx:5: <Clause> 不接受属性 onClick/],
    ['spread attribute', '<Clause ref="a#b" {...props} />\n', /^content\/topics\/t\.mdx:5: <Clause> 不接受\{表达式\}属性/],
    ['children', '<Clause ref="a#b">文字</Clause>\n', /^content\/topics\/t\.mdx:5: <Clause> 不能有内容/],
    ['inline component', '见 <Clause ref="a#b" /> 。\n', /^content\/topics\/t\.mdx:5: <Clause> 须单独成段/],
    ['javascript: link', '[点我](javascript:alert(1))\n', /^content\/topics\/t\.mdx:5: 链接地址“javascript:alert\(1\)”不允许/],
    ['external image', '![图](https://example.com/x.png)\n', /^content\/topics\/t\.mdx:5: 图片地址“https:\/\/example\.com\/x\.png”不允许/],
    ['MDX that does not parse', '正文\n\n{ 未闭合\n', /^content\/topics\/t\.mdx:\d+: MDX 无法解析：/],
  ];
  it.each(cases)('%s', (_name, body, expected) => {
    expect(problems(body)).toContainEqual(expect.stringMatching(expected));
  });

  it('refuses every component in a document note', () => {
    expect(problems('<Clause ref="a#b" />\n', 'note')).toEqual(['content/topics/t.mdx:5: 未知组件 <Clause>：编者按只能写 Markdown，不能使用组件']);
  });

  it('accepts Markdown and the clause components, and reads the references with their lines', () => {
    const body = '## 标题\n\n**强调**、[链接](/r/a/#art-1)、`代码`、\\{花括号\\}\n\n- 一\n- 二\n\n<Clause ref="a#b" />\n\n<Clauses refs={[\n  "c#d",\n  \'e#f\',\n]} />\n';
    const checked = checkEditorialMdx(FILE, body, 5, 'topic');
    expect(checked.problems).toEqual([]);
    expect(checked.refs).toEqual([
      { ref: 'a#b', line: 12 },
      { ref: 'c#d', line: 15 },
      { ref: 'e#f', line: 16 },
    ]);
  });

  it('checks a document note in kb check, at its line in the file', () => {
    const text = '---\ntitle: { value: 测试, basis: stated }\n---\n说明\n\n<script>alert(1)</script>\n';
    expect(parseDocumentFile('content/documents/d.mdx', text).problems).toContainEqual({ file: 'content/documents/d.mdx', line: 6, column: 1, rule: 'mdx-forbidden', severity: 'error', message: expect.stringMatching(/^不允许 HTML 标签 <script>/) });
  });
});

describe('rendering editorial MDX', () => {
  it('runs no code from the body: an export that writes a file writes nothing', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'kb-mdx-')), 'PWNED');
    const source = `编者按\n\nexport const p = process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(target)}, "x")\n`;
    await expect(async () => renderToStaticMarkup(await EditorialBody({ source }))).rejects.toThrow(/editorial MDX refused/);
    expect(existsSync(target)).toBe(false);
  });

  it('renders Markdown as HTML, with braces and markup as text', async () => {
    const html = renderToStaticMarkup(await EditorialBody({ source: '**要点**：写作 \\{x\\} 与 &lt;b&gt;。\n' }));
    expect(html).toContain('<strong>要点</strong>：写作 {x} 与 &lt;b&gt;。');
  });
});
