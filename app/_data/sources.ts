/**
 * The verbatim sources that `kb build` wrote (.generated/sources.json),
 * normalised exactly as the parser normalised them so line numbers and
 * spans agree with the corpus. Read once per build process, at build time only.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceText } from '@/lib/corpus/export-contract';

let cached: SourceText[] | null = null;

export function getSources(): SourceText[] {
  cached ??= JSON.parse(readFileSync(join(process.cwd(), '.generated', 'sources.json'), 'utf8')) as SourceText[];
  return cached;
}

export function getSource(file: string): SourceText | undefined {
  return getSources().find((s) => s.file === file);
}
