/**
 * The site's one door to the data: the corpus that `kb build` wrote. Read
 * once per build process; pages call getCorpus() at build time only.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusIndex, type CorpusData } from '@/lib/content/corpus-index';

let cached: CorpusIndex | null = null;

export function getCorpus(): CorpusIndex {
  if (!cached) {
    const file = join(process.cwd(), '.generated', 'corpus.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as CorpusData;
    cached = new CorpusIndex(data);
  }
  return cached;
}
