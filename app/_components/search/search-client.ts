/**
 * The browser's search engine: the same query module as `kb search`, loaded
 * on first use (its code is a separate chunk) over the index files that
 * `kb build` wrote to /data/search/. Nothing is fetched until someone
 * searches; the first page load carries none of it.
 */
import type { SearchEngine } from '@/lib/search/search-engine';
import { shardFileName, type SearchManifest, type ShardLoader } from '@/lib/search/index-format';
import { withBase } from '@/app/_lib/with-base';

const DIR = '/data/search/';
let engine: Promise<SearchEngine> | null = null;

export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= import('@/lib/search/search-engine').then(({ createSearchEngine }) => createSearchEngine(fetchLoader()));
  // A failed load (offline file missing, say) is retried on the next search.
  engine.catch(() => (engine = null));
  return engine;
}

function fetchLoader(): ShardLoader {
  let manifest: SearchManifest | null = null;
  return {
    async loadShard(key: string) {
      const isManifest = key === 'manifest';
      if (!isManifest && !manifest) throw new Error('检索索引清单尚未载入');
      const name = isManifest ? 'manifest.json' : shardFileName(manifest!, key);
      // The other files carry the manifest's content version in their names, so only it must be fresh.
      const res = await fetch(withBase(DIR + name), isManifest ? { cache: 'no-cache' } : undefined);
      if (!res.ok) throw new Error(isManifest || res.status !== 404 ? `检索索引载入失败（${res.status}）` : `检索索引缺少分片 ${key}`);
      const data = (await res.json()) as unknown;
      if (isManifest) manifest = data as SearchManifest;
      return data;
    },
  };
}
