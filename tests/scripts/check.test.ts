/**
 * `kb check` names the file and line of every content problem, and the
 * build refuses to publish while any remains.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type ContentFiles } from '../../lib/corpus/build-corpus';
import { readContent } from '../../scripts/lib/read-content';
import { runKb } from '../helpers/run-kb';
import { TEST_CONTENT } from '../helpers/test-content';

const DOC = `${TEST_CONTENT}/documents/dehong-weiwen-fankong-wenze.mdx`;

function withDocument(path: string, edit: (text: string) => string): ContentFiles {
  const files = readContent();
  return { ...files, documents: files.documents.map((d) => (d.path.endsWith(path.split('/').pop()!) ? { ...d, text: edit(d.text) } : d)) };
}
/** Nine anchors, each aliasing the one before nine times: 10^9 entries if expanded. */
const BOMB = ['a: &a ["lol"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill('*' + 'abcdefgh'[i]).join(', ')}]`)].join('\n');
/** A copy of content/ to break. */
function contentCopy(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'kb-check-')), 'content');
  cpSync(TEST_CONTENT, root, { recursive: true });
  return root;
}
const problemsOf = (files: ContentFiles) => buildCorpus(files).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);

describe('kb check', () => {
  it('passes on the real content', () => expect(problemsOf(readContent())).toEqual([]));

  it('reports malformed frontmatter YAML at its line', () => {
    const problems = problemsOf(withDocument(DOC, (t) => t.replace('docType: regulation', 'docType: [regulation')));
    expect(problems.some((p) => p.startsWith(`${DOC}:`))).toBe(true);
  });

  it('reports a schema violation at the offending key', () => {
    const files = withDocument(DOC, (t) => t.replace('level: { value: prefecture', 'level: { value: city'));
    const line = readFileSync(DOC, 'utf8').split('\n').findIndex((l) => l.startsWith('level:')) + 1;
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(new RegExp(`^${DOC}:${line}: level`)));
  });

  it('reports missing frontmatter', () => {
    expect(problemsOf(withDocument(DOC, (t) => t.replace(/^---[\s\S]*?---\n/, '')))).toContainEqual(expect.stringContaining(`${DOC}:1: 缺少 frontmatter`));
  });

  it('reports duplicate document ids', () => {
    const files = readContent();
    const twin = { ...files.documents[0], path: `${TEST_CONTENT}/documents/copy/` + files.documents[0].path.split('/').pop() };
    expect(problemsOf({ ...files, documents: [...files.documents, twin] })).toContainEqual(`${twin.path}:1: 文件编号 ${twin.id} 重复（另见 ${files.documents[0].path}）`);
  });

  it('reports a declared parent that does not exist', () => {
    const files = withDocument(`${TEST_CONTENT}/documents/zongzhi-weiwen-shishi-banfa.mdx`, (t) => t.replace('documentId: zongzhi-zerenzhi-2016', 'documentId: no-such-rule'));
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/zongzhi-weiwen-shishi-banfa\.mdx:\d+: 声明的上位文件 no-such-rule 不在库中/));
  });

  it('reports document spans that overlap', () => {
    const files = withDocument(`${TEST_CONTENT}/documents/zongzhi-weiwen-jiedu.mdx`, (t) => t.replace('lines: "56-64"', 'lines: "50-64"'));
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/^[.\w-]*content\/documents\/zongzhi-weiwen-[a-z-]+\.mdx:\d+: 文件 zongzhi-weiwen-[a-z-]+ 的行范围 [\d-]+ 与文件 zongzhi-weiwen-[a-z-]+ 重叠/));
  });

  it('reports source text that nothing claims', () => {
    const files = withDocument(`${TEST_CONTENT}/documents/zongzhi-weiwen-jiedu.mdx`, (t) => t.replace('lines: "56-64"', 'lines: "57-64"'));
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/^[.\w-]*content\/sources\/001_1c9ad689c96d0061\.txt:56: 这一行文字不属于任何文件/));
  });

  it('exits 1 from the command line, and the build publishes nothing', async () => {
    const root = contentCopy();
    const doc = join(root, 'documents', 'zongzhi-weiwen-jiedu.mdx');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('lines: "56-64"', 'lines: "50-64"'));
    const options = { content: root, cwd: join(root, '..') };
    const check = await runKb(['check'], options);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/documents\/zongzhi-weiwen-[a-z-]+\.mdx:\d+: 文件 zongzhi-weiwen-[a-z-]+ 的行范围 [\d-]+ 与文件 zongzhi-weiwen-[a-z-]+ 重叠/);
    const build = await runKb(['build'], options);
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('kb build: 内容检查未通过，未发布任何内容。');
    // Only the parse cache may have been written.
    expect(readdirSync(join(root, '..')).filter((n) => n !== '.generated')).toEqual(['content']);
    expect(readdirSync(join(root, '..', '.generated'))).toEqual(['cache']);
  }, 120_000);

  it('--json prints the problems as objects on stdout, and still exits 1', async () => {
    const root = contentCopy();
    const doc = join(root, 'documents', 'zongzhi-weiwen-jiedu.mdx');
    const text = readFileSync(doc, 'utf8');
    writeFileSync(doc, text.replace('lines: "56-64"', 'lines: "50-64"'));
    const r = await runKb(['check', '--json'], { content: root });
    expect(r.status).toBe(1);
    const { problems } = JSON.parse(r.stdout) as { problems: unknown[] };
    // The document whose declared lines run into the other's is named, at its `source:` line.
    const banfa = readFileSync(join(root, 'documents', 'zongzhi-weiwen-shishi-banfa.mdx'), 'utf8');
    expect(problems).toContainEqual({
      file: join(root, 'documents', 'zongzhi-weiwen-shishi-banfa.mdx'),
      line: banfa.split('\n').findIndex((l) => l.startsWith('source:')) + 1,
      documentId: 'zongzhi-weiwen-shishi-banfa',
      rule: 'overlap',
      severity: 'error',
      message: '文件 zongzhi-weiwen-shishi-banfa 的行范围 2-55 与文件 zongzhi-weiwen-jiedu 重叠，重叠处在 001_1c9ad689c96d0061.txt:50',
    });
  });

  it.each([
    ['export', ['export']],
    ['errata suggest', ['errata', 'suggest', 'zongzhi-weiwen-shishi-banfa']],
  ])('%s exits 1 and prints nothing on stdout while the content fails the check', async (_, args) => {
    const root = contentCopy();
    const doc = join(root, 'documents', 'zongzhi-weiwen-jiedu.mdx');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('docType: interpretation', 'docType: [interpretation'));
    const r = await runKb(args, { content: root });
    expect(r.stderr).toMatch(/documents\/zongzhi-weiwen-jiedu\.mdx:\d+:\d+: YAML 写法有误/);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('refuses a content folder without documents/ before writing anything, naming the folder', async () => {
    const root = contentCopy();
    rmSync(join(root, 'documents'), { recursive: true });
    const file = join(root, '..', 'new.txt');
    writeFileSync(file, '某某办法\n第一条 为了规范工作，制定本办法。\n');
    const sources = readdirSync(join(root, 'sources'));
    for (const args of [['ingest', file, '--id', 'new'], ['check'], ['build']]) {
      const r = await runKb(args, { content: root, cwd: join(root, '..') });
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).toBe(`kb ${args[0]}: 内容目录 ${root} 缺少 documents/ 文件夹：它不像是法规知识库的内容目录（KB_CONTENT 是否指错了？）。`);
    }
    expect(readdirSync(join(root, 'sources'))).toEqual(sources);
  });

  it.each([
    ['a document\'s frontmatter', (f: ContentFiles) => ({ ...f, documents: f.documents.map((d, i) => (i ? d : { ...d, text: d.text.replace(/^---\n/, `---\n${BOMB}\n`) })) }), 'documents', 3],
    ['an errata file', (f: ContentFiles) => ({ ...f, errata: f.errata.map((e, i) => (i ? e : { ...e, text: `- ${BOMB.split('\n').join('\n  ')}\n${e.text}` })) }), 'errata', 2],
    ['a source manifest', (f: ContentFiles) => ({ ...f, sources: f.sources.map((s) => (s.manifest ? { ...s, manifest: { ...s.manifest, text: `${BOMB}\n${s.manifest.text}` } } : s)) }), 'sources', 2],
    ['the glossary', (f: ContentFiles) => ({ ...f, glossary: { ...f.glossary!, text: `- ${BOMB.split('\n').join('\n  ')}\n${f.glossary!.text}` } }), 'glossary', 2],
  ])('reports a YAML alias bomb in %s at the file and line, in Chinese', (_, edit, folder, line) => {
    const problems = problemsOf(edit(readContent()));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^[.\\w-]*content/${folder}[^:]*:${line}: YAML 别名（\\*引用）展开过多`)));
  });
});
