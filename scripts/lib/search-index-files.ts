/**
 * The search index on disk: `kb build` writes it to public/data/search/ (the
 * site serves it from /data/search/), and `kb search` reads the same files
 * through the same loader interface the browser uses.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../lib/corpus/export-contract';
import { buildSearchIndex } from '../../lib/search/build-search-index';
import { MANIFEST_KEY, shardFileName, type SearchManifest, type ShardLoader } from '../../lib/search/index-format';
import { createSegmenter } from '../../lib/text/segmenter';
import { OUTPUT } from './staged-output';

/** The index folder under public/data/, and the built one `kb search` reads by default. */
export const SEARCH_SUBDIR = 'search';
export const SEARCH_DIR = join(OUTPUT.data, SEARCH_SUBDIR);

/** What a host sends of these files the benchmark measures after the fact (bench/served-size.ts); here only their size on disk. */
export type WrittenIndex = { files: number; rawBytes: number; manifest: SearchManifest };

/**
 * `terms`: the content's legal-term dictionary; `words`: the vocabulary when
 * already segmented (the benchmark times that stage apart); `synonyms`: the
 * content's synonym groups (BuiltCorpus.synonyms).
 */
export async function writeSearchIndex(corpus: Corpus, terms: string[], dir = SEARCH_DIR, options: { words?: string[]; synonyms?: string[][] } = {}): Promise<WrittenIndex> {
  const cut = options.words ? () => [] : createSegmenter(terms).cut;
  const { manifest, shards } = await buildSearchIndex({ documents: corpus.documents, clauses: corpus.clauses, cut, terms, words: options.words, synonyms: options.synonyms });
  // Old shards carry an old version in their names: clear them so the folder holds one index.
  if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.json')) rmSync(join(dir, f));
  mkdirSync(dir, { recursive: true });
  let rawBytes = 0;
  for (const [key, data] of shards) {
    const body = Buffer.from(JSON.stringify(data));
    writeFileSync(join(dir, key === MANIFEST_KEY ? 'manifest.json' : shardFileName(manifest, key)), body);
    rawBytes += body.length;
  }
  return { files: shards.size, rawBytes, manifest };
}

/** A missing or unreadable index file: `kb search` prints it as one line. */
export class IndexFileError extends Error {}

export function fileShardLoader(dir = SEARCH_DIR): ShardLoader {
  const read = (name: string) => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new IndexFileError(name === 'manifest.json' ? `${dir} 中没有检索索引` : `检索索引缺少文件 ${path}`);
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch {
      throw new IndexFileError(`检索索引文件 ${path} 已损坏（不是完整的 JSON）`);
    }
  };
  let manifest: SearchManifest | null = null;
  return {
    async loadShard(key: string) {
      if (key === MANIFEST_KEY) {
        manifest = read('manifest.json') as SearchManifest;
        return manifest;
      }
      if (!manifest) throw new Error('search: the manifest must be loaded first');
      return read(shardFileName(manifest, key));
    },
  };
}

export function formatIndexSize(w: WrittenIndex): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return `search index: ${w.manifest.clauseCount} clauses in ${w.manifest.unitCount} provisions, ${w.manifest.vocab.size} words, ${w.files} files → ${SEARCH_DIR}/ (${kb(w.rawBytes)})`;
}
