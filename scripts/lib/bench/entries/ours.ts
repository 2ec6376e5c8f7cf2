/** Browser entry for the benchmark: the site's search engine over the corpus's index files. */
import { createSearchEngine } from '../../../../lib/search/search-engine';
import type { SearchManifest, ShardLoader } from '../../../../lib/search/index-format';

const DIR = './data/search/';
let files: Record<string, string> = {};
const loader: ShardLoader = {
  async loadShard(key) {
    const res = await fetch(DIR + (key === 'manifest' ? 'manifest.json' : files[key]));
    const data = (await res.json()) as unknown;
    if (key === 'manifest') files = (data as SearchManifest).files;
    return data;
  },
};
const engine = createSearchEngine(loader);
(globalThis as unknown as { bench: unknown }).bench = {
  async search(q: string) {
    const t = performance.now();
    const r = await engine.search(q, { limit: 20 });
    return { ms: performance.now() - t, total: r.total, phrase: r.counts.phrase, shown: r.hits.length };
  },
};
