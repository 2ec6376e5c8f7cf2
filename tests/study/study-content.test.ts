/**
 * Topics and glossary are checked with the content: a clause reference that
 * does not resolve, bad frontmatter, MDX that does not parse, an unknown
 * component, a glossary entry citing a clause that does not use its term —
 * each reported with the file and line, by `kb check` too.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { runKb } from '../helpers/run-kb';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type ContentFiles } from '../../lib/corpus/build-corpus';
import { readContent } from '../../scripts/lib/read-content';
import { buildStudyContent } from '../../lib/study/study-content';
import { realCorpus } from '../helpers/corpus';
import { TEST_CONTENT } from '../helpers/test-content';

const { corpus } = realCorpus();
const check = (files: Parameters<typeof buildStudyContent>[0]) => buildStudyContent(files, corpus.clauses).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
const topic = (body: string, front = 'title: 测试\nsummary: 测试专题\norder: 9') => ({ path: 'content/topics/t.mdx', slug: 't', text: `---\n${front}\n---\n${body}` });

describe('topics', () => {
  it('the real topics and glossary pass, in order', () => {
    const { study, problems } = realCorpus();
    expect(problems).toEqual([]);
    expect(study.topics.length).toBeGreaterThanOrEqual(4);
    expect(study.topics.map((t) => t.order)).toEqual([...study.topics.map((t) => t.order)].sort((a, b) => a - b));
    expect(study.topics.map((t) => t.title)).toEqual(expect.arrayContaining(['责任追究的方式与程序', '考核评价与结果运用', '社会稳定风险评估', '情报信息报送时限']));
  });

  it('reports an unknown clause reference at its line', () => {
    const body = '## 一\n\n<Clause ref="zongzhi-zerenzhi-2016#art-21" />\n\n<Clause ref="zongzhi-zerenzhi-2016#art-99" />\n';
    expect(check({ topics: [topic(body)] })).toEqual(['content/topics/t.mdx:10: 文件 zongzhi-zerenzhi-2016 没有条款“art-99”']);
  });

  it('reports each bad entry of <Clauses refs={[…]}> at its own line', () => {
    const body = '<Clauses refs={[\n  "zongzhi-zerenzhi-2016#art-22",\n  "no-such-doc#art-1",\n]} />\n';
    expect(check({ topics: [topic(body)] })).toEqual(['content/topics/t.mdx:8: 条款引用“no-such-doc#art-1”无法解析：库中没有文件 no-such-doc']);
  });

  it('reports frontmatter problems at the key', () => {
    const problems = check({ topics: [topic('text\n', 'title: 测试\nsummary: 测试专题\norder: first')] });
    expect(problems).toEqual([expect.stringMatching(/^content\/topics\/t\.mdx:4: order：/)]);
  });

  it('reports MDX that does not parse, and components a topic may not use', () => {
    expect(check({ topics: [topic('正文\n\n<Clause ref="zongzhi-zerenzhi-2016#art-21"\n\n{ 未闭合\n')] })).toContainEqual(expect.stringMatching(/^content\/topics\/t\.mdx:\d+: MDX 无法解析：/));
    expect(check({ topics: [topic('正文\n\n<Script src="x" />\n')] })).toContainEqual('content/topics/t.mdx:8: 未知组件 <Script>：专题只能使用 <Clause> 和 <Clauses> 两个组件');
  });

  it('finds references in both forms, in order', () => {
    const { study } = realCorpus();
    const parsed = buildStudyContent({ topics: [topic(`<Clause ref='zongzhi-zerenzhi-2016#art-21' />\n\n<Clauses refs={["zongzhi-zerenzhi-2016#art-22", 'zongzhi-zerenzhi-2016#art-23']} />\n`)] }, corpus.clauses);
    expect(parsed.topics[0].refs).toEqual(['zongzhi-zerenzhi-2016#art-21', 'zongzhi-zerenzhi-2016#art-22', 'zongzhi-zerenzhi-2016#art-23']);
    expect(study.topics.every((t) => t.refs.length > 0)).toBe(true);
  });
});

describe('glossary', () => {
  const glossary = (text: string) => ({ glossary: { path: 'content/glossary.yaml', text } });

  it('reports a cited clause that does not exist, at its line', () => {
    const text = '- id: yuetan\n  term: 约谈\n  definition: 定义\n  cite:\n    - zongzhi-zerenzhi-2016#art-23\n    - zongzhi-zerenzhi-2016#art-230\n';
    expect(check(glossary(text))).toEqual(['content/glossary.yaml:6: 文件 zongzhi-zerenzhi-2016 没有条款“art-230”']);
  });

  it('reports a cited clause that does not use the term', () => {
    const text = '- id: yuetan\n  term: 约谈\n  definition: 定义\n  cite: [zongzhi-zerenzhi-2016#art-1]\n';
    expect(check(glossary(text))).toEqual(['content/glossary.yaml:4: zongzhi-zerenzhi-2016#art-1 没有用到“约谈”：请引用释义所依据的条款']);
  });

  it('reports schema problems and duplicates', () => {
    expect(check(glossary('- id: Bad Id\n  term: 约谈\n  definition: 定义\n  cite: [zongzhi-zerenzhi-2016#art-23]\n'))).toEqual([expect.stringMatching(/^content\/glossary\.yaml:1: 0\.id：编号只能由小写英文字母、数字和连字符组成$/)]);
    const twice = '- id: a\n  term: 约谈\n  definition: 定义\n  cite: [zongzhi-zerenzhi-2016#art-23]\n- id: a\n  term: 通报\n  definition: 定义\n  cite: [zongzhi-zerenzhi-2016#art-22]\n';
    expect(check(glossary(twice))).toContainEqual('content/glossary.yaml:5: 术语编号 a 重复（第 1 行已用过）');
  });
});

describe('kb check', () => {
  it('fails with the topic file and line of an unknown reference', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'kb-study-')), 'content');
    cpSync(TEST_CONTENT, root, { recursive: true });
    const file = join(root, 'topics', 'kaohe-pingjia.mdx');
    const text = readFileSync(file, 'utf8').replace('zongzhi-zerenzhi-2016#art-12', 'zongzhi-zerenzhi-2016#art-120');
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('art-120')) + 1;
    const run = await runKb(['check'], { content: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`topics/kaohe-pingjia.mdx:${line}: 文件 zongzhi-zerenzhi-2016 没有条款“art-120”`);
  });

  it('fails on code or HTML in a topic and in a document note, at their lines', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'kb-study-')), 'content');
    cpSync(TEST_CONTENT, root, { recursive: true });
    const topicFile = join(root, 'topics', 'kaohe-pingjia.mdx');
    const topicText = `${readFileSync(topicFile, 'utf8')}\nexport const p = process.getBuiltinModule("node:fs")\n`;
    writeFileSync(topicFile, topicText);
    const noteFile = join(root, 'documents', 'zongzhi-zerenzhi-2016.mdx');
    const noteText = `${readFileSync(noteFile, 'utf8')}\n<script>alert(1)</script>\n`;
    writeFileSync(noteFile, noteText);
    const run = await runKb(['check'], { content: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`topics/kaohe-pingjia.mdx:${topicText.split('\n').length - 1}:1: 不允许 import / export`);
    expect(run.stderr).toContain(`documents/zongzhi-zerenzhi-2016.mdx:${noteText.split('\n').length - 1}:1: 不允许 HTML 标签 <script>`);
  });

  it('reads topics and glossary from content/', () => {
    const files: ContentFiles = readContent();
    expect(files.topics?.map((t) => t.slug)).toContain('zeren-zhuijiu');
    expect(files.glossary?.path).toMatch(/glossary\.yaml$/);
    expect(buildCorpus(files).study.glossary.length).toBeGreaterThanOrEqual(7);
  });
});
