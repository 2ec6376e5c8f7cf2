/**
 * Corpus → the search index files (see index-format.ts). Pure: the caller
 * passes the word segmenter (nodejieba with the legal-term dictionary) and
 * writes the returned shards wherever it likes.
 */
import type { ClauseRecord, DocumentRecord } from '../types';
import { displayLabel } from '../fidelity/render-runs';
import { toChineseNumber } from '../ingest/patterns';
import { fold } from './fold';
import { buildVocabulary } from './build-vocabulary';
import { clausePieces } from './clause-pieces';
import { buildGramPostings, shardPostings } from './gram-index';
import {
  MANIFEST_KEY,
  SEARCH_FORMAT,
  gramShardKey,
  type PackedClause,
  type SearchManifest,
  type TextShard,
  type VocabShard,
} from './index-format';

export type SearchIndexInput = {
  documents: DocumentRecord[];
  clauses: ClauseRecord[];
  /** Word segmentation for the vocabulary (build-time only). */
  cut: (text: string) => string[];
  /** Dictionary terms that belong in the vocabulary even where the text lacks them. */
  terms?: string[];
  gramShards?: number;
  clausesPerTextShard?: number;
  /** The vocabulary, when the caller already segmented the texts (see buildVocabulary). */
  words?: string[];
};

/**
 * Shard sizes. A query reads one gram shard per distinct bigram, so a shard
 * should hold little besides the lists asked for: about this many characters
 * of encoded postings each. Text shards are read for the clauses ranked and
 * shown; small ones keep a rare query's download small.
 */
const GRAM_SHARD_CHARS = 24_000;
const TEXT_SHARD_CLAUSES = 256;

function autoShardCount(bi: Map<string, string>): number {
  let chars = 0;
  for (const [g, list] of bi) chars += g.length + list.length + 6;
  return Math.max(1, Math.ceil(chars / GRAM_SHARD_CHARS));
}

export type SearchIndexOutput = { manifest: SearchManifest; shards: Map<string, unknown> };

export async function buildSearchIndex(input: SearchIndexInput): Promise<SearchIndexOutput> {
  const { documents, clauses } = input;
  const perText = Math.max(1, input.clausesPerTextShard ?? TEXT_SHARD_CLAUSES);
  const pieces = clausePieces(clauses);
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const shards = new Map<string, unknown>();

  const packed: PackedClause[] = clauses.map((c, i) => [c.id, docIndex.get(c.documentId) ?? -1, pieces.parent[i], c.kind, displayName(c, clauses[pieces.parent[i]]), pieces.pieces[i]]);
  const texts: SearchManifest['texts'] = [];
  for (let from = 0, k = 0; from < packed.length || k === 0; from += perText, k++) {
    const to = Math.min(packed.length, from + perText);
    const shard: TextShard = { from, clauses: packed.slice(from, to) };
    texts.push({ key: `t${k}`, from, to });
    shards.set(`t${k}`, shard);
  }

  const folded = clauses.map((c) => fold(c.text));
  const postings = buildGramPostings(folded);
  const gramShards = Math.max(1, input.gramShards ?? autoShardCount(postings.bi));
  for (const kind of ['bi', 'uni'] as const) for (const [key, shard] of shardPostings(kind, postings[kind], gramShards)) shards.set(key, shard);

  const words = input.words ?? buildVocabulary(clauses, input.cut, input.terms ?? []);
  shards.set('vocab', { words } satisfies VocabShard);

  const totalLength = folded.reduce((n, f) => n + f.length, 0);
  const version = contentHash([...shards.values()].map((s) => JSON.stringify(s)));
  const manifest: SearchManifest = {
    format: SEARCH_FORMAT,
    version,
    clauseCount: clauses.length,
    documents: documents.map((d) => ({ id: d.id, title: d.title, shortTitle: d.shortTitle, level: d.level, region: d.region })),
    grams: { shardCount: gramShards },
    texts,
    vocab: { key: 'vocab', size: words.length, maxLength: words.reduce((m, w) => Math.max(m, w.length), 0) },
    avgLength: clauses.length ? totalLength / clauses.length : 0,
    files: Object.fromEntries([...shards.keys()].map((k) => [k, `${k}.${version}.json`])),
  };
  return { manifest, shards: new Map([[MANIFEST_KEY, manifest], ...shards]) };
}

/** What a reader calls the clause: its printed label, or 第二款, 标题, 序言 where none is printed. */
function displayName(c: ClauseRecord, parent: ClauseRecord | undefined): string {
  if (c.label) return displayLabel(c.label);
  if (c.kind === 'paragraph' && c.number) return `第${toChineseNumber(c.number)}${parent?.kind === 'article' ? '款' : '段'}`;
  return c.kind === 'title' ? '标题' : c.kind === 'preamble' ? '序言' : '';
}

/** A short stable hash of the shards' contents (two FNV-1a passes), for cache-safe file names. */
function contentHash(parts: string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const s of parts) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
