/**
 * The search index on disk (public/data/search/), as `kb build` writes it and
 * as the CLI and the browser read it. Everything is reached through one
 * loader call, `loadShard(key)`, so the files can be split further without
 * changing the query code:
 *
 *   manifest   counts, shard sizes, the version in every other file's name:
 *              small and the same size whatever the corpus, as every first query reads it
 *   b<k>, u<k> posting lists of the bigrams / characters whose hash falls in bucket k
 *              (gram-index.ts, postings.ts): bigrams with positions, so phrases match
 *              and rank exactly from them; characters with counts
 *   m<k>       clauses k·meta.perShard onwards: document, parent, kind, length,
 *              sub-clause spans (clause-meta.ts): what ranking needs besides postings
 *   t<k>       clauses k·texts.perShard onwards: ids, labels and text, read only
 *              for the results shown
 *   d<k>       documents k·documents.perShard onwards, for filters, facets and titles
 *   vocab      the word list that queries are segmented against
 *
 * A clause is known by its number: its position in the corpus's clause list.
 */
import type { Level } from '../types';

export const SEARCH_FORMAT = 3;

export type SearchDocument = { id: string; title: string; shortTitle: string; level: Level | null; region: string | null };

export type SearchManifest = {
  format: typeof SEARCH_FORMAT;
  /** Changes whenever the indexed content changes; part of every shard's file name. */
  version: string;
  clauseCount: number;
  documents: { count: number; perShard: number };
  grams: { shardCount: number };
  meta: { perShard: number; kinds: string[] };
  texts: { perShard: number };
  vocab: { key: string; size: number; maxLength: number };
  /** Mean folded length of a clause's full text, for BM25's length normalisation. */
  avgLength: number;
};

/** A shard's file name, relative to the manifest: the version keeps cached copies of an old index apart. */
export const shardFileName = (m: Pick<SearchManifest, 'version'>, key: string) => `${key}.${m.version}.json`;

/**
 * A clause's text as pieces: literal text, or the number of a child clause
 * whose full text stands there. A parent's text contains its children's, so
 * each character is stored once.
 */
export type TextPiece = string | number;

/** [id, document number, parent number or -1, kind, display label (（四）, 第二款, 标题), pieces] */
export type PackedClause = [string, number, number, string, string, TextPiece[]];

export type TextShard = { from: number; clauses: PackedClause[] };

export type DocumentShard = { from: number; documents: SearchDocument[] };

export type VocabShard = { words: string[] };

/** Reads one shard ("manifest", "g0", "t0", "vocab", …) and returns its parsed JSON. */
export type ShardLoader = { loadShard(key: string): Promise<unknown> };

export const MANIFEST_KEY = 'manifest';
export const gramShardKey = (kind: 'uni' | 'bi', bucket: number) => `${kind === 'uni' ? 'u' : 'b'}${bucket}`;
export const metaShardKey = (clause: number, m: SearchManifest) => `m${Math.floor(clause / m.meta.perShard)}`;
export const textShardKey = (clause: number, m: SearchManifest) => `t${Math.floor(clause / m.texts.perShard)}`;
export const documentShardKey = (doc: number, m: SearchManifest) => `d${Math.floor(doc / m.documents.perShard)}`;
