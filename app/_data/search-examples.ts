/**
 * The example searches `kb build` wrote (.generated/search-examples.json,
 * from content/search-examples.yaml). Read at build time only.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let cached: string[] | null = null;

export function getSearchExamples(): string[] {
  cached ??= JSON.parse(readFileSync(join(process.cwd(), '.generated', 'search-examples.json'), 'utf8')) as string[];
  return cached;
}
