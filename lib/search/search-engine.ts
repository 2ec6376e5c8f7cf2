/**
 * The query side of search, shared by `kb search` and the browser: both
 * hand it a loader for the same index files and call `search`. Shards are
 * loaded on first need and kept.
 */
import { assignTiers } from './assign-tiers';
import { ClauseStore, type StoredClause } from './clause-store';
import { countFacets, passesFilters, type Facets, type SearchFilters } from './facets';
import { MANIFEST_KEY, SEARCH_FORMAT, type SearchManifest, type ShardLoader, type VocabShard } from './index-format';
import { matchSpans, occurrences, shortestCover } from './match-spans';
import { needsLexicon, parseQuery, queryWords, type ParsedQuery } from './parse-query';
import { rankScore, type MatchKind } from './rank';
import { createLexicon, type Lexicon } from './segment-words';
import { buildSnippet, type Snippet } from './snippet';
import { STOP_WORDS } from './stop-words';
import { TermMatcher } from './term-matcher';
import { gramTokens } from './grams';

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

type Scored = { clause: StoredClause; match: MatchKind; score: number };
type Context = { q: ParsedQuery; bigrams: string[]; words: string[]; hints: string[]; phraseSize: number; wordSizes: number[]; hintSizes: number[]; m: SearchManifest };

export function createSearchEngine(loader: ShardLoader): SearchEngine {
  let parts: Promise<{ m: SearchManifest; store: ClauseStore; matcher: TermMatcher }> | null = null;
  let lexicon: Promise<Lexicon> | null = null;
  const open = () => {
    parts ??= loader.loadShard(MANIFEST_KEY).then((data) => {
      const m = data as SearchManifest;
      if (m.format !== SEARCH_FORMAT) throw new Error(`search index format ${m.format}, expected ${SEARCH_FORMAT}: rebuild with kb build`);
      const store = new ClauseStore(m, loader);
      return { m, store, matcher: new TermMatcher(m, loader) };
    });
    parts.catch(() => (parts = null));
    return parts;
  };
  const loadLexicon = (m: SearchManifest) => {
    lexicon ??= loader.loadShard(m.vocab.key).then((v) => createLexicon([...(v as VocabShard).words, ...STOP_WORDS]));
    lexicon.catch(() => (lexicon = null));
    return lexicon;
  };

  async function search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    const { m, store, matcher } = await open();
    const q = parseQuery(query);
    if (!q.phrase) return emptyResult(q);
    const { words, hints } = queryWords(q, needsLexicon(q) ? await loadLexicon(m) : null);
    const [phraseSet, ...sets] = await Promise.all([q.phrase, ...words, ...hints].map((t) => matcher.clausesContaining(t)));
    const wordSets = sets.slice(0, words.length);
    const tiers = assignTiers(q, words, phraseSet, wordSets);
    await store.ensure(tiers.keys());
    const all = [...tiers.keys()].map((i) => store.get(i));
    const facets = countFacets(all.map((c) => c.docIndex), m.documents);
    const sizes = sets.map((s) => s.size);
    const ctx: Context = { q, bigrams: gramTokens(q.phrase, 'bi'), words, hints, phraseSize: phraseSet.size, wordSizes: sizes.slice(0, words.length), hintSizes: sizes.slice(words.length), m };
    const scored = all
      .filter((c) => passesFilters(m.documents[c.docIndex], options.filters))
      .map((clause) => score(ctx, clause, tiers.get(clause.index)!))
      .sort((a, b) => b.score - a.score || a.clause.docIndex - b.clause.docIndex || a.clause.index - b.clause.index);
    const counts: Record<MatchKind, number> = { phrase: 0, all: 0, some: 0 };
    for (const s of scored) counts[s.match]++;
    const offset = options.offset ?? 0;
    const page = scored.slice(offset, offset + (options.limit ?? 20));
    await store.ensureAncestors(page.map((s) => s.clause.index));
    const hits = page.map((s) => toHit(ctx, store, s, options.snippetLength));
    return { query, phrase: q.phrase, words, total: scored.length, counts, hits, facets };
  }

  return { search, manifest: async () => (await open()).m };
}

function score(ctx: Context, clause: StoredClause, match: MatchKind): Scored {
  const terms = match === 'phrase' ? [ctx.q.phrase] : ctx.words;
  const dfs = match === 'phrase' ? [ctx.phraseSize] : ctx.wordSizes;
  const found = terms.map((t) => occurrences(clause.folded, t));
  const ownMatch = found.some((at, k) => at.some((a) => !clause.childSpans.some(([f, t]) => a >= f && a + terms[k].length <= t)));
  const present = terms.filter((_, k) => found[k].length > 0);
  const cover = present.length > 1 ? shortestCover(clause.folded, present) : Infinity;
  const proximity = match === 'phrase' ? 1 : Number.isFinite(cover) ? present.join('').length / cover : 0;
  const hints = match === 'phrase' ? [] : ctx.hints;
  const value = rankScore({
    match,
    tfs: found.map((f) => f.length),
    dfs,
    hintTfs: hints.map((h) => occurrences(clause.folded, h).length),
    hintDfs: hints.length ? ctx.hintSizes : [],
    clauseCount: ctx.m.clauseCount,
    length: clause.folded.length,
    avgLength: ctx.m.avgLength,
    kind: clause.kind,
    ownMatch,
    proximity,
    overlap: match === 'phrase' ? 1 : ctx.bigrams.filter((b) => clause.folded.includes(b)).length / Math.max(1, ctx.bigrams.length),
  });
  return { clause, match, score: value };
}

function toHit(ctx: Context, store: ClauseStore, s: Scored, snippetLength?: number): SearchHit {
  const c = s.clause;
  const doc = ctx.m.documents[c.docIndex];
  const terms = s.match === 'phrase' ? [ctx.q.phrase] : ctx.words.filter((w) => c.folded.includes(w));
  const snippet = buildSnippet(c.text, store.foldMap(c.index), matchSpans(c.folded, terms), snippetLength);
  return { index: c.index, clauseId: c.id, documentId: doc.id, documentTitle: doc.title, label: c.label, path: store.path(c.index), kind: c.kind, score: s.score, match: s.match, snippet, terms };
}

function emptyResult(q: ParsedQuery): SearchResult {
  return { query: q.raw, phrase: '', words: [], total: 0, counts: { phrase: 0, all: 0, some: 0 }, hits: [], facets: { level: [], region: [], document: [] } };
}
