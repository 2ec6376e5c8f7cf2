/** Shared setup for the search tests: the real corpus, its index built in memory, and a plain scan to compare with. */
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { buildSearchIndex } from '../../lib/search/build-search-index';
import { fold } from '../../lib/search/fold';
import { MANIFEST_KEY, type ShardLoader } from '../../lib/search/index-format';
import { createSearchEngine, type SearchEngine, type SearchHit } from '../../lib/search/search-engine';
import { buildUnits, unitText } from '../../lib/search/search-units';
import { createSegmenter } from '../../lib/text/segmenter';
import type { Corpus } from '../../lib/corpus/export-contract';
import { readContent } from '../../scripts/lib/read-content';
import { contentConfig } from '../../scripts/lib/content-config';

let built: ReturnType<typeof buildCorpus> | null = null;

export function loadCorpus(): Corpus {
  built ??= buildCorpus(readContent());
  return built.corpus;
}

/** The content's synonym groups, as `kb build` hands them to the index. */
export function loadSynonyms(): string[][] {
  loadCorpus();
  return built!.synonyms;
}

export function legalTerms(): string[] {
  return contentConfig().terms();
}

/** A loader over shards held in memory, counting what it was asked for. */
export function memoryLoader(shards: Map<string, unknown>): ShardLoader & { requested: string[] } {
  const requested: string[] = [];
  return {
    requested,
    async loadShard(key: string) {
      requested.push(key);
      if (key !== MANIFEST_KEY && !shards.has(key)) throw new Error(`no shard ${key}`);
      // A copy, as a fetch would give: the engine must not rely on shared objects.
      return JSON.parse(JSON.stringify(shards.get(key)));
    },
  };
}

export async function buildEngine(options: { maxPositions?: number; shardChars?: number; unitsPerTextShard?: number; documentsPerShard?: number } = {}) {
  const c = loadCorpus();
  const terms = legalTerms();
  const index = await buildSearchIndex({ documents: c.documents, clauses: c.clauses, cut: createSegmenter(terms).cut, terms, synonyms: loadSynonyms(), ...options });
  const loader = memoryLoader(index.shards);
  return { engine: createSearchEngine(loader), loader, built: index };
}

export const ALL = 100_000;

/** Everything a query returns in every version (what a scan of all provisions finds), best first. */
export async function allHits(engine: SearchEngine, query: string): Promise<SearchHit[]> {
  return (await engine.search(query, { limit: ALL, filters: { allVersions: true } })).hits;
}

/** Global key of a hit: the provision's own clause (clause ids are unique within a document only). */
export const keyOf = (h: { documentId: string; unitId: string }) => `${h.documentId}#${h.unitId}`;

type Unit = { key: string; folded: string; clauses: string[] };
let units: Unit[] | null = null;

/** The corpus's provisions as search sees them (search-units.ts), with their folded texts. */
export function loadUnits(): Unit[] {
  const c = loadCorpus();
  units ??= buildUnits(c.documents, c.clauses).map((u) => {
    const doc = c.documents[u.docIndex].id;
    return { key: `${doc}#${u.clauses[0][0]}`, folded: unitText(u).folded, clauses: u.clauses.map((k) => `${doc}#${k[0]}`) };
  });
  return units;
}

/** The key of the provision that holds a clause. */
export function unitKeyOf(documentId: string, clauseId: string): string {
  const key = `${documentId}#${clauseId}`;
  const u = loadUnits().find((x) => x.clauses.includes(key));
  if (!u) throw new Error(`no provision holds ${key}`);
  return u.key;
}

/** A hit's folded provision text. */
export const foldedTextOf = (h: { documentId: string; unitId: string }) => loadUnits().find((u) => u.key === keyOf(h))!.folded;

/** The plain substring scan: provisions whose folded corrected text contains every needle (folded), or with `synonyms`, a wording of each. */
export function scan(needles: string[], synonyms = false): string[] {
  const folded = needles.map(fold);
  return loadUnits()
    .filter((u) => folded.every((n) => (synonyms ? wordingsOf(n) : [n]).some((w) => u.folded.includes(w))))
    .map((u) => u.key)
    .sort();
}

/** A folded word and its synonyms' folded wordings (content/synonyms.yaml and the glossary). */
export function wordingsOf(word: string): string[] {
  const group = loadSynonyms().map((g) => g.map(fold)).find((g) => g.includes(word));
  return group ?? [word];
}

/** Does a folded text hold the word in one of its wordings? */
export const holdsWording = (text: string, word: string) => wordingsOf(word).some((w) => text.includes(w));

export const sorted = (hits: SearchHit[]) => hits.map(keyOf).sort();
