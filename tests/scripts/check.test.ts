/**
 * `kb check` names the file and line of every content problem, and the
 * build refuses to publish while any remains.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type ContentFiles } from '../../lib/build-corpus';
import { readContent } from '../../scripts/lib/read-content';
import { runKb } from '../helpers/run-kb';

const DOC = 'content/documents/dehong-weiwen-fankong-wenze.mdx';

function withDocument(path: string, edit: (text: string) => string): ContentFiles {
  const files = readContent();
  return { ...files, documents: files.documents.map((d) => (d.path.endsWith(path.split('/').pop()!) ? { ...d, text: edit(d.text) } : d)) };
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
    expect(problemsOf(withDocument(DOC, (t) => t.replace(/^---[\s\S]*?---\n/, '')))).toContainEqual(expect.stringContaining(`${DOC}:1: missing frontmatter`));
  });

  it('reports duplicate document ids', () => {
    const files = readContent();
    const twin = { ...files.documents[0], path: 'content/documents/copy/' + files.documents[0].path.split('/').pop() };
    expect(problemsOf({ ...files, documents: [...files.documents, twin] })).toContainEqual(expect.stringContaining('duplicate document id'));
  });

  it('reports a declared parent that does not exist', () => {
    const files = withDocument('content/documents/zongzhi-weiwen-shishi-banfa.mdx', (t) => t.replace('documentId: zongzhi-zerenzhi-2016', 'documentId: no-such-rule'));
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/zongzhi-weiwen-shishi-banfa\.mdx:\d+: declared parent no-such-rule does not exist/));
  });

  it('reports document spans that overlap', () => {
    const files = withDocument('content/documents/zongzhi-weiwen-jiedu.mdx', (t) => t.replace('lines: "56-64"', 'lines: "50-64"'));
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/^content\/documents\/zongzhi-weiwen-[a-z-]+\.mdx:\d+: document zongzhi-weiwen-[a-z-]+: lines [\d-]+ overlap document zongzhi-weiwen-/));
  });

  it('reports source text that nothing claims', () => {
    const files = withDocument('content/documents/zongzhi-weiwen-jiedu.mdx', (t) => t.replace('lines: "56-64"', 'lines: "57-64"'));
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/^content\/sources\/001_1c9ad689c96d0061\.txt:56: text that no document claims/));
  });

  it('exits 1 from the command line, and the build publishes nothing', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'kb-check-')), 'content');
    cpSync('content', root, { recursive: true });
    const doc = join(root, 'documents', 'zongzhi-weiwen-jiedu.mdx');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('lines: "56-64"', 'lines: "50-64"'));
    const check = await runKb(['check'], { content: root });
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/documents\/zongzhi-weiwen-[a-z-]+\.mdx:\d+: document zongzhi-weiwen-[a-z-]+: lines [\d-]+ overlap/);
    // The build runs in the copy's folder, so what it would publish lands there.
    const work = dirname(root);
    const build = await runKb(['build'], { content: root, cwd: work });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('nothing was published');
    expect(existsSync(join(work, 'public'))).toBe(false);
    expect(existsSync(join(work, '.generated', 'corpus.json'))).toBe(false);
  });
});
