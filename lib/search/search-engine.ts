/**
 * The query side of search, shared by `kb search` and the browser: both
 * hand it a loader for the same index files and call `search`. Shards are
 * loaded on first need and kept.
 */
import { assignTiers } from './assign-tiers';
import { ClauseMetaStore, type ClauseMeta } from './clause-meta';
import { ClauseStore } from './clause-store';
import { DocumentTable } from './document-table';
import { countFacets, passesFilters, type Facets, type SearchFilters } from './facets';
import { MANIFEST_KEY, SEARCH_FORMAT, type SearchManifest, type ShardLoader, type VocabShard } from './index-format';
import { matchSpans } from './match-spans';
import { needsLexicon, parseQuery, queryWords, type ParsedQuery } from './parse-query';
import type { MatchKind } from './rank';
import { childCounts, scoreClause, type RankContext, type ScoredTerm } from './score-clause';
import { createLexicon, type Lexicon } from './segment-words';
import { buildSnippet, type Snippet } from './snippet';
import { STOP_WORDS } from './stop-words';
import { TermMatcher } from './term-matcher';

export type { MatchKind, Facets, SearchFilters, Snippet };

export type SearchOptions = { limit?: number; offset?: number; filters?: SearchFilters; snippetLength?: number };

export type SearchHit = {
  index: number;
  clauseId: string;
  documentId: string;
  documentTitle: string;
  /** The clause's label as shown (（四）, 第二十四条, 第二款), and its ancestors' labels. */
  label: string;
  path: string[];
  kind: string;
  score: number;
  match: MatchKind;
  snippet: Snippet;
  /** The folded strings marked in this hit, for highlighting on the target page. */
  terms: string[];
};

export type SearchResult = {
  query: string;
  /** The folded query, as matched. */
  phrase: string;
  /** The words matched scattered (empty when only the phrase counts). */
  words: string[];
  total: number;
  counts: Record<MatchKind, number>;
  hits: SearchHit[];
  /** Counts before the filters are applied, so the filters can show what they would keep. */
  facets: Facets;
};

export type SearchEngine = { search(query: string, options?: SearchOptions): Promise<SearchResult>; manifest(): Promise<SearchManifest> };

type Scored = { clause: ClauseMeta; match: MatchKind; score: number };
type Parts = { m: SearchManifest; store: ClauseStore; meta: ClauseMetaStore; docs: DocumentTable; matcher: TermMatcher };

export function createSearchEngine(loader: ShardLoader): SearchEngine {
  let parts: Promise<Parts> | null = null;
  let lexicon: Promise<Lexicon> | null = null;
  const open = () => {
    parts ??= loader.loadShard(MANIFEST_KEY).then((data) => {
      const m = data as SearchManifest;
      if (m.format !== SEARCH_FORMAT) throw new Error(`search index format ${m.format}, expected ${SEARCH_FORMAT}: rebuild with kb build`);
      return { m, store: new ClauseStore(m, loader), meta: new ClauseMetaStore(m, loader), docs: new DocumentTable(m, loader), matcher: new TermMatcher(m, loader) };
    });
    parts.catch(() => (parts = null));
    return parts;
  };
  const loadLexicon = (m: SearchManifest) => {
    lexicon ??= loader.loadShard(m.vocab.key).then((v) => createLexicon([...(v as VocabShard).words, ...STOP_WORDS]));
    lexicon.catch(() => (lexicon = null));
    return lexicon;
  };

  /**
   * Rank every hit from postings and the clause table, then read texts for
   * the page shown only: a query's download grows with its hits' clause
   * ranges, not with their texts.
   */
  async function search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    const parts = await open();
    const { m, meta, docs } = parts;
    const q = parseQuery(query);
    if (!q.phrase) return emptyResult(q);
    const { words, hints } = queryWords(q, needsLexicon(q) ? await loadLexicon(m) : null);
    const ctx = await rankContext(parts, q, words, hints);
    const tiers = assignTiers(q, words, keySet(ctx.phrase), ctx.words.map(keySet));
    const rows = await clauseRows(meta, [...tiers.keys()], [ctx.phrase, ...ctx.words]);
    await docs.ensure(new Set(rows.map((r) => r.docIndex)));
    const facets = countFacets(
      rows.map((r) => r.docIndex),
      (i) => docs.get(i),
    );
    const scored: Scored[] = rows
      .filter((r) => passesFilters(docs.get(r.docIndex), options.filters))
      .map((clause) => ({ clause, match: tiers.get(clause.index)!, score: scoreClause(ctx, clause, tiers.get(clause.index)!) }))
      .sort((a, b) => b.score - a.score || a.clause.docIndex - b.clause.docIndex || a.clause.index - b.clause.index);
    const counts: Record<MatchKind, number> = { phrase: 0, all: 0, some: 0 };
    for (const s of scored) counts[s.match]++;
    const offset = options.offset ?? 0;
    const page = scored.slice(offset, offset + (options.limit ?? 20));
    const shown = page.map((s) => s.clause.index);
    await Promise.all([parts.store.ensure(shown), parts.store.ensureAncestors(shown)]);
    const hits = page.map((s) => toHit(parts, q, words, s, options.snippetLength));
    return { query, phrase: q.phrase, words, total: scored.length, counts, hits, facets };
  }

  return { search, manifest: async () => (await open()).m };
}

async function rankContext({ m, matcher }: Parts, q: ParsedQuery, words: string[], hints: string[]): Promise<RankContext> {
  const terms = [q.phrase, ...words, ...hints];
  const found = await Promise.all(terms.map((t) => matcher.postings(t)));
  const scored: ScoredTerm[] = terms.map((term, k) => ({ term, postings: found[k] }));
  const phrase = scored[0];
  // The phrase's bigram lists, one per distinct bigram: which clauses share the query's wording.
  const byGram = new Map<string, Map<number, unknown>>();
  phrase.postings.grams.forEach((list, k) => byGram.set(q.phrase.slice(k, k + 2), list));
  return { phrase, words: scored.slice(1, 1 + words.length), hints: scored.slice(1 + words.length), bigrams: [...byGram.values()], clauseCount: m.clauseCount, avgLength: m.avgLength };
}

const keySet = (t: ScoredTerm) => new Set(t.postings.tf.keys());

/**
 * The hits' table rows. A single-character term has counts without
 * positions, so whether it lies in a clause's own text is told by its
 * children's counts: their rows are read too.
 */
async function clauseRows(meta: ClauseMetaStore, hits: number[], terms: ScoredTerm[]): Promise<ClauseMeta[]> {
  const chars = terms.filter((t) => !t.postings.starts);
  await meta.ensure(chars.length ? new Set([...hits, ...chars.flatMap((t) => [...t.postings.tf.keys()])]) : hits);
  for (const t of chars) t.inChildren ??= childCounts(t.postings.tf, (i) => meta.get(i).parentIndex);
  return hits.map((i) => meta.get(i));
}

function toHit(parts: Parts, q: ParsedQuery, words: string[], s: Scored, snippetLength?: number): SearchHit {
  const { store, docs } = parts;
  const c = store.get(s.clause.index);
  const doc = docs.get(s.clause.docIndex);
  const terms = s.match === 'phrase' ? [q.phrase] : words.filter((w) => c.folded.includes(w));
  const snippet = buildSnippet(c.text, store.foldMap(c.index), matchSpans(c.folded, terms), snippetLength);
  return { index: c.index, clauseId: c.id, documentId: doc.id, documentTitle: doc.title, label: c.label, path: store.path(c.index), kind: c.kind, score: s.score, match: s.match, snippet, terms };
}

function emptyResult(q: ParsedQuery): SearchResult {
  return { query: q.raw, phrase: '', words: [], total: 0, counts: { phrase: 0, all: 0, some: 0 }, hits: [], facets: { level: [], region: [], document: [] } };
}
