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
import { encodeMetaShard, type ClauseMeta } from './clause-meta';
import {
  MANIFEST_KEY,
  SEARCH_FORMAT,
  gramShardKey,
  type DocumentShard,
  type PackedClause,
  type SearchManifest,
  type TextPiece,
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
  clausesPerMetaShard?: number;
  documentsPerShard?: number;
  /** The vocabulary, when the caller already segmented the texts (see buildVocabulary). */
  words?: string[];
};

/**
 * Shard sizes. A query reads one gram shard per distinct bigram, so a shard
 * should hold little besides the lists asked for: about this many characters
 * of encoded postings each. Text shards are read for the results shown only
 * (a page of 20, often in different shards), so they are small; metadata shards are read for every hit,
 * a few bytes a clause, so they can be large.
 */
const GRAM_SHARD_CHARS = 24_000;
const TEXT_SHARD_CLAUSES = 16;
const META_SHARD_CLAUSES = 4_096;
const DOCUMENT_SHARD_SIZE = 1_024;

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
  const perMeta = Math.max(1, input.clausesPerMetaShard ?? META_SHARD_CLAUSES);
  const perDoc = Math.max(1, input.documentsPerShard ?? DOCUMENT_SHARD_SIZE);
  const meta = clauseMeta(packed);
  const kinds = [...new Set(clauses.map((c) => c.kind))].sort();
  putRuns(shards, 't', perText, packed, (from, run): TextShard => ({ from, clauses: run }));
  putRuns(shards, 'm', perMeta, meta, (from, run) => encodeMetaShard(from, run, kinds));
  const docs = documents.map((d) => ({ id: d.id, title: d.title, shortTitle: d.shortTitle, level: d.level, region: d.region }));
  putRuns(shards, 'd', perDoc, docs, (from, run): DocumentShard => ({ from, documents: run }));

  const folded = clauses.map((c) => fold(c.text));
  const postings = buildGramPostings(folded);
  const gramShards = Math.max(1, input.gramShards ?? autoShardCount(postings.bi));
  for (const kind of ['bi', 'uni'] as const) for (const [key, shard] of shardPostings(kind, postings[kind], gramShards)) shards.set(key, shard);

  const words = input.words ?? buildVocabulary(clauses, input.cut, input.terms ?? []);
  shards.set('vocab', { words } satisfies VocabShard);

  const totalLength = meta.reduce((n, r) => n + r.length, 0);
  const version = contentHash([...shards.values()].map((s) => JSON.stringify(s)));
  const manifest: SearchManifest = {
    format: SEARCH_FORMAT,
    version,
    clauseCount: clauses.length,
    documents: { count: documents.length, perShard: perDoc },
    grams: { shardCount: gramShards },
    meta: { perShard: perMeta, kinds },
    texts: { perShard: perText },
    vocab: { key: 'vocab', size: words.length, maxLength: words.reduce((m, w) => Math.max(m, w.length), 0) },
    avgLength: clauses.length ? totalLength / clauses.length : 0,
  };
  return { manifest, shards: new Map([[MANIFEST_KEY, manifest], ...shards]) };
}

/** Cut `rows` into runs of `size`, stored as <prefix>0, <prefix>1, …: a clause's or document's shard follows from its number. */
function putRuns<T>(shards: Map<string, unknown>, prefix: string, size: number, rows: T[], make: (from: number, run: T[]) => unknown): void {
  for (let from = 0, k = 0; from < rows.length || k === 0; from += size, k++) shards.set(`${prefix}${k}`, make(from, rows.slice(from, from + size)));
}

/** Each clause's folded length and sub-clause spans, built from its pieces as ClauseStore rebuilds the text. */
function clauseMeta(packed: PackedClause[]): Omit<ClauseMeta, 'index'>[] {
  const lengths = new Map<number, number>();
  const spans: [number, number][][] = packed.map(() => []);
  const lengthOf = (i: number): number => {
    let n = lengths.get(i);
    if (n === undefined) {
      n = 0;
      for (const p of packed[i][5] as TextPiece[]) {
        const add = typeof p === 'string' ? fold(p).length : lengthOf(p);
        if (typeof p === 'number') spans[i].push([n, n + add]);
        n += add;
      }
      lengths.set(i, n);
    }
    return n;
  };
  return packed.map(([, docIndex, parentIndex, kind], i) => ({ docIndex, parentIndex, kind, length: lengthOf(i), childSpans: spans[i] }));
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
