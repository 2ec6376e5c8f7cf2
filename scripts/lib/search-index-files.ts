/**
 * The search index on disk: `kb build` writes it to public/data/search/ (the
 * site serves it from /data/search/), and `kb search` reads the same files
 * through the same loader interface the browser uses.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Corpus } from '../../lib/types';
import { buildSearchIndex } from '../../lib/search/build-search-index';
import { MANIFEST_KEY, shardFileName, type SearchManifest, type ShardLoader } from '../../lib/search/index-format';
import { createSegmenter, parseTermList } from '../../lib/text/segmenter';

export const SEARCH_DIR = join('public', 'data', 'search');
const dictPath = () => join(process.env.KB_CONTENT ?? 'content', 'dict', 'legal-terms.txt');

export type WrittenIndex = { files: number; rawBytes: number; gzipBytes: number; manifest: SearchManifest };

/** `words`: the vocabulary when already segmented (the benchmark times that stage apart). */
export async function writeSearchIndex(corpus: Corpus, dir = SEARCH_DIR, options: { words?: string[] } = {}): Promise<WrittenIndex> {
  const dict = dictPath();
  const terms = existsSync(dict) ? parseTermList(readFileSync(dict, 'utf8')) : [];
  const cut = options.words ? () => [] : createSegmenter(terms).cut;
  const { manifest, shards } = await buildSearchIndex({ documents: corpus.documents, clauses: corpus.clauses, cut, terms, words: options.words });
  // Old shards carry an old version in their names: clear them so the folder holds one index.
  if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.json')) rmSync(join(dir, f));
  mkdirSync(dir, { recursive: true });
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const [key, data] of shards) {
    const body = Buffer.from(JSON.stringify(data));
    writeFileSync(join(dir, key === MANIFEST_KEY ? 'manifest.json' : shardFileName(manifest, key)), body);
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { files: shards.size, rawBytes, gzipBytes, manifest };
}

export function fileShardLoader(dir = SEARCH_DIR): ShardLoader {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
  let manifest: SearchManifest | null = null;
  return {
    async loadShard(key: string) {
      if (key === MANIFEST_KEY) {
        if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no search index in ${dir}: run \`npm run -s kb -- build\` first`);
        manifest = read('manifest.json') as SearchManifest;
        return manifest;
      }
      if (!manifest) throw new Error('search: the manifest must be loaded first');
      const name = shardFileName(manifest, key);
      if (!existsSync(join(dir, name))) throw new Error(`search: the index has no shard "${key}"`);
      return read(name);
    },
  };
}

export function formatIndexSize(w: WrittenIndex): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return `search index: ${w.manifest.clauseCount} clauses in ${w.manifest.unitCount} provisions, ${w.manifest.vocab.size} words, ${w.files} files → ${SEARCH_DIR}/ (${kb(w.rawBytes)} raw, ${kb(w.gzipBytes)} gzip)`;
}
