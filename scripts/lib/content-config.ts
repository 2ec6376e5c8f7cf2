/**
 * Where the content lives: made once per command from KB_CONTENT (default
 * content/) and passed to everything that reads content, so a command run
 * against another content folder never mixes in this repository's
 * dictionary, glossary or sources. No other file names a content path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTermList } from '../../lib/text/segmenter';

export type ContentConfig = {
  root: string;
  /** Verbatim sources and their manifests (<file>.txt, <file>.txt.yaml). */
  sourcesDir: string;
  documentsDir: string;
  errataDir: string;
  /** Editors' decisions on clause links (links/<local document id>.yaml). */
  linksDir: string;
  /** One record per imported collection (imports/<collection>.json: path → id and hashes), kept by `kb import`. */
  importsDir: string;
  topicsDir: string;
  /** The legal-term dictionary that segmentation (alignment, search, comparison) uses. */
  dictPath: string;
  glossaryPath: string;
  /** The example searches the site offers. */
  searchExamplesPath: string;
  /** Synonym groups for search, beside the glossary's aliases. */
  synonymsPath: string;
  /** The dictionary's terms, read on first use; none when the content has no dictionary. */
  terms: () => string[];
};

/** The repository's own content folder, when KB_CONTENT does not name another. */
export const DEFAULT_CONTENT_ROOT = 'content';

export function contentConfig(root = process.env.KB_CONTENT ?? DEFAULT_CONTENT_ROOT): ContentConfig {
  const dictPath = join(root, 'dict', 'legal-terms.txt');
  let terms: string[] | null = null;
  return {
    root,
    sourcesDir: join(root, 'sources'),
    documentsDir: join(root, 'documents'),
    errataDir: join(root, 'errata'),
    linksDir: join(root, 'links'),
    importsDir: join(root, 'imports'),
    topicsDir: join(root, 'topics'),
    dictPath,
    glossaryPath: join(root, 'glossary.yaml'),
    searchExamplesPath: join(root, 'search-examples.yaml'),
    synonymsPath: join(root, 'synonyms.yaml'),
    terms: () => (terms ??= existsSync(dictPath) ? parseTermList(readFileSync(dictPath, 'utf8')) : []),
  };
}
