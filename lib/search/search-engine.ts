/**
 * The query side of search, shared by `kb search` and the browser: both
 * hand it a loader for the same index files and call `search`. Shards are
 * loaded on first need and kept.
 *
 * A hit is a provision (search-units.ts). It is ranked from the postings
 * alone; texts are read for the page shown only, and the hit points to the
 * smallest clause that holds its matches.
 */
import { assignTiers, requiredWords } from './assign-tiers';
import { DocMap } from './doc-map';
import { DocumentTable } from './document-table';
import { firstInOrder } from './first-in-order';
import { countFacets, passesFilters, type Facets, type SearchFilters } from './facets';
import { bucketOf, DOC_MAP_KEY, MANIFEST_KEY, NAMES_KEY, READINGS_KEY, SEARCH_FORMAT, soundBucketOf, soundShardKey, vocabShardKey, type DocMapShard, type NamesShard, type ReadingsShard, type SearchDocument, type SearchManifest, type ShardLoader, type VocabShard } from './index-format';
import { articleOf, articleOrder, citedClause, findDocuments as documentsNamed, parseCitationQuery, type CitationQuery } from './citation-query';
import { matchSpans, occurrences, shortestCoverAt } from './match-spans';
import { mergeHits } from './merge-hits';
import { appliesIn, documentsByPlace } from './region-words';
import { joinUnknownRuns, needsLexicon, parseQuery, queryWords, type ParsedQuery } from './parse-query';
import { SAME_SYLLABLE, suspectCharacters, typoSpots } from './suggest';
import { keyedWithinTier, rankScore, TIER_BASE, type MatchKind } from './rank';
import { createLexicon, segmentWords, type Lexicon } from './segment-words';
import { buildSnippet, type Snippet } from './snippet';
import { STOP_WORDS } from './stop-words';
import { TermMatcher, type TermHits } from './term-matcher';
import { classKind, classLength } from './unit-class';
import { UnitStore, type StoredUnit } from './unit-store';

export type { MatchKind, Facets, SearchFilters, Snippet };

export type SearchOptions = {
  limit?: number;
  offset?: number;
  filters?: SearchFilters;
  snippetLength?: number;
  /** Called once the hits are ranked and counted, before the texts of the page shown are read. */
  onRanked?: (ranked: { total: number; counts: Record<MatchKind, number> }) => void;
  /** The query as typed, never read as a typo (仍然检索 after a correction). */
  exact?: boolean;
};

export type SearchHit = {
  /** The provision's number in the index. */
  index: number;
  /** The provision's own clause (an article, say), which identifies the hit. */
  unitId: string;
  /** The smallest clause holding the matches: where the hit links to. */
  clauseId: string;
  documentId: string;
  documentTitle: string;
  /** The hit's document as the index records it (title, level, region, version, status). */
  document: SearchDocument | null;
  /** That clause's one name (lib/clause: 第二十四条第二款, 三、（二）1.（4）), and the headings above its provision. */
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
  /** Of those, the ones too common to be required (assign-tiers.ts): they only add to the score. */
  common: string[];
  /** Where the question asks for a list (哪些情形), the openings of it (下列情形) that results hold: those come first in their tier, after the place rule (placesFirst). */
  listsFirst: string[];
  /** The places the query names (山东) where some results are rules for elsewhere: those come after the rest of their tier. */
  placesFirst: string[];
  total: number;
  counts: Record<MatchKind, number>;
  hits: SearchHit[];
  /** Counts before the filters are applied (of the versions searched), so the filters can show what they would keep. */
  facets: Facets;
  /** A query that finds little, with a word no text holds read as a typo (约淡 → 约谈): 您是不是要找. Null after a correction (correctedFrom). */
  suggestion: string | null;
  /**
   * The query as typed, where no provision of any version holds it (every
   * word, for words typed apart) and some hold its typo reading as written:
   * the result is then that reading's (以下是“约谈”的结果, with no suggestion
   * of its own), and this is what 仍然检索 searches.
   */
  correctedFrom: string | null;
  /** Synonyms of the query or its words that found provisions (含同义词：挂账督办). */
  synonyms: string[];
  /** The provision a query like 信访条例第十四条 cites, in the version in force; null for other queries or when no document has that name and provision. */
  cited: CitedProvision | null;
};

/** `current`: the document is its work's current version (the one in force, else the newest held). */
export type CitedProvision = { documentId: string; documentTitle: string; versionDate: string | null; current: boolean; clauseId: string; label: string; text: string };

/** A document the query names by title or short name (document-finder.ts). */
export type FoundDocument = { documentId: string; title: string; versionDate: string | null; current: boolean };

export type SearchEngine = {
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** The documents a query names, best first: a separate call, so the finder's data is read only when a caller shows documents. */
  findDocuments(query: string, limit?: number): Promise<FoundDocument[]>;
  manifest(): Promise<SearchManifest>;
};

/**
 * A query typed as one string is first a phrase. Only when it is found in
 * fewer provisions than this (a page of results) are its words also matched
 * scattered: a question in natural language rarely appears verbatim, but a
 * phrase that does appear is what was meant.
 */
const RELAX_BELOW = 20;

type Parts = {
  m: SearchManifest;
  matcher: TermMatcher;
  docMap: DocMap;
  units: UnitStore;
  docs: DocumentTable;
  names: () => Promise<NamesShard>;
  readings: () => Promise<Map<string, string>>;
  synonyms: Map<string, string[]>;
  /** Place name → the documents of regions it names (region-words.ts), worked out on first use. */
  placeDocs: () => Map<string, number[]>;
};

/** Fewer results with the whole query or all its words than this, and a word no text holds is checked for a typo. */
const SUGGEST_BELOW = 5;

/** Stretches of a query checked for a typo, at most: each costs a lookup. */
const MAX_SPOTS = 8;
/** Sound shards read per term for typos in a first character (soundAlikes). */
const MAX_SOUND_LOOKUPS = 8;
/** A typed stretch held by more provisions than this is no typo; one held by fewer is, beside a word held this many times as often. */
const MAX_TYPED = 3;
const TYPED_RATIO = 20;

/** Provisions read at a time while looking for a cited article, and how many jumps the look may take. */
const CITE_BATCH = 8;
const CITE_JUMPS = 12;

/** A promise made on first use and kept, but forgotten if it fails, so a failed download is tried again. */
function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => {
    p ??= make();
    p.catch(() => (p = null));
    return p;
  };
}
type Scored = { unit: number; match: MatchKind; score: number };

export function createSearchEngine(loader: ShardLoader): SearchEngine {
  let parts: Promise<Parts> | null = null;
  const open = () => {
    parts ??= (async () => {
      const m = (await loader.loadShard(MANIFEST_KEY)) as SearchManifest;
      if (m.format !== SEARCH_FORMAT) throw new Error(`search index format ${m.format}, expected ${SEARCH_FORMAT}: rebuild with kb build`);
      const docs = new DocumentTable(m, loader);
      const matcher = new TermMatcher(m, loader);
      // Everything every query needs, fetched together rather than one after another.
      const [docMap] = await Promise.all([loader.loadShard(DOC_MAP_KEY).then((d) => new DocMap(m, d as DocMapShard)), docs.ensureSmall(), matcher.open()]);
      const loadNames = lazy(() => loader.loadShard(NAMES_KEY) as Promise<NamesShard>);
      const loadReadings = lazy(() =>
        (loader.loadShard(READINGS_KEY) as Promise<ReadingsShard>).then((r) => new Map(Object.entries(r).flatMap(([reading, chars]) => [...chars].map((ch) => [ch, reading] as [string, string])))),
      );
      const synonyms = new Map(m.synonyms.flatMap((g) => g.map((w) => [w, g.filter((x) => x !== w)] as [string, string[]])));
      let places: Map<string, number[]> | null = null;
      const placeDocs = () => (places ??= documentsByPlace(docMap));
      return { m, docMap, docs, matcher, units: new UnitStore(m, loader, (i, d) => docs.add(i, d)), names: loadNames, readings: loadReadings, synonyms, placeDocs };
    })();
    parts.catch(() => (parts = null));
    return parts;
  };

  /** Vocabulary and sound shards by key, each read once (a failed read is tried again). */
  const wordShards = new Map<string, () => Promise<VocabShard>>();
  async function wordsIn(keys: Iterable<string>): Promise<string[]> {
    const list = [...new Set(keys)];
    for (const k of list) if (!wordShards.has(k)) wordShards.set(k, lazy(() => loader.loadShard(k) as Promise<VocabShard>));
    return (await Promise.all(list.map((k) => wordShards.get(k)!()))).flatMap((s) => s.words);
  }

  /** The words that can start inside the query: the vocabulary shards of its characters. */
  function vocabularyFor(m: SearchManifest, text: string): Promise<string[]> {
    return wordsIn([...text].map((ch) => vocabShardKey(bucketOf(ch, m.vocab.buckets))));
  }

  /**
   * The words that may stand where a suspect character of `term` starts a
   * word typed wrong: those read as it begins and going on as it goes on
   * (soundShardKey), which the vocabulary of the query's own characters
   * lacks. A shard is a request: at most MAX_SOUND_LOOKUPS per term.
   */
  function soundAlikes(m: SearchManifest, term: string, suspect: readonly boolean[], reading: Map<string, string>): Promise<string[]> {
    if (!(m.vocab.soundBuckets >= 1)) return Promise.resolve([]);
    const keys: string[] = [];
    for (let at = 0; at + 1 < term.length && keys.length < MAX_SOUND_LOOKUPS; at++) {
      const r = suspect[at] ? reading.get(term[at]) : undefined;
      if (r) keys.push(soundShardKey(soundBucketOf(r, term[at + 1], m.vocab.soundBuckets)));
    }
    // Only an aid: without them, the typos in later characters are still found.
    return wordsIn(keys).catch(() => []);
  }

  /** The words a query is cut into: the texts' vocabulary, the question words, and every wording of the synonym table (离婚冷静期 is one word to look up, not 离婚 / 冷静期). */
  async function lexiconFor(p: Parts, text: string): Promise<Lexicon> {
    return createLexicon([...(await vocabularyFor(p.m, text)), ...STOP_WORDS, ...[...p.synonyms.keys()].filter((w) => text.includes(w))]);
  }

  /**
   * The query with each stretch no text holds replaced by the likeliest word
   * it mistypes (typoSpots), or null. Of the words equally close in sound,
   * the one most provisions hold beside the characters typed around it,
   * then one that keeps the first character typed, then the one most
   * provisions hold. `homophones`: every replaced character has
   * the same toneless reading (its most common one) as the one typed, as an
   * input method's slip has; `unheld`: no provision holds any replaced
   * stretch as typed; `words`: the words put in; `slips`: how many stretches were replaced in each term.
   */
  async function suggestFor(p: Parts, q: ParsedQuery): Promise<{ query: string; homophones: boolean; unheld: boolean; words: string[]; slips: number[] } | null> {
    const vocabulary = await vocabularyFor(p.m, q.phrase);
    const known = new Set(vocabulary);
    const lexicon = createLexicon([...vocabulary, ...STOP_WORDS]);
    const reading = await p.readings();
    const held = async (s: string) => (await p.matcher.find(s)).units.length;
    let changed = false;
    let homophones = true;
    let unheld = true;
    const fixed: string[] = [];
    const words: string[] = [];
    const slips: number[] = [];
    for (const term of q.explicit ? q.terms : [q.phrase]) {
      const suspect = suspectCharacters(joinUnknownRuns(segmentWords(term, lexicon), lexicon), (w) => known.has(w), STOP_WORDS);
      const alike = await soundAlikes(p.m, term, suspect, reading);
      const spots = typoSpots(term, vocabulary, (w) => known.has(w), (ch) => reading.get(ch), STOP_WORDS, suspect, alike).slice(0, MAX_SPOTS);
      const taken: { at: number; length: number; word: string }[] = [];
      for (const spot of spots) {
        if (taken.some((t) => spot.at < t.at + t.length && t.at < spot.at + spot.length)) continue;
        const typed = await held(term.slice(spot.at, spot.at + spot.length));
        if (typed > MAX_TYPED) continue;
        // Words of one sound (复核, 复合, 符合 are all fuhe) are told apart by the characters typed around
        // them: 申请复核 is held where 申请符合 is not.
        const before = term[spot.at - 1] ?? '';
        const after = term[spot.at + spot.length] ?? '';
        const found = await Promise.all(
          spot.words.slice(0, SUGGEST_BELOW).map(async (word) => {
            const n = await held(word);
            const beside = n === 0 ? 0 : (before ? await held(before + word) : 0) + (after ? await held(word + after) : 0);
            return { word, n, beside };
          }),
        );
        // With nothing around to tell, the first character as typed is evidence too.
        const keeps = (w: string) => (w[0] === term[spot.at] ? 1 : 0);
        const best = found.filter((f) => f.n > 0).sort((a, b) => b.beside - a.beside || keeps(b.word) - keeps(a.word) || b.n - a.n)[0];
        // A stretch a text or two holds (a slip in a source, 约淡) is still a typo beside a word many hold.
        if (best && best.n >= TYPED_RATIO * typed) {
          taken.push({ at: spot.at, length: spot.length, word: best.word });
          homophones &&= spot.closeness === SAME_SYLLABLE;
          unheld &&= typed === 0;
        }
      }
      let out = term;
      for (const t of taken.sort((a, b) => b.at - a.at)) out = out.slice(0, t.at) + t.word + out.slice(t.at + t.length);
      changed ||= taken.length > 0;
      fixed.push(out);
      words.push(...taken.map((t) => t.word));
      slips.push(taken.length);
    }
    return changed ? { query: fixed.join(' '), homophones, unheld, words, slips } : null;
  }

  /**
   * Whether a guess is worth offering, or putting in the user's place: one slip per term typed. A
   * colloquial question read as three slips (老赖还能坐飞机住星级酒店 → 老宅…主星级酒店) is no reading of it.
   */
  function plausible(fix: { slips: number[] }): boolean {
    return fix.slips.every((n) => n <= 1);
  }

  /** Whether each word a correction put in is a word of the corrected query as it is cut (缓刑 of 缓刑 / 的, not 人及 of 无人 / 及). */
  async function putInWhole(p: Parts, fix: { query: string; words: string[] }): Promise<boolean> {
    const segments = segmentWords(fix.query, await lexiconFor(p, fix.query));
    return fix.words.every((w) => segments.includes(w));
  }

  /** What a one-string query leaves beside its words (queryWords' hints): single characters, and the kinds and meanings a question asks about. */
  async function hintsOf(p: Parts, query: string): Promise<string[]> {
    const q = parseQuery(query);
    return queryWords(q, needsLexicon(q) ? await lexiconFor(p, q.phrase) : null).hints;
  }

  async function search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    const p = await open();
    const { m, matcher, docMap } = p;
    const q = parseQuery(query);
    if (!q.phrase) return emptyResult(q);
    const citation = parseCitationQuery(q.phrase);
    // A lookup beside the results: if it fails, the results stand without it.
    const citedPromise = citation?.name ? findCited(p, citation).catch(() => null) : Promise.resolve(null);
    const phrase = await matcher.find(q.phrase);
    // Words scattered are looked for when the user typed several, or when the phrase alone finds few provisions.
    const relax = q.explicit || phrase.units.length < RELAX_BELOW;
    const { words, hints, answers } = relax ? queryWords(q, needsLexicon(q) ? await lexiconFor(p, q.phrase) : null) : { words: [], hints: [], answers: [] };
    // A word with synonyms is found in any of its wordings; a whole query with synonyms finds
    // theirs as one more tier below the phrase (all words), the phrase tier staying exact.
    const matched = !words.length && p.synonyms.has(q.phrase) ? [q.phrase] : words;
    // The list the question asks for, as a statute opens it (下列情形): common, so read from hot records too.
    // Only an aid to ranking: if the lookup fails, the results stand without it.
    const answersFound = Promise.all(answers.map((a) => matcher.find(a))).catch((): TermHits[] => []);
    const wordings = await Promise.all(matched.map((w) => Promise.all([w, ...(p.synonyms.get(w) ?? [])].map((t) => matcher.find(t)))));
    const synonyms = wordings.flatMap((list) => list.slice(1).filter((h) => h.units.length).map((h) => h.term));
    // A place's name is held by every provision of its regulations, printed or not.
    const wordHits = wordings.map((list, k) => mergeHits([...list, ...placeHits(p, matched[k])]));
    // A single character of a long query only adds to the score: not worth a hot record.
    const hintHits = await Promise.all(hints.map(async (h) => ((await matcher.isHot(h)) ? null : matcher.find(h))));
    const answerHits = await answersFound;
    const answering = new Set(answerHits.flatMap((h) => h.units));
    // Each word's provisions as a set, built once: tiers and ranking both look them up.
    const wordSets = wordHits.map((w) => new Set(w.units));
    const required = matched.length ? requiredWords(q, wordHits.map((w) => w.units), m.unitCount) : [];
    const filterDoc = options.filters?.documentId ? await p.docs.find(options.filters.documentId) : null;
    const passes = (unit: number) => passesFilters(docMap.docOf(unit), docMap, options.filters, filterDoc);
    const tiers = assignTiers(q, matched, phrase.units, wordHits.map((w) => w.units), wordSets, required, passes);
    const common = matched.filter((_, k) => !required.includes(k));
    // A place the query names (山东物业公司…): rules that apply elsewhere only come after those that apply there.
    const places = matched.filter((w) => p.placeDocs().has(w));
    const applies = places.length ? appliesIn(places, p.placeDocs(), (d) => docMap.regionOf(d)) : null;
    const firsts = [...(applies ? [(u: number) => applies(docMap.docOf(u))] : []), ...(answering.size ? [(u: number) => answering.has(u)] : [])];
    const rank = ranker(m, phrase, wordHits, wordSets, hintHits.filter((h): h is TermHits => h !== null), citation !== null && !citation.name, (u) => docMap.authorityOf(docMap.docOf(u)), firsts);
    const counts: Record<MatchKind, number> = { phrase: 0, all: 0, some: 0 };
    const scored: Scored[] = [];
    const listedFirst = new Set<number>();
    // Said only where the order changed: rules for elsewhere beside rules that apply, within one tier it orders.
    const placeKinds = { all: new Set<boolean>(), some: new Set<boolean>() };
    for (const match of ['phrase', 'all', 'some'] as const) {
      for (const unit of tiers[match]) {
        if (!passes(unit)) continue;
        counts[match]++;
        scored.push({ unit, match, score: rank(unit, match) });
        if (match !== 'phrase' && answering.has(unit)) listedFirst.add(unit);
        if (match !== 'phrase' && applies) placeKinds[match].add(applies(docMap.docOf(unit)));
      }
    }
    const cited = await citedPromise;
    // A question rarely appears verbatim, so one the phrase does not find is checked for a typo too.
    const typoFix = (counts.phrase + counts.all < SUGGEST_BELOW || (counts.phrase === 0 && !q.explicit)) && !cited ? await suggestFor(p, q).catch(() => null) : null;
    // A reading not worth offering is not put in the user's place either.
    const reading = typoFix && plausible(typoFix) ? typoFix : null;
    const suggestion = reading?.query ?? null;
    // Where no provision of any version holds the query as typed (every word, for words typed apart) and
    // some hold its reading as written, the reading's results come first, as search engines do, and the
    // query as typed is one click away. Decided before the page is read, so the first pass costs no texts.
    // A question is rarely held as written. Where no provision holds its words together as typed (or
    // none holds the mistyped stretch at all, and the word put in stays a word of the reading: 缓型的 is
    // cut 缓 / 型的, leaving 型的 to be held; 无人机 read as 无人 / 及 is no slip), it is corrected only
    // when the slip is an input method's (every replaced character read exactly as typed: 见正人 →
    // 见证人, not 年假 → 年检), some provisions hold the reading's words together, and the reading
    // leaves no stray characters the query had not (血流成河 read as 血流程河: 血 / 流程 / 河).
    // Anything less sure is a guess: a suggestion.
    const heldAsTyped = phrase.units.length > 0 || (q.explicit && tiers.all.length > 0);
    if (reading && !options.exact && !heldAsTyped) {
      const fixed = await search(reading.query, { ...options, exact: true });
      const wordsHeld = !q.explicit && reading.homophones && (tiers.all.length === 0 || (reading.unheld && (await putInWhole(p, reading)))) && fixed.counts.all > 0 && (await hintsOf(p, reading.query)).every((h) => hints.includes(h));
      if (fixed.counts.phrase + (q.explicit ? fixed.counts.all : 0) > 0 || wordsHeld) return { ...fixed, suggestion: null, correctedFrom: query };
    }
    const offset = options.offset ?? 0;
    const page = firstInOrder(scored, offset + (options.limit ?? 20), (a, b) => b.score - a.score || a.unit - b.unit).slice(offset);
    options.onRanked?.({ total: scored.length, counts });
    await p.units.ensure(page.map((s) => s.unit));
    const shown = page.map((s) => toHit(p, q, [...matched, ...synonyms], s, options.snippetLength));
    // Counted now, when the documents of the results shown are known by name.
    const facets = countFacets([tiers.phrase, tiers.all, tiers.some], docMap, (d) => p.docs.get(d)?.id ?? null, !!(options.filters?.allVersions || options.filters?.documentId));
    const listsFirst = answerHits.filter((h) => h.units.some((u) => listedFirst.has(u))).map((h) => h.term);
    return { query, phrase: q.phrase, words, common, listsFirst, placesFirst: placeKinds.all.size === 2 || placeKinds.some.size === 2 ? places : [], total: scored.length, counts, hits: shown, facets, synonyms, cited, suggestion, correctedFrom: null };
  }

  /** The provision a citation query names: its document by name (of several sharing the name, the first that has the article), then the article. */
  async function findCited(p: Parts, c: CitationQuery): Promise<CitedProvision | null> {
    const { names, dates } = await p.names();
    for (const doc of documentsNamed(c.name, names, (d) => p.docMap.isSuperseded(d))) {
      const unit = await articleUnit(p, doc, c);
      if (unit === null) continue;
      const u = p.units.get(unit);
      const at = citedClause(u.clauses.map((cl) => cl[3]), c)!;
      const [clauseId, , , label] = u.clauses[at];
      const [a, b] = u.spans[at];
      await p.docs.ensure(doc);
      const d = p.docs.get(doc);
      return { documentId: d?.id ?? '', documentTitle: d?.title ?? '', versionDate: dates[doc] ?? null, current: !p.docMap.isSuperseded(doc), clauseId, label, text: u.text.slice(u.map.start[a] ?? 0, u.map.end[b - 1] ?? u.text.length) };
    }
    return null;
  }

  /**
   * The provision of a document that holds the cited clause. Articles rise
   * through a document and each takes one provision or more, so article N
   * lies at least N − k provisions after one numbered k, and at least k − N
   * before it: each look jumps by the difference, reading a few provisions.
   */
  async function articleUnit(p: Parts, doc: number, c: CitationQuery): Promise<number | null> {
    const [from, end] = p.docMap.unitsOf(doc);
    const target = articleOrder(c);
    let at = Math.min(from + c.article - 1, end - 1);
    for (let jump = 0; jump < CITE_JUMPS && at >= from && at < end; jump++) {
      const batch = range(at, Math.min(end, at + CITE_BATCH));
      await p.units.ensure(batch);
      const numbered = batch.flatMap((i) => {
        const a = articleOf(p.units.get(i).clauses.map((cl) => cl[3]));
        return a ? [{ i, n: articleOrder(a) }] : [];
      });
      // The article may run over several provisions (a long one is split): any of them may hold the clause.
      for (const { i, n } of numbered) if (n === target && citedClause(p.units.get(i).clauses.map((cl) => cl[3]), c) !== null) return i;
      if (!numbered.length) {
        at = batch.at(-1)! + 1;
        continue;
      }
      const first = numbered[0];
      const last = numbered.at(-1)!;
      // At least one provision per article; an inserted article (之一) is at least one more.
      if (first.n > target) at = Math.max(from, first.i - Math.ceil(first.n - target));
      else if (last.n < target) at = last.i + Math.ceil(target - last.n);
      else return null;
      if (first.n > target && at === batch[0]) return null;
    }
    return null;
  }

  const finder = lazy(async () => {
    const p = await open();
    const [names, f] = await Promise.all([p.names(), import('./document-finder')]);
    return f.createDocumentFinder(names, (d) => p.docMap.isSuperseded(d));
  });
  async function findDocuments(query: string, limit = 5): Promise<FoundDocument[]> {
    const p = await open();
    const q = parseQuery(query);
    if ([...q.phrase].length < 2) return [];
    const [{ dates }, found] = await Promise.all([p.names(), finder().then((f) => f.find(q.phrase, limit))]);
    await Promise.all(found.map((d) => p.docs.ensure(d)));
    return found.map((d) => ({ documentId: p.docs.get(d)?.id ?? '', title: p.docs.get(d)?.title ?? '', versionDate: dates[d] ?? null, current: !p.docMap.isSuperseded(d) }));
  }

  return { search, findDocuments, manifest: async () => (await open()).m };
}

/** A word that names a place (region-words.ts): every provision of that place's regulations, as holding it once. */
function placeHits(p: Parts, word: string): TermHits[] {
  const docs = p.placeDocs().get(word);
  if (!docs) return [];
  const units: number[] = [];
  for (const d of docs) {
    const [from, end] = p.docMap.unitsOf(d);
    for (let u = from; u < end; u++) units.push(u);
  }
  return [{ term: word, units, positions: null, ranked: null }];
}

/**
 * A provision's score from the postings: each term's occurrences in it, its
 * class (length and kind), and how close the words sit. A hot term has no
 * positions: its best provisions carry the build's score for the phrase, the
 * rest count it as present once. `firsts`: what comes first within the
 * `all` and `some` tiers, each before the next (keyedWithinTier): rules
 * that apply in the place the query names, provisions that open the list a
 * question asks for; within each, by relevance as before. The phrase tier
 * is untouched.
 */
function ranker(m: SearchManifest, phrase: TermHits, words: TermHits[], sets: Set<number>[], hints: TermHits[], articleNumber: boolean, authorityOf: (unit: number) => number, firsts: ((unit: number) => boolean)[]) {
  const hotScore = new Map(phrase.ranked?.map((r) => [r.unit, r.score]) ?? []);
  const dfs = words.map((w) => w.units.length);
  const hintDfs = hints.map((h) => h.units.length);
  const score = (match: MatchKind, tfs: number[], termDfs: number[], hintTfs: number[], cls: number | null, proximity: number, authority: number) =>
    rankScore({
      match,
      tfs,
      dfs: termDfs,
      hintTfs,
      hintDfs: hintTfs.length ? hintDfs : [],
      unitCount: m.unitCount,
      length: cls === null ? m.avgLength : classLength(cls),
      avgLength: m.avgLength,
      kind: cls === null ? '' : classKind(cls),
      proximity,
      authority,
    });
  return (u: number, match: MatchKind): number => {
    const authority = authorityOf(u);
    if (match === 'phrase') {
      // A hot string's ranked head carries the build's score, the document's weight in it.
      if (!phrase.positions) return hotScore.get(u) ?? TIER_BASE.phrase;
      const at = phrase.positions.get(u)!;
      // A bare 第N条 asks for the articles so numbered: a provision that opens with it is one, ahead of those that only mention it.
      const opens = articleNumber && at.at.includes(0) ? TIER_BASE.phrase : 0;
      return opens + score('phrase', [at.at.length], [phrase.units.length], [], at.cls, 1, authority);
    }
    let cls: number | null = null;
    const placed: TermHits[] = [];
    const tfs = words.map((w, k) => {
      // A hot term has no positions: present once.
      if (!w.positions) return sets[k].has(u) ? 1 : 0;
      const at = w.positions.get(u);
      if (!at) return 0;
      cls ??= at.cls;
      placed.push(w);
      return at.at.length;
    });
    const hintTfs = hints.map((h) => {
      const at = h.positions!.get(u);
      if (at) cls ??= at.cls;
      return at?.at.length ?? 0;
    });
    const scored = score(match, tfs, dfs, hintTfs, cls, placed.length > 1 ? proximity(placed, u) : 0, authority);
    return firsts.length ? keyedWithinTier(match, scored, firsts.map((f) => f(u))) : scored;
  };
}

/** Total length of the words over the shortest stretch holding them all; 0 when fewer than two have positions. */
function proximity(placed: TermHits[], u: number): number {
  if (placed.length < 2) return 0;
  const cover = shortestCoverAt(
    placed.map((t) => t.positions!.get(u)!.at),
    placed.map((t) => t.term.length),
  );
  return Number.isFinite(cover) ? placed.map((t) => t.term).join('').length / cover : 0;
}

function toHit(p: Parts, q: ParsedQuery, words: string[], s: Scored, snippetLength?: number): SearchHit {
  const u = p.units.get(s.unit);
  const doc = p.docs.get(u.docIndex);
  const terms = s.match === 'phrase' ? [q.phrase] : words.filter((w) => u.folded.includes(w));
  const marks = matchSpans(u.folded, terms);
  const target = targetClause(u, terms);
  const [clauseId, , kind, label] = u.clauses[target];
  return {
    index: u.index,
    unitId: u.clauses[0][0],
    clauseId,
    documentId: doc?.id ?? '',
    documentTitle: doc?.title ?? '',
    document: doc ?? null,
    label,
    path: u.path,
    kind,
    score: s.score,
    match: s.match,
    snippet: buildSnippet(u.text, u.map, marks, snippetLength),
    terms,
  };
}

/**
 * The smallest clause that holds an occurrence of every term marked (the
 * last in document order on a tie: the deepest), so a hit on an article's
 * third item links to that item.
 */
function targetClause(u: StoredUnit, terms: string[]): number {
  const starts = terms.map((t) => occurrences(u.folded, t));
  let best = 0;
  u.spans.forEach(([a, b], k) => {
    const holds = starts.every((list, i) => list.some((p) => a <= p && p + terms[i].length <= b));
    if (holds && b - a <= u.spans[best][1] - u.spans[best][0]) best = k;
  });
  return best;
}

function emptyResult(q: ParsedQuery): SearchResult {
  return { query: q.raw, phrase: '', words: [], common: [], listsFirst: [], placesFirst: [], total: 0, counts: { phrase: 0, all: 0, some: 0 }, hits: [], facets: { level: [], region: [], area: [], document: [], superseded: 0 }, synonyms: [], cited: null, suggestion: null, correctedFrom: null };
}

const range = (a: number, b: number): number[] => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
