/** Read content/ into the plain-text bundle that lib/corpus/build-corpus takes. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFiles } from '../../lib/corpus/build-corpus';
import { parseTermList } from '../../lib/text/segmenter';

/** The folders every content root has: ingest writes into both, and a root without them is a wrong KB_CONTENT. */
const REQUIRED = ['sources', 'documents'];

/** Why `root` is not a content folder (in Chinese, for editors), or null. */
export function contentRootProblem(root = contentRoot()): string | null {
  const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
  if (!isDir(root)) return `内容目录 ${root} 不存在或不是文件夹（可用环境变量 KB_CONTENT 指定）。`;
  const missing = REQUIRED.filter((d) => !isDir(join(root, d)));
  return missing.length ? `内容目录 ${root} 缺少 ${missing.map((d) => `${d}/`).join('、')} 文件夹：它不像是法规知识库的内容目录（KB_CONTENT 是否指错了？）。` : null;
}

export function contentRoot(): string {
  return process.env.KB_CONTENT ?? 'content';
}

export function readContent(root = contentRoot()): ContentFiles {
  const dir = (d: string) => (existsSync(join(root, d)) ? readdirSync(join(root, d)).sort() : []);
  const read = (p: string) => readFileSync(p, 'utf8');
  const sources = dir('sources')
    .filter((f) => f.endsWith('.txt'))
    .map((file) => {
      const path = join(root, 'sources', file);
      const manifestPath = `${path}.yaml`;
      return {
        file,
        text: read(path),
        manifest: existsSync(manifestPath) ? { path: manifestPath, text: read(manifestPath) } : undefined,
      };
    });
  const documents = dir('documents')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ path: join(root, 'documents', f), id: f.replace(/\.mdx$/, ''), text: read(join(root, 'documents', f)) }));
  const errata = dir('errata')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ path: join(root, 'errata', f), documentId: f.replace(/\.yaml$/, ''), text: read(join(root, 'errata', f)) }));
  const dict = join(root, 'dict', 'legal-terms.txt');
  const terms = existsSync(dict) ? parseTermList(read(dict)) : [];
  const topics = dir('topics')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ path: join(root, 'topics', f), slug: f.replace(/\.mdx$/, ''), text: read(join(root, 'topics', f)) }));
  const glossaryPath = join(root, 'glossary.yaml');
  const glossary = existsSync(glossaryPath) ? { path: glossaryPath, text: read(glossaryPath) } : undefined;
  return { sources, documents, errata, terms, topics, glossary };
}
