/**
 * The verbatim sources, normalised exactly as the parser normalised them so
 * line numbers and spans agree with the corpus. Read at build time only.
 */
import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeSource } from '@/lib/ingest/normalize';
import { parseSourceManifest } from '@/lib/content/parse-content';

export type SourceFile = { file: string; text: string; title: string | null; origin: string | null };

let cached: SourceFile[] | null = null;

export function getSources(): SourceFile[] {
  if (cached) return cached;
  const dir = join(process.cwd(), 'content', 'sources');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
  cached = files.map((file) => {
    const path = join(dir, file);
    const manifestPath = `${path}.yaml`;
    const manifest = existsSync(manifestPath) ? parseSourceManifest(manifestPath, readFileSync(manifestPath, 'utf8')).manifest : null;
    return { file, text: normalizeSource(readFileSync(path, 'utf8')), title: manifest?.title ?? null, origin: manifest?.origin ?? null };
  });
  return cached;
}

export function getSource(file: string): SourceFile | undefined {
  return getSources().find((s) => s.file === file);
}
