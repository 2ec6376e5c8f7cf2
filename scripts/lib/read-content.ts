/** Read content/ into the plain-text bundle that lib/corpus/build-corpus takes. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFiles } from '../../lib/corpus/build-corpus';
import { contentConfig, type ContentConfig } from './content-config';
import { TEXT_FILE } from '../../lib/import/patterns';

/** Why `config.root` is not a content folder (in Chinese, for editors), or null. */
export function contentRootProblem(config: ContentConfig): string | null {
  const { root } = config;
  const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
  if (!isDir(root)) return `内容目录 ${root} 不存在或不是文件夹（可用环境变量 KB_CONTENT 指定）。`;
  // ingest writes into both, and a root without them is a wrong KB_CONTENT.
  const missing = (['sources', 'documents'] as const).filter((d) => !isDir(config[`${d}Dir`]));
  return missing.length ? `内容目录 ${root} 缺少 ${missing.map((d) => `${d}/`).join('、')} 文件夹：它不像是法规知识库的内容目录（KB_CONTENT 是否指错了？）。` : null;
}

export function readContent(config: ContentConfig = contentConfig()): ContentFiles {
  const dir = (d: string) => (existsSync(d) ? readdirSync(d).sort() : []);
  const read = (p: string) => readFileSync(p, 'utf8');
  const sources = sourceFiles(config.sourcesDir)
    .map((file) => {
      const path = join(config.sourcesDir, file);
      const manifestPath = `${path}.yaml`;
      return {
        file,
        path,
        text: read(path),
        manifest: existsSync(manifestPath) ? { path: manifestPath, text: read(manifestPath) } : undefined,
      };
    });
  const documents = dir(config.documentsDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ path: join(config.documentsDir, f), id: f.replace(/\.mdx$/, ''), text: read(join(config.documentsDir, f)) }));
  const errata = dir(config.errataDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ path: join(config.errataDir, f), documentId: f.replace(/\.yaml$/, ''), text: read(join(config.errataDir, f)) }));
  const linkReviews = dir(config.linksDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ path: join(config.linksDir, f), documentId: f.replace(/\.yaml$/, ''), text: read(join(config.linksDir, f)) }));
  const topics = dir(config.topicsDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ path: join(config.topicsDir, f), slug: f.replace(/\.mdx$/, ''), text: read(join(config.topicsDir, f)) }));
  const glossary = existsSync(config.glossaryPath) ? { path: config.glossaryPath, text: read(config.glossaryPath) } : undefined;
  const searchExamples = existsSync(config.searchExamplesPath) ? { path: config.searchExamplesPath, text: read(config.searchExamplesPath) } : undefined;
  const synonyms = existsSync(config.synonymsPath) ? { path: config.synonymsPath, text: read(config.synonymsPath) } : undefined;
  return { sources, documents, errata, linkReviews, terms: config.terms(), topics, glossary, searchExamples, synonyms };
}

/** Sources are .txt and .md files (TEXT_FILE, the files an import takes) at any depth under sources/ (an import keeps its collection's folders), named by their path relative to it with "/". */
function sourceFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.isFile() && TEXT_FILE.test(e.name)) out.push(relative(root, p).split(sep).join('/'));
    }
  };
  visit(root);
  // Code-unit order, the order readdirSync().sort() gave the flat folder.
  return out.sort();
}
