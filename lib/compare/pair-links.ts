/**
 * The links a comparison aligns by, oriented left → right (`from` on the
 * left document, `to` on the right):
 * - a declared parent: the corpus's links from the local text to it;
 * - the same pair seen from the parent (computed on request): the same links turned round;
 * - two texts with a common parent: chained through it — a left clause and
 *   a right clause that implement the same parent clause are paired;
 * - anything else: the similarity aligner's links for the two, plus any
 *   'similar' links the corpus already holds between them (in either
 *   direction), so every link a clause page shows has its row here.
 * Where the corpus holds no link at all between a text and its declared
 * parent, the aligner is asked for 'implements' links, so the page still
 * pairs what it can. A link an editor rejected (content/links/) is never
 * made again here, and counts as a stored link: rejecting every link of a
 * pair must not bring the aligner's back.
 */
import type { LinkRecord } from '../corpus/export-contract';
import { splitGlobalId } from '../content/corpus-index';
import type { ComparePair } from './compare-pairs';
import { pushTo } from '../push-to';

export type AlignFn = (leftDocumentId: string, rightDocumentId: string, kind: LinkRecord['kind']) => LinkRecord[];

export type PairLinkOptions = {
  /** All links in the corpus. */
  links: LinkRecord[];
  /** Links an editor rejected. */
  rejected?: LinkRecord[];
  align: AlignFn;
  /** A reader's name for a parent clause, for the evidence of chained links ("《规定》第二条"). */
  nameClause: (globalClauseId: string) => string;
};

/** The corpus's links grouped by [from document, to document], once per links array: filtering them per pair made the national build's comparisons quadratic. */
const grouped = new WeakMap<LinkRecord[], Map<string, LinkRecord[]>>();
function linksBetween(links: LinkRecord[], from: string, to: string): LinkRecord[] {
  let byPair = grouped.get(links);
  if (!byPair) {
    byPair = new Map();
    for (const l of links) pushTo(byPair, `${docOf(l.from)}\u0000${docOf(l.to)}`, l);
    grouped.set(links, byPair);
  }
  return byPair.get(`${from}\u0000${to}`) ?? [];
}

export function pairLinks(pair: ComparePair, options: PairLinkOptions): LinkRecord[] {
  const rejected = options.rejected ?? [];
  const refused = new Set(rejected.map(linkKey));
  const stored = (from: string, to: string) => linksBetween(options.links, from, to);
  const aligned = (from: string, to: string, kind: LinkRecord['kind']) => options.align(from, to, kind).filter((l) => !refused.has(linkKey(l)));
  const between = (from: string, to: string) => {
    const found = stored(from, to);
    return found.length || linksBetween(rejected, from, to).length ? found : aligned(from, to, 'implements');
  };
  switch (pair.relation) {
    case 'implements':
      return between(pair.local, pair.parent);
    case 'implemented-by':
      return between(pair.parent, pair.local).map(reverse);
    case 'siblings':
      return pair.via.flatMap((p) => chain(between(pair.local, p), between(pair.parent, p), options.nameClause));
    case 'versions':
    case 'similar':
      return [
        ...aligned(pair.local, pair.parent, 'similar').filter((l) => !refused.has(linkKey(reverse(l)))),
        ...stored(pair.local, pair.parent),
        ...stored(pair.parent, pair.local).map(reverse),
      ];
  }
}

function linkKey(l: LinkRecord): string {
  return `${l.from}\u0000${l.to}`;
}

function docOf(global: string): string {
  return splitGlobalId(global).documentId;
}

function reverse(l: LinkRecord): LinkRecord {
  return { ...l, from: l.to, to: l.from };
}

/**
 * left → P and right → P become left → right. A chain is only as strong as
 * its weaker link, so its score is the lower of the two; the shared terms
 * are those both links found. Its kind is 'similar': neither side implements
 * the other.
 */
export function chain(leftToP: LinkRecord[], rightToP: LinkRecord[], nameClause: (id: string) => string): LinkRecord[] {
  const out: LinkRecord[] = [];
  for (const a of leftToP) {
    for (const b of rightToP) {
      if (a.to !== b.to) continue;
      const terms = new Set(b.evidence.sharedTerms);
      out.push({
        from: a.from,
        to: b.from,
        kind: 'similar',
        score: Math.min(a.score, b.score),
        evidence: {
          sharedTerms: a.evidence.sharedTerms.filter((t) => terms.has(t)),
          hints: [`同对应${nameClause(a.to)}`],
        },
      });
    }
  }
  return out;
}
