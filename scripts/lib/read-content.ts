/** Read content/ into the plain-text bundle that lib/build-corpus takes. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFiles } from '../../lib/build-corpus';
import { parseTermList } from '../../lib/text/segmenter';

export function readContent(root = process.env.KB_CONTENT ?? 'content'): ContentFiles {
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
