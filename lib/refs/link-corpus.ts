/**
 * The whole corpus's cross-references: every document's citations, then
 * clause links — `implements` to a parent that is in the collection, or,
 * for a document whose parents are all missing, `similar` links to the
 * closest provisions in the few regulations most alike in wording (never
 * presented as a governing basis, and held to a stricter threshold).
 * Aligning such a document against every other one made the national
 * corpus's build quadratic; the alike ones are found from rare shared
 * wording without comparing pairs (similar-documents.ts).
 */
import type { CitationRecord, ClauseRecord, Corpus, DocumentRecord, LinkRecord } from '../corpus/export-contract';
import type { Segmenter } from './term-bag';
import type { LinkCacheOptions } from './link-cache';
import { createAligner } from './create-aligner';
import { extractCitations } from './extract-citations';
import { createDocumentResolver, type DocumentResolver } from './document-resolver';
import type { AlignInput } from './align-documents';
import { pushTo } from '../push-to';
import { articleRange } from '../clause/article-range';
import { documentShingles } from '../compare/document-shingles';
import { SIMILAR_DEFAULTS, similarDocuments, type SimilarDocument } from '../compare/similar-documents';

/** How many `similar` links one provision may carry, across all other documents. */
const MAX_SIMILAR = 2;
/** How many regulations most alike in wording a document without parents in the collection is aligned against. */
const SIMILAR_CANDIDATES = 5;

export type LinkOptions = { segmenter: Segmenter; resolver?: DocumentResolver; cache?: LinkCacheOptions };

export function linkCorpus(corpus: Pick<Corpus, 'documents' | 'clauses'>, options: LinkOptions): { citations: CitationRecord[]; links: LinkRecord[] } {
  const clausesOf = groupClauses(corpus.clauses);
  const resolver = options.resolver ?? createDocumentResolver(corpus.documents, (id) => articleRange(clausesOf(id)));
  const citations = corpus.documents.flatMap((d) => extractCitations(d, clausesOf(d.id), resolver, clausesOf));
  const citationsOf = new Map<string, CitationRecord[]>();
  for (const c of citations) pushTo(citationsOf, c.documentId, c);
  const input = (d: DocumentRecord): AlignInput => ({ document: d, clauses: clausesOf(d.id), citations: citationsOf.get(d.id) ?? [] });
  const byId = new Map(corpus.documents.map((d) => [d.id, d]));
  const aligner = createAligner((id) => input(byId.get(id)!), options.segmenter, options.cache);
  const align = (local: DocumentRecord, other: DocumentRecord, kind: LinkRecord['kind']) => aligner(local.id, other.id, kind, kind === 'implements');
  const links: LinkRecord[] = [];
  let alike: Map<string, SimilarDocument[]> | null = null;
  const alikeTo = (doc: DocumentRecord) => {
    alike ??= similarDocuments(
      corpus.documents.filter((d) => d.docType === 'regulation').map((d) => ({ id: d.id, terms: documentShingles(clausesOf(d.id)) })),
      { ...SIMILAR_DEFAULTS, k: SIMILAR_CANDIDATES },
    );
    return (alike.get(doc.id) ?? []).map((s) => byId.get(s.id)!);
  };
  for (const doc of corpus.documents) {
    if (!doc.parents.length) continue;
    const present = doc.parents.map((p) => (p.documentId ? byId.get(p.documentId) : undefined)).filter((p): p is DocumentRecord => Boolean(p));
    if (present.length) {
      for (const parent of present) links.push(...align(doc, parent, 'implements'));
    } else {
      const others = alikeTo(doc).filter((d) => d.id !== doc.id && d.docType === 'regulation');
      links.push(...closest(others.flatMap((o) => align(doc, o, 'similar'))));
    }
  }
  return { citations, links };
}

/** Closest provisions among `similar` links to several documents, best first, at most MAX_SIMILAR each. */
function closest(all: LinkRecord[]): LinkRecord[] {
  const byFrom = new Map<string, LinkRecord[]>();
  for (const l of all) pushTo(byFrom, l.from, l);
  return [...byFrom.values()].flatMap((ls) =>
    ls
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_SIMILAR)
      .map((l, i) => ({ ...l, rank: i + 1 })),
  );
}

function groupClauses(clauses: ClauseRecord[]): (documentId: string) => ClauseRecord[] {
  const map = new Map<string, ClauseRecord[]>();
  for (const c of clauses) pushTo(map, c.documentId, c);
  return (id) => map.get(id) ?? [];
}
