/**
 * `kb ingest` on new sources in the encodings and shapes scrapes come in,
 * and its refusals: empty, binary and oversized input.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runKb } from '../helpers/run-kb';

const LAW = '某某市矛盾纠纷排查化解办法\r\n第一章\u3000总则\r\n第一条\u00a0为了做好矛盾纠纷排查化解工作，制定本办法。\r\n第二条 本办法自2020年1月1日起施行。\r\n';

/** Each test imports into its own copy of content/, so no test depends on another's files. */
function fresh() {
  const work = mkdtempSync(join(tmpdir(), 'kb-ingest-'));
  const root = join(work, 'content');
  cpSync('content', root, { recursive: true });
  return { work, root, kb: (...args: string[]) => runKb(args, { content: root }) };
}

describe('kb ingest', () => {
  it.each([
    ['utf8.txt', Buffer.from(LAW, 'utf8'), 'utf-8'],
    ['utf8bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LAW, 'utf8')]), 'utf-8'],
    ['gbk.txt', iconv.encode(LAW, 'gbk'), 'gb18030'],
    ['gb18030.txt', iconv.encode(LAW, 'gb18030'), 'gb18030'],
    ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(LAW, 'utf16le')]), 'utf-16le'],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(LAW, 'utf16be')]), 'utf-16be'],
  ])('imports %s', async (name, bytes, encoding) => {
    const { work, root, kb } = fresh();
    const file = join(work, name);
    writeFileSync(file, bytes);
    const r = await kb('ingest', file, '--id', name.replace(/\.txt$/, ''));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(encoding);
    const text = readFileSync(join(root, 'sources', name), 'utf8');
    expect(text).toContain('第一条');
    const mdx = readFileSync(join(root, 'documents', `${name.replace(/\.txt$/, '')}.mdx`), 'utf8');
    expect(mdx).toContain('某某市矛盾纠纷排查化解办法');
    expect(mdx).toContain('2020-01-01');
  });

  it('leaves the content valid for kb check', async () => {
    const { work, kb } = fresh();
    for (const [name, bytes] of [['a.txt', Buffer.from(LAW, 'utf8')], ['b.txt', iconv.encode(LAW.replace('某某市', '某某县'), 'gbk')]] as const) {
      writeFileSync(join(work, name), bytes);
      const imported = await kb('ingest', join(work, name), '--id', name.replace(/\.txt$/, ''));
      expect(imported.status, imported.stderr).toBe(0);
    }
    const r = await kb('check');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('imports Markdown law texts', async () => {
    const { work, kb } = fresh();
    const file = join(work, 'md.txt');
    writeFileSync(file, '# 某某条例\n\n2021年3月1日通过\n\n## 第一章 总则\n\n第一条 为了规范管理，制定本条例。\n\n第二条 本条例自2021年5月1日起施行。\n');
    const r = await kb('ingest', file, '--id', 'md-law');
    expect(r.status, r.stderr).toBe(0);
    const exported = JSON.parse((await kb('export')).stdout);
    const clauses = exported.clauses.filter((c: { documentId: string }) => c.documentId === 'md-law');
    expect(clauses.map((c: { kind: string }) => c.kind)).toEqual(['title', 'preamble', 'chapter', 'article', 'article']);
  });

  it('imports text with no structure as paragraphs, with a finding', async () => {
    const { work, kb } = fresh();
    const file = join(work, 'plain.txt');
    writeFileSync(file, '这是一段说明。\n没有任何条文编号。\n');
    const r = await kb('ingest', file, '--id', 'plain');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('unstructured');
  });

  it.each([
    ['empty.txt', Buffer.alloc(0), '文件为空'],
    ['blank.txt', Buffer.from(' \n\u3000\n'), '空白'],
    ['binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0xff, 0]), '二进制'],
    ['huge.txt', Buffer.alloc(6 * 1024 * 1024, 0x61), '过大'],
  ])('refuses %s with a clear message and a non-zero exit', async (name, bytes, message) => {
    const { work, kb } = fresh();
    const file = join(work, name);
    writeFileSync(file, bytes);
    const r = await kb('ingest', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain(message);
  });
});
