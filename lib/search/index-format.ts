/**
 * The search index on disk (public/data/search/), as `kb build` writes it and
 * as the CLI and the browser read it. Everything is reached through one
 * loader call, `loadShard(key)`, so the query code does not know files.
 *
 *   manifest   counts and the version in every other file's name: small and
 *              the same size whatever the corpus, as every first query reads it
 *   ft, rt     every table page's first key;
 *   fi<p>, ri<p> pages of the table of every forward / backward gram shard's
 *              first key: a query reads the top and the pages it needs, to
 *              find the one shard that holds a key (gram-lookup.ts)
 *   f<k>, r<k> gram shards: keys (gram-groups.ts) in sorted runs, each with the
 *              provisions and positions it occurs at (postings.ts). The
 *              backward index files the reversed texts, so a phrase's end is
 *              found as cheaply as its start
 *   h<k>       for strings too common to list by position (a run of keys
 *              spread over many shards): the provisions holding them and the
 *              best-ranked of those, worked out at build time
 *   dm         per document: its first provision, level and region (facets)
 *   x<k>       provisions k·texts.perShard onwards: clauses, labels and text,
 *              with their documents' titles, read for the results shown only
 *   d<k>       documents k·documents.perShard onwards (the document filter)
 *   v<k>       the words that queries are segmented against, by first character
 *   s<k>       the same words by the sound of their first character and their
 *              second character (soundShardKey), for a typo in a first character
 *   py         the toneless pinyin of every character of the texts and of GB 2312,
 *              for typo suggestions (suggest.ts), read only when a query finds little
 *   n          each document's names and version date, for citation queries
 *              (citation-query.ts) and the document finder, read on their first use
 *
 * A provision (search-units.ts) is known by its number in document order.
 */
import type { UnitClause } from './search-units';
import type { DocumentStatus } from '../corpus/export-contract';
import { fnv1a } from '../text/fnv1a';

export const SEARCH_FORMAT = 8;

/** What a result needs of its document: the results page names it without a list of the whole collection. */
export type SearchDocument = { id: string; title: string; shortTitle: string; level: string | null; region: string | null; area: string | null; versionDate: string | null; status: DocumentStatus };

export type SearchManifest = {
  format: typeof SEARCH_FORMAT;
  /** Changes whenever the indexed content changes; part of every shard's file name. */
  version: string;
  unitCount: number;
  clauseCount: number;
  documents: { count: number; perShard: number };
  texts: { perShard: number };
  forward: { shards: number };
  backward: { shards: number };
  /** A string whose keys start this many shards or more is read from its h record. */
  hotShards: number;
  hot: { buckets: number; count: number; top: number };
  /** `soundBuckets`: the sound shards' count (soundShardKey). */
  vocab: { buckets: number; soundBuckets: number; size: number; maxLength: number };
  levels: string[];
  regions: string[];
  /** 法律部门 (DocumentRecord.area), for the field filter. */
  areas: string[];
  /** Mean folded length of a provision, for BM25's length normalisation. */
  avgLength: number;
  /** Groups of folded wordings a search for one also finds (content/synonyms.yaml and the glossary's aliases). */
  synonyms: string[][];
};

/** A shard's file name, relative to the manifest: the version keeps cached copies of an old index apart. */
export const shardFileName = (m: Pick<SearchManifest, 'version'>, key: string) => `${key}.${m.version}.json`;
/** A shard file's name (not the manifest's): its content hash in it, so a host may cache it for good. */
export const SHARD_FILE = /^[a-z]+\d*\.[0-9a-f]{16}\.json$/;

/** Reads one shard ("manifest", "f0", "x12", …) and returns its parsed JSON. */
export type ShardLoader = { loadShard(key: string): Promise<unknown> };

export type Direction = 'forward' | 'backward';
export const MANIFEST_KEY = 'manifest';
export const tocTopKey = (d: Direction) => (d === 'forward' ? 'ft' : 'rt');
export const tocPageKey = (d: Direction, p: number) => `${d === 'forward' ? 'fi' : 'ri'}${p}`;
export const gramShardKey = (d: Direction, k: number) => `${d === 'forward' ? 'f' : 'r'}${k}`;
export const hotShardKey = (bucket: number) => `h${bucket}`;
export const vocabShardKey = (bucket: number) => `v${bucket}`;
/**
 * The vocabulary again, by sound: the words whose first character reads
 * `firstReading` (toneless, as READINGS_KEY gives it) and whose second is
 * `second`: the words a typo in a word's first character may stand for
 * (燥声 for 噪声), which the vocabulary shards, keyed by that character,
 * cannot offer.
 */
export const soundShardKey = (bucket: number) => `s${bucket}`;
export const soundBucketOf = (firstReading: string, second: string, buckets: number) => bucketOf(firstReading + second, buckets);
export const textShardKey = (unit: number, perShard: number) => `x${Math.floor(unit / perShard)}`;
export const documentShardKey = (shard: number) => `d${shard}`;
export const DOC_MAP_KEY = 'dm';
export const NAMES_KEY = 'n';
export const READINGS_KEY = 'py';

/** Toneless reading → the Chinese characters read so (suggest.ts), read only when a query finds little. */
export type ReadingsShard = Record<string, string>;

/** Per document, in document order, the names it is found by and its version date. */
export type NamesShard = { names: string[][]; dates: (string | null)[] };

/** The first key of each page of the shard table, and how many shards a page lists. */
export type TocTop = { pages: string[]; perPage: number; shards: number };
/** A page of the shard table: the first key of each of its shards. */
export type TocPage = { first: string[] };
/** Sorted keys and, for each, its encoded postings (postings.ts). */
export type GramShard = { k: string[]; p: string[] };
/** Per string: provisions holding it (`u`, ids), how many (`n`), and the best-ranked first (`t`, ids in rank order, `s`, scores ×10⁴). */
export type HotRecord = { n: number; u: string; t: string; s: string };
export type HotShard = { r: Record<string, HotRecord> };
/**
 * Per document, as numbers (postings.ts): where its provisions start (ids),
 * its level, region and field (1 + index in the manifest's lists, 0: none),
 * its weight in ranking (rank.ts authorityWeight, in hundredths), and which
 * documents are superseded versions (ids).
 */
export type DocMapShard = { start: string; level: string; region: string; area: string; authority: string; superseded: string };
/** A provision as stored: [document number, heading labels above it, clauses]. */
export type PackedUnit = [number, string[], UnitClause[]];
/** Provisions from `from` on, with the id and title of each document they belong to. */
/** `docs`: the documents of its provisions, by number, so a result names its document without another request. */
export type TextShard = { from: number; units: PackedUnit[]; docs: [number, SearchDocument][] };
export type DocumentShard = { from: number; documents: SearchDocument[] };
export type VocabShard = { words: string[] };

/** FNV-1a over UTF-16 units: the same bucket in the build and in every browser. */
export function bucketOf(s: string, buckets: number): number {
  return buckets <= 1 ? 0 : fnv1a(s) % buckets;
}
