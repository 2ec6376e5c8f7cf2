/**
 * Which provision governs a clause, all the way up: the parent provisions it
 * implements, each with its own parents in turn (city → province → nation
 * where the collection has them). Each parent is the version the link names —
 * the one in force at the local document's date (lib/works resolves
 * parents that way) — and where that version has since been revised, the
 * step says which version is in force today and what became of the
 * provision in it: the same words, changed, or no longer there.
 */
import type { CorpusIndex } from '../content/corpus-index';
import { globalId, splitGlobalId } from '../content/corpus-index';
import type { LinkRecord } from '../corpus/export-contract';
import { comparableText } from '../compare/comparable-text';

/** What became of a provision in the version in force today. */
export type TodayChange = 'same' | 'changed' | 'gone' | 'unknown';

export type Today = {
  /** The version in force today. */
  documentId: string;
  /** The provision there that continues this one; null when it is gone or could not be traced. */
  clauseId: string | null;
  change: TodayChange;
};

export type GoverningStep = {
  /** The link from the clause below to this provision. */
  link: LinkRecord;
  documentId: string;
  clauseId: string;
  /** Null when the linked version is still the one in force. */
  today: Today | null;
  /** This provision's own parent provisions. */
  up: GoverningStep[];
};

/**
 * `versionLinks(newer, older)`: the clause links between two consecutive
 * versions of a work, newer → older (the 新旧对照 alignment), or null when
 * the collection has no such comparison.
 */
export type VersionLinks = (newer: string, older: string) => LinkRecord[] | null;

/** A city rule under a provincial rule under a law under the constitution is four; deeper chains are cut there. */
const MAX_DEPTH = 4;

export function governingChain(index: CorpusIndex, from: string, versionLinks: VersionLinks): GoverningStep[] {
  return stepsFrom(index, from, versionLinks, new Set([from]), 0);
}

function stepsFrom(index: CorpusIndex, from: string, versionLinks: VersionLinks, seen: Set<string>, depth: number): GoverningStep[] {
  if (depth >= MAX_DEPTH) return [];
  const parents = index
    .linksFrom(from)
    .filter((l) => l.kind === 'implements' && !seen.has(l.to))
    .sort((a, b) => (a.rank ?? 1) - (b.rank ?? 1) || b.score - a.score);
  return parents.map((link) => {
    const { documentId, clauseId } = splitGlobalId(link.to);
    const up = stepsFrom(index, link.to, versionLinks, new Set([...seen, link.to]), depth + 1);
    return { link, documentId, clauseId, today: todayOf(index, documentId, clauseId, versionLinks), up };
  });
}

/** Follows the version chain from a superseded version to the current one, clause by clause; null for a version in force. */
export function todayOf(index: CorpusIndex, documentId: string, clauseId: string, versionLinks: VersionLinks): Today | null {
  let id = documentId;
  let clause: string | null = clauseId;
  let changed = false;
  let traced = true;
  const visited = new Set([id]);
  for (let next = index.document(id)?.supersededBy; next && !visited.has(next); next = index.document(id)?.supersededBy) {
    visited.add(next);
    if (clause !== null && traced) {
      const links = versionLinks(next, id);
      if (!links) traced = false;
      else {
        const older = globalId(id, clause);
        const match = links.filter((l) => l.to === older).sort((a, b) => (a.rank ?? 1) - (b.rank ?? 1) || b.score - a.score)[0];
        const newer = match ? splitGlobalId(match.from).clauseId : null;
        if (newer !== null) changed ||= textOf(index, id, clause) !== textOf(index, next, newer);
        clause = newer;
      }
    }
    id = next;
  }
  if (id === documentId) return null;
  if (!traced) return { documentId: id, clauseId: null, change: 'unknown' };
  return { documentId: id, clauseId: clause, change: clause === null ? 'gone' : changed ? 'changed' : 'same' };
}

/** The words of a unit, as a comparison reads them: its number and layout do not count. */
function textOf(index: CorpusIndex, documentId: string, clauseId: string): string | null {
  const clause = index.clause(documentId, clauseId);
  return clause ? comparableText(clause, 'corrected').replace(/\s+/g, '') : null;
}
