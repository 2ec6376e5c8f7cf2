/**
 * An imported law's metadata → the text of its document entry (.mdx) and its
 * source manifest (.yaml), written through draftYaml so any title or file
 * name reads back as written. Deterministic: the same input gives the same
 * bytes, which is what lets a re-run tell an editor's change from its own.
 */
import type { SourceManifest } from '../content/schema';
import { draftYaml } from '../ingest/draft-yaml';
import type { ImportedMeta } from './import-meta';

export type Provenance = NonNullable<SourceManifest['provenance']>;

export function entryFiles(meta: ImportedMeta, exclusions: SourceManifest['exclusions'], provenance: Provenance): { mdx: string; manifest: string } {
  // Lists of objects stay in block style; each metadata field on one line, as editors write them.
  const { history, parents, source, docType, ...fields } = meta;
  const head = draftYaml(fields, { flowFields: true });
  const rest = draftYaml({ docType, parents, source, history }, { quoteKeys: ['file'] });
  const manifest = draftYaml({ title: meta.title.value ?? undefined, provenance, exclusions }, { quoteKeys: ['path'] });
  return { mdx: `---\n${head}${rest}---\n`, manifest };
}
