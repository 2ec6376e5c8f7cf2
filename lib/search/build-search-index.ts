/**
 * Corpus → the search index files (see index-format.ts). Pure: the caller
 * passes the word segmenter (nodejieba with the legal-term dictionary) and
 * writes the returned shards wherever it likes.
 */
import type { ClauseRecord, DocumentRecord } from '../corpus/export-contract';
import { buildVocabulary } from './build-vocabulary';
import { END, gramGroups, reverseUnits, type GramGroup } from './gram-groups';
import { bucketOf, DOC_MAP_KEY, documentShardKey, NAMES_KEY, READINGS_KEY, gramShardKey, hotShardKey, MANIFEST_KEY, soundBucketOf, soundShardKey, SEARCH_FORMAT, textShardKey, tocPageKey, tocTopKey, vocabShardKey } from './index-format';
import type { Direction, DocMapShard, DocumentShard, GramShard, HotRecord, HotShard, NamesShard, ReadingsShard, SearchDocument, SearchManifest, TextShard, TocPage, TocTop, VocabShard } from './index-format';
import { encodeIds, encodeNumbers, encodePostings } from './postings';
import { authorityWeight, rankScore, TIER_BASE } from './rank';
import { buildUnits, unitText } from './search-units';
import { classKind, classLength, unitClass } from './unit-class';
import { documentNames, parseCitationQuery } from './citation-query';
import { fold } from './fold';
import { pinyin } from 'pinyin-pro';
import iconv from 'iconv-lite';
import { HAN } from './patterns';
import { workVersions } from '../refs/version-at-date';

export type SearchIndexInput = {
  documents: DocumentRecord[];
  clauses: ClauseRecord[];
  /** Word segmentation for the vocabulary (build-time only). */
  cut: (text: string) => string[];
  /** Dictionary terms that belong in the vocabulary even where the text lacks them. */
  terms?: string[];
  /** The vocabulary, when the caller already segmented the texts (see buildVocabulary). */
  words?: string[];
  /** Synonym groups (lib/content/parse-synonyms), shipped in the manifest. */
  synonyms?: string[][];
  /** Tuning, for tests: see the constants below. */
  maxPositions?: number;
  shardChars?: number;
  unitsPerTextShard?: number;
  documentsPerShard?: number;
};

/**
 * Sizes. A key is lengthened until it occurs at most MAX_POSITIONS times, so
 * one key's postings stay a few kilobytes; a gram shard holds about
 * SHARD_CHARS characters of postings, and a query reads one per key it needs.
 * A string whose keys start HOT_SHARDS shards or more is answered from its
 * hot record instead, whose ranked head holds HOT_TOP provisions. Text
 * shards are read for the 20 results shown, often 20 different shards, so
 * they hold one provision each.
 */
const MAX_POSITIONS = 400;
const MAX_KEY_LENGTH = 24;
const SHARD_CHARS = 6_000;
const TOC_PAGE = 64;
const HOT_SHARDS = 3;
const HOT_TOP = 100;
const UNITS_PER_TEXT_SHARD = 1;
const DOCUMENTS_PER_SHARD = 64;
const WORDS_PER_VOCAB_SHARD = 64;
/** Room for positions in one sortable number per occurrence (folded provisions are far shorter). */
const POSITION_SPAN = 2 ** 24;

export type SearchIndexOutput = { manifest: SearchManifest; shards: Map<string, unknown> };

export async function buildSearchIndex(input: SearchIndexInput): Promise<SearchIndexOutput> {
  const { documents, clauses } = input;
  const shards = new Map<string, unknown>();
  const units = buildUnits(documents, clauses);
  const folded = units.map((u) => unitText(u).folded);
  const classes = units.map((u, i) => unitClass(folded[i].length, u.clauses[0][2]));
  const classOf = (u: number) => classes[u];
  const avgLength = units.length ? folded.reduce((n, t) => n + t.length, 0) / units.length : 0;
  const maxPositions = input.maxPositions ?? MAX_POSITIONS;
  const shardChars = input.shardChars ?? SHARD_CHARS;

  const weights = documents.map((d) => authorityWeight(d.rank, d.level));
  const ctx: HotContext = { unitCount: units.length, avgLength, authority: (u) => Math.round(weights[units[u].docIndex] * 100) };
  // One direction at a time: a large corpus's keys take much memory, and each is dropped once written.
  const forward = putForward(shards, folded, classOf, ctx, maxPositions, shardChars);
  // The backward index files each key at the position where it ends in the forward text.
  const backward = putGramShards(shards, 'backward', gramGroups(folded.map(reverseUnits), maxPositions, MAX_KEY_LENGTH), classOf, shardChars, (u, p) => folded[u].length - p);

  const docs: SearchDocument[] = documents.map((d) => ({ id: d.id, title: d.title, shortTitle: d.shortTitle, level: d.level, region: d.region, area: d.area, versionDate: d.versionDate, status: d.status }));
  const levels = distinct(docs.map((d) => d.level));
  const regions = distinct(docs.map((d) => d.region));
  const areas = distinct(docs.map((d) => d.area));
  shards.set(READINGS_KEY, characterReadings(folded));
  const works = workVersions(documents);
  // Not searched by default: versions their work has replaced, and repealed texts.
  const superseded = documents.flatMap((d, i) => (works.get(d.workId)?.current === d.id && d.status !== 'repealed' ? [] : [i]));
  shards.set(DOC_MAP_KEY, docMap(docs, units.map((u) => u.docIndex), { levels, regions, areas }, superseded, weights));
  shards.set(NAMES_KEY, {
    names: docs.map((d) => documentNames(d.title, d.shortTitle)),
    dates: documents.map((d) => d.versionDate),
  } satisfies NamesShard);
  const perDoc = Math.max(1, input.documentsPerShard ?? DOCUMENTS_PER_SHARD);
  for (let from = 0, k = 0; from < docs.length || k === 0; from += perDoc, k++) shards.set(documentShardKey(k), { from, documents: docs.slice(from, from + perDoc) } satisfies DocumentShard);
  const perText = Math.max(1, input.unitsPerTextShard ?? UNITS_PER_TEXT_SHARD);
  for (let from = 0; from < units.length || from === 0; from += perText) {
    const run = units.slice(from, from + perText);
    const used = distinct(run.map((u) => u.docIndex)).filter((d) => d >= 0);
    shards.set(textShardKey(from, perText), {
      from,
      units: run.map((u) => [u.docIndex, u.path, u.clauses]),
      docs: used.map((d) => [d, docs[d]]),
    } satisfies TextShard);
  }

  const words = input.words ?? buildVocabulary(clauses, input.cut, input.terms ?? []);
  const vocabBuckets = Math.max(1, Math.ceil(words.length / WORDS_PER_VOCAB_SHARD));
  for (let b = 0; b < vocabBuckets; b++) shards.set(vocabShardKey(b), { words: [] } satisfies VocabShard);
  for (const w of words) (shards.get(vocabShardKey(bucketOf(w[0], vocabBuckets))) as VocabShard).words.push(w);
  for (let b = 0; b < vocabBuckets; b++) shards.set(soundShardKey(b), { words: [] } satisfies VocabShard);
  // Only a Chinese character has a reading to look it up by (READINGS_KEY).
  for (const w of words) if (HAN.test(w[0])) (shards.get(soundShardKey(soundBucketOf(readingOf(w[0]), w[1], vocabBuckets))) as VocabShard).words.push(w);

  const version = contentHash(shards.values());
  const manifest: SearchManifest = {
    format: SEARCH_FORMAT,
    version,
    unitCount: units.length,
    clauseCount: clauses.length,
    documents: { count: docs.length, perShard: perDoc },
    texts: { perShard: perText },
    forward: { shards: forward.shards },
    backward: { shards: backward.length },
    hotShards: HOT_SHARDS,
    hot: { buckets: hotBuckets(forward.hot), count: forward.hot, top: HOT_TOP },
    vocab: { buckets: vocabBuckets, soundBuckets: vocabBuckets, size: words.length, maxLength: words.reduce((m, w) => Math.max(m, w.length), 0) },
    levels,
    regions,
    areas,
    avgLength,
    synonyms: foldGroups(input.synonyms ?? []),
  };
  return { manifest, shards: new Map([[MANIFEST_KEY, manifest], ...shards]) };
}

/** The forward keys' shards, then the hot records read from the same keys; returns the counts of each. */
function putForward(shards: Map<string, unknown>, folded: string[], classOf: (u: number) => number, ctx: HotContext, maxPositions: number, shardChars: number) {
  const groups = gramGroups(folded, maxPositions, MAX_KEY_LENGTH);
  const first = putGramShards(shards, 'forward', groups, classOf, shardChars);
  const hot = hotStrings(first, HOT_SHARDS);
  const buckets = hotBuckets(hot.length);
  for (const str of hot) {
    const key = hotShardKey(bucketOf(str, buckets));
    if (!shards.has(key)) shards.set(key, { r: {} } satisfies HotShard);
    (shards.get(key) as HotShard).r[str] = hotRecord(str, groups, classOf, ctx);
  }
  return { shards: first.length, hot: hot.length };
}

/**
 * Sorted groups → shards of about `chars` characters and the paged table of
 * their first keys, which it returns. `position` maps a stored position (the
 * backward index stores ends).
 */
function putGramShards(shards: Map<string, unknown>, dir: Direction, groups: GramGroup[], classOf: (u: number) => number, chars: number, position: (unit: number, p: number) => number = (_, p) => p): string[] {
  const first: string[] = [];
  let current: GramShard = { k: [], p: [] };
  let size = 0;
  const flush = () => {
    shards.set(gramShardKey(dir, first.length), current);
    first.push(current.k[0] ?? '');
    current = { k: [], p: [] };
    size = 0;
  };
  for (const g of groups) {
    const p = encodePostings(g.at, classOf, position);
    if (size > 0 && size + p.length > chars) flush();
    current.k.push(g.key);
    current.p.push(p);
    size += g.key.length + p.length;
  }
  if (size > 0 || first.length === 0) flush();
  const pages: string[] = [];
  for (let p = 0; p * TOC_PAGE < first.length; p++) {
    pages.push(first[p * TOC_PAGE]);
    shards.set(tocPageKey(dir, p), { first: first.slice(p * TOC_PAGE, (p + 1) * TOC_PAGE) } satisfies TocPage);
  }
  shards.set(tocTopKey(dir), { pages, perPage: TOC_PAGE, shards: first.length } satisfies TocTop);
  return first;
}

/**
 * The strings whose keys start `minShards` or more gram shards, by the table
 * of first keys alone, exactly as the query side decides (gram-lookup.ts).
 */
export function hotStrings(first: string[], minShards: number): string[] {
  const count = new Map<string, number>();
  for (let t = 1; t < first.length; t++) {
    const key = first[t];
    for (let n = 1; n <= key.length && key[n - 1] !== END; n++) count.set(key.slice(0, n), (count.get(key.slice(0, n)) ?? 0) + 1);
  }
  return [...count].filter(([, n]) => n >= minShards).map(([s]) => s).sort();
}

/** Flags a (count, class) pair whose provisions open with a bare 第N条. */
const OPENS = 2 ** 30;

/** Every provision holding `s`, and the best-ranked of them as the engine would rank the phrase. */
function hotRecord(s: string, groups: GramGroup[], classOf: (u: number) => number, ctx: HotContext): HotRecord {
  // Every occurrence as one sortable number: provision · 2²⁴ + position.
  let n = 0;
  const lo = lowerBound(groups, s);
  let hi = lo;
  for (; hi < groups.length && groups[hi].key.startsWith(s); hi++) n += groups[hi].at.length / 2;
  const occ = new Float64Array(n);
  for (let i = lo, k = 0; i < hi; i++) for (let j = 0, a = groups[i].at; j < a.length; j += 2) occ[k++] = a[j] * POSITION_SPAN + a[j + 1];
  occ.sort();
  const units: number[] = [];
  const tfs: number[] = [];
  // A bare 第N条 ranks the provisions that open with it first, as the engine does where it has positions.
  const article = parseCitationQuery(s)?.name === '';
  const opens = new Set<number>();
  for (let k = 0, last = -Infinity; k < n; k++) {
    const u = Math.floor(occ[k] / POSITION_SPAN);
    const p = occ[k] % POSITION_SPAN;
    if (article && p === 0) opens.add(u);
    if (u !== units[units.length - 1]) {
      units.push(u);
      tfs.push(1);
      last = p;
    } else if (p >= last + s.length) {
      tfs[tfs.length - 1]++;
      last = p;
    }
  }
  // The score depends on the count, the class and the document's weight only: score each such key once, then take provisions from the best keys down.
  const byPair = new Map<number, number[]>();
  units.forEach((u, k) => {
    const pair = ((opens.has(u) ? OPENS : 0) + tfs[k] * 1024 + classOf(u)) * WEIGHT_STEPS + ctx.authority(u);
    const list = byPair.get(pair);
    if (list) list.push(u);
    else byPair.set(pair, [u]);
  });
  const score = (key: number) => {
    const pair = Math.floor(key / WEIGHT_STEPS);
    const cls = pair % 1024;
    const tf = Math.floor((pair % OPENS) / 1024);
    const r = rankScore({ match: 'phrase', tfs: [tf], dfs: [units.length], hintTfs: [], hintDfs: [], unitCount: ctx.unitCount, length: classLength(cls), avgLength: ctx.avgLength, kind: classKind(cls), proximity: 1, authority: (key % WEIGHT_STEPS) / 100 });
    return Math.round((r + (pair >= OPENS ? TIER_BASE.phrase : 0)) * 1e4);
  };
  const ranked = [...byPair].map(([pair, list]) => ({ score: score(pair), list })).sort((a, b) => b.score - a.score || a.list[0] - b.list[0]);
  const top: { u: number; score: number }[] = [];
  for (let i = 0; i < ranked.length && top.length < HOT_TOP; i++) {
    // Provisions of equal score are ranked by number, as the engine breaks ties.
    let j = i;
    while (j + 1 < ranked.length && ranked[j + 1].score === ranked[i].score) j++;
    const tied = ranked.slice(i, j + 1).flatMap((r) => r.list).sort((a, b) => a - b);
    for (const u of tied.slice(0, HOT_TOP - top.length)) top.push({ u, score: ranked[i].score });
    i = j;
  }
  return { n: units.length, u: encodeIds(units), t: encodeNumbers(top.map((x) => x.u)), s: encodeNumbers(top.map((x) => x.score)) };
}

function lowerBound(groups: GramGroup[], s: string): number {
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (groups[mid].key < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function docMap(docs: SearchDocument[], unitDocs: number[], lists: { levels: string[]; regions: string[]; areas: string[] }, superseded: number[], authority: number[]): DocMapShard {
  const start = docs.map(() => -1);
  unitDocs.forEach((d, u) => d >= 0 && start[d] < 0 && (start[d] = u));
  // A document without provisions starts where the next one does.
  let next = unitDocs.length;
  for (let d = docs.length - 1; d >= 0; d--) {
    if (start[d] < 0) start[d] = next;
    next = start[d];
  }
  const code = (list: string[], v: string | null) => (v === null ? 0 : list.indexOf(v) + 1);
  return {
    start: encodeIds(start),
    level: encodeNumbers(docs.map((d) => code(lists.levels, d.level))),
    region: encodeNumbers(docs.map((d) => code(lists.regions, d.region))),
    area: encodeNumbers(docs.map((d) => code(lists.areas, d.area))),
    authority: encodeNumbers(authority.map((w) => Math.round(w * 100))),
    superseded: encodeIds(superseded),
  };
}

/** A provision's document weight (authorityWeight) is stored in hundredths: this many steps hold it. */
const WEIGHT_STEPS = 128;
type HotContext = { unitCount: number; avgLength: number; authority: (unit: number) => number };

/** Four buckets per record: most records then have a file of their own. */
const hotBuckets = (count: number) => Math.max(1, 4 * count);

const distinct = <T>(xs: (T | null)[]): T[] => [...new Set(xs.filter((x): x is T => x !== null))];

/** GB 2312's 6,763 characters: rows 0xB0–0xF7 of its two-byte codes, decoded. */
const GB2312_CHARS: string[] = (() => {
  const bytes: number[] = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) bytes.push(hi, lo);
  return [...iconv.decode(Buffer.from(bytes), 'gb2312')].filter((ch) => HAN.test(ch));
})();

/**
 * The toneless pinyin (most common reading) of each Chinese character the
 * texts hold and of every character of GB 2312, the set input methods type
 * from, so a mistyped character no text holds can still be read aloud.
 */
function characterReadings(texts: string[]): ReadingsShard {
  const chars = new Set<string>(GB2312_CHARS);
  for (const t of texts) for (const ch of t) if (HAN.test(ch)) chars.add(ch);
  const out: ReadingsShard = {};
  for (const ch of [...chars].sort()) {
    const r = readingOf(ch);
    out[r] = (out[r] ?? '') + ch;
  }
  return out;
}

/** A character's toneless pinyin, its most common reading: what the engine reads a character as (READINGS_KEY). */
function readingOf(ch: string): string {
  return pinyin(ch, { toneType: 'none', v: true });
}

/** Groups folded, repeats dropped; a group that folds to one wording says nothing. */
function foldGroups(groups: string[][]): string[][] {
  return groups.map((g) => [...new Set(g.map(fold).filter(Boolean))]).filter((g) => g.length > 1);
}

/** A short stable hash of the shards' contents (two FNV-1a passes), for cache-safe file names. */
function contentHash(parts: Iterable<unknown>): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const part of parts) {
    const s = JSON.stringify(part);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
