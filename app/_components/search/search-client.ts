/**
 * The browser's search engine: the same query module as `kb search`, loaded
 * on first use (its code is a separate chunk) over the index files that
 * `kb build` wrote to /data/search/. Nothing is fetched until someone
 * searches; the first page load carries none of it.
 */
import type { SearchEngine } from '@/lib/search/search-engine';
import type { SearchManifest, ShardLoader } from '@/lib/search/index-format';
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
  let files: Record<string, string> | null = null;
  return {
    async loadShard(key: string) {
      const isManifest = key === 'manifest';
      if (!isManifest && !files) throw new Error('检索索引清单尚未载入');
      const name = isManifest ? 'manifest.json' : files![key];
      if (!name) throw new Error(`检索索引缺少分片 ${key}`);
      // The manifest names the other files by content version, so only it must be fresh.
      const res = await fetch(withBase(DIR + name), isManifest ? { cache: 'no-cache' } : undefined);
      if (!res.ok) throw new Error(`检索索引载入失败（${res.status}）`);
      const data = (await res.json()) as unknown;
      if (isManifest) files = (data as SearchManifest).files;
      return data;
    },
  };
}
