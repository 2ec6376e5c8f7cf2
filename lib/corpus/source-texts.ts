/**
 * The verbatim sources as the site's source pages show them: normalised
 * exactly as the parser normalised them, so line numbers and spans agree
 * with the corpus. Part of the built data, so the site never reads content/.
 */
import { normalizeSource } from '../ingest/normalize';
import { parseSourceManifest } from '../content/parse-content';
import type { SourceText } from './export-contract';
import type { ContentFiles } from './build-corpus';

export function sourceTexts(sources: ContentFiles['sources']): SourceText[] {
  return sources.map(({ file, text, manifest }) => {
    // Manifest problems are reported by the parse stage; here an invalid manifest just gives no title.
    const parsed = manifest ? parseSourceManifest(manifest.path, manifest.text).manifest : null;
    return { file, text: normalizeSource(text), title: parsed?.title ?? null, origin: parsed?.origin ?? null };
  });
}
