/**
 * The corpus's character bigram/trigram counts for `kb errata suggest`
 * (lib/fidelity/char-slips.ts). Counting 50 MB of sources takes most of a
 * minute, so the table is kept in .generated/cache/char-ngrams/ under a hash
 * of the source texts and of the counting code; a changed source or a new
 * import makes a new table. KB_NO_CACHE=1 counts afresh.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { charNgramCounts, type NgramCounts } from '../../lib/fidelity/char-slips';
import { CACHE_DIR } from './build-cache';
import { codeHash } from './code-hash';
import { FileCache } from './file-cache';

export function cachedCharCounts(sources: { file: string; text: string }[], dir = join(CACHE_DIR, 'char-ngrams')): NgramCounts {
  const hash = createHash('sha256').update(codeHash(['lib/fidelity/char-slips.ts']));
  for (const s of [...sources].sort((a, b) => (a.file < b.file ? -1 : 1))) hash.update(s.file).update('\0').update(s.text).update('\0');
  const key = hash.digest('hex');
  const off = process.env.KB_NO_CACHE;
  const cache = off && off !== '0' ? null : new FileCache<[string, number][]>(dir);
  const stored = cache?.get(key);
  if (stored) return new Map(stored);
  const counts = charNgramCounts(sources.map((s) => s.text));
  if (cache) {
    cache.set(key, [...counts]);
    // One table is all a content folder needs: drop the ones made from earlier sources.
    cache.prune();
  }
  return counts;
}
