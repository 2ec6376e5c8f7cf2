/**
 * The search index on disk (public/data/search/), as `kb build` writes it and
 * as the CLI and the browser read it. Everything is reached through one
 * loader call, `loadShard(key)`, so the files can be split further without
 * changing the query code:
 *
 *   manifest   documents, counts, which shard holds what, file names
 *   b<k>, u<k> posting lists of the bigrams / characters whose hash falls in bucket k
 *              (gram-index.ts, postings.ts): bigrams with positions, so phrases match
 *              exactly from them; characters serve one-character queries only
 *   t<k>       a run of clauses: ids, labels and text, by clause number
 *   vocab      the word list that queries are segmented against
 *
 * A clause is known by its number: its position in the corpus's clause list.
 */
import type { Level } from '../types';

export const SEARCH_FORMAT = 2;

export type SearchDocument = { id: string; title: string; shortTitle: string; level: Level | null; region: string | null };

export type SearchManifest = {
  format: typeof SEARCH_FORMAT;
  /** Changes whenever the indexed content changes; part of every shard's file name. */
  version: string;
  clauseCount: number;
  documents: SearchDocument[];
  grams: { shardCount: number };
  texts: { key: string; from: number; to: number }[];
  vocab: { key: string; size: number; maxLength: number };
  /** Mean folded length of a clause's full text, for BM25's length normalisation. */
  avgLength: number;
  /** Shard key → file name (relative to the manifest). */
  files: Record<string, string>;
};

/**
 * A clause's text as pieces: literal text, or the number of a child clause
 * whose full text stands there. A parent's text contains its children's, so
 * each character is stored once.
 */
export type TextPiece = string | number;

/** [id, document number, parent number or -1, kind, display label (（四）, 第二款, 标题), pieces] */
export type PackedClause = [string, number, number, string, string, TextPiece[]];

export type TextShard = { from: number; clauses: PackedClause[] };

export type VocabShard = { words: string[] };

/** Reads one shard ("manifest", "g0", "t0", "vocab", …) and returns its parsed JSON. */
export type ShardLoader = { loadShard(key: string): Promise<unknown> };

export const MANIFEST_KEY = 'manifest';
export const gramShardKey = (kind: 'uni' | 'bi', bucket: number) => `${kind === 'uni' ? 'u' : 'b'}${bucket}`;
