/** Browser entry for the benchmark: the site's search engine over the corpus's index files. */
import { createSearchEngine } from '../../../../lib/search/search-engine';
import { shardFileName, type SearchManifest, type ShardLoader } from '../../../../lib/search/index-format';

const DIR = './data/search/';
let version = '';
const loader: ShardLoader = {
  async loadShard(key) {
    const res = await fetch(DIR + (key === 'manifest' ? 'manifest.json' : shardFileName({ version }, key)));
    const data = (await res.json()) as unknown;
    if (key === 'manifest') version = (data as SearchManifest).version;
    return data;
  },
};
const engine = createSearchEngine(loader);
(globalThis as unknown as { bench: unknown }).bench = {
  // What the site's search box does on focus: the manifest and the tables every query needs.
  warm: () => engine.manifest(),
  async search(q: string) {
    const t = performance.now();
    let rankedMs = 0;
    const r = await engine.search(q, { limit: 20, onRanked: () => (rankedMs = performance.now() - t) });
    return { ms: performance.now() - t, rankedMs, total: r.total };
  },
};
