/**
 * `kb ingest` on new sources in the encodings and shapes scrapes come in,
 * and its refusals: empty, binary and oversized input.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { runKb } from '../helpers/run-kb';
import { TEST_CONTENT } from '../helpers/test-content';

const LAW = '某某市矛盾纠纷排查化解办法\r\n第一章\u3000总则\r\n第一条\u00a0为了做好矛盾纠纷排查化解工作，制定本办法。\r\n第二条 本办法自2020年1月1日起施行。\r\n';
let root: string;
let work: string;

const kb = (...args: string[]) => runKb(args, { content: root });

// Each test imports into its own copy of content/, so no test depends on another's files.
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-ingest-'));
  root = join(work, 'content');
  cpSync(TEST_CONTENT, root, { recursive: true });
});

describe('kb ingest', () => {
  it.each([
    ['utf8.txt', Buffer.from(LAW, 'utf8'), 'utf-8'],
    ['utf8bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LAW, 'utf8')]), 'utf-8'],
    ['gbk.txt', iconv.encode(LAW, 'gbk'), 'gb18030'],
    ['gb18030.txt', iconv.encode(LAW, 'gb18030'), 'gb18030'],
    ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(LAW, 'utf16le')]), 'utf-16le'],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(LAW, 'utf16be')]), 'utf-16be'],
  ])('imports %s', async (name, bytes, encoding) => {
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
    const file = join(work, 'md.txt');
    writeFileSync(file, '# 某某条例\n\n2021年3月1日通过\n\n## 第一章 总则\n\n第一条 为了规范管理，制定本条例。\n\n第二条 本条例自2021年5月1日起施行。\n');
    const r = await kb('ingest', file, '--id', 'md-law');
    expect(r.status, r.stderr).toBe(0);
    const exported = JSON.parse((await kb('export')).stdout);
    const clauses = exported.clauses.filter((c: { documentId: string }) => c.documentId === 'md-law');
    expect(clauses.map((c: { kind: string }) => c.kind)).toEqual(['title', 'preamble', 'chapter', 'article', 'article']);
  });

  it('imports text with no structure as paragraphs, with a finding', async () => {
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
    const file = join(work, name);
    writeFileSync(file, bytes);
    const r = await kb('ingest', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain(message);
  });

  it('decodes a file mixing UTF-8 and GBK lines line by line, naming the lines, with no mojibake', async () => {
    const lines = ['某某区网格化服务管理办法', '第一条 为了加强网格化服务管理，制定本办法。', '第二条 本办法自2022年3月1日起施行。', 'source: example', '第三条 网格员应当每日巡查。'];
    const file = join(work, 'mixed.txt');
    writeFileSync(file, Buffer.concat([Buffer.from(lines[0] + '\r\n', 'utf8'), iconv.encode(lines[1] + '\r\n', 'gbk'), Buffer.from(lines[2] + '\r\n', 'utf8'), Buffer.from(lines[3] + '\r\n'), iconv.encode(lines[4] + '\r\n', 'gbk')]));
    const r = await kb('ingest', file, '--id', 'mixed');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('原文件混用两种编码，已逐行解码：第 1、3 行按 UTF-8，第 2、5 行按 GB18030');
    expect(readFileSync(join(root, 'sources', 'mixed.txt'), 'utf8')).toBe(lines.map((l) => l + '\r\n').join(''));
    expect(readFileSync(join(root, 'sources', 'mixed.txt.yaml'), 'utf8')).toContain('第 1、3 行按 UTF-8');
  });

  it('writes file names with "#", ": ", quotes and a line break into YAML that kb check reads back', async () => {
    const names = ['井号#注释.txt', 'a: b 冒号.txt', '引号"双"与\'单\'.txt', '换行\n名.txt'];
    for (const [i, name] of names.entries()) {
      const file = join(work, name);
      writeFileSync(file, `某某办法${i}\n第一条 为了规范工作，制定本办法。\n`);
      const r = await kb('ingest', file, '--id', `odd-name-${i}`);
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(join(root, 'documents', `odd-name-${i}.mdx`), 'utf8')).toContain('source: { file: ');
    }
    const check = await kb('check');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const exported = JSON.parse((await kb('export')).stdout) as { documents: { id: string; sourceFile: string }[] };
    expect(names.map((_, i) => exported.documents.find((d) => d.id === `odd-name-${i}`)?.sourceFile)).toEqual(names);
  }, 120_000);

  it.each([
    [['--id'], '--id 缺少取值'],
    [['--id', ''], '--id "" 不是有效的编号'],
    [['--id', '-'], '--id "-" 不是有效的编号'],
    [['--id', 'Foo_Bar'], '--id "Foo_Bar" 不是有效的编号'],
    [['--id', '--json'], '--id 缺少取值'],
    [['--ids', 'x'], '不认识的选项 --ids'],
  ])('refuses ingest %j with exit 2 and a message naming the flag, writing nothing', async (flags, message) => {
    const file = join(work, 'args.txt');
    writeFileSync(file, '某某办法\n第一条 为了规范工作，制定本办法。\n');
    const before = readdirSync(join(root, 'documents'));
    const r = await kb('ingest', file, ...flags);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(readdirSync(join(root, 'documents'))).toEqual(before);
    expect(existsSync(join(root, 'sources', 'args.txt'))).toBe(false);
  });

  it('takes the options before the file', async () => {
    const file = join(work, 'options-first.txt');
    writeFileSync(file, '某某办法\n第一条 为了规范工作，制定本办法。\n');
    const r = await kb('ingest', '--id', 'options-first', file);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(root, 'documents', 'options-first.mdx'))).toBe(true);
  });

  it('keeps invisible and direction-changing characters verbatim, and names their lines', async () => {
    const file = join(work, 'bidi.txt');
    const text = '某某\u202e法办\u202c理管\n第一条 为了规范\u200b工作，制定本办法。\n';
    writeFileSync(file, text);
    const r = await kb('ingest', file, '--id', 'bidi');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('invisible-char');
    expect(r.stdout).toContain('第 1 行含不可见或改变文字方向的字符 U+202E（从右至左强制）、U+202C（方向格式结束）');
    expect(r.stdout).toContain('第 2 行含不可见或改变文字方向的字符 U+200B（零宽空格）');
    expect(readFileSync(join(root, 'sources', 'bidi.txt'), 'utf8')).toBe(text);
  });
});
