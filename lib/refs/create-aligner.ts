/**
 * Alignment of documents by id, for a whole build: a parent's units are made
 * once however many texts implement it (a national law is the parent of
 * dozens); any other document's are kept only while it is aligned in turn —
 * keeping every document's units would hold the whole corpus's term bags at
 * once. With a cache, a pair whose two inputs are unchanged is not aligned
 * again at all; the links stage and the comparison step use the same cache,
 * so a pair both need is aligned once.
 */
import type { LinkRecord } from '../corpus/export-contract';
import { alignDocuments } from './align-documents';
import { alignmentUnits, type AlignInput, type AlignmentUnit } from './alignment-units';
import { alignInputHash, linkCacheKey, type LinkCacheOptions } from './link-cache';
import type { Segmenter } from './term-bag';

/** `items`: also pair the items of linked provisions (implements only). */
export type Aligner = (local: string, other: string, kind: LinkRecord['kind'], items?: boolean) => LinkRecord[];

export function createAligner(inputOf: (documentId: string) => AlignInput, segmenter: Segmenter, cache?: LinkCacheOptions): Aligner {
  const parents = new Map<string, AlignmentUnit[]>();
  let last: { id: string; units: AlignmentUnit[] } | null = null;
  /** `side` 'other': neither a parent nor the text aligned in turn, so its units are not kept. */
  const withUnits = (id: string, side: 'local' | 'parent' | 'other'): AlignInput => {
    const base = inputOf(id);
    let made = side === 'parent' ? parents.get(id) : side === 'local' && last?.id === id ? last.units : undefined;
    if (!made) {
      made = alignmentUnits(base, segmenter);
      if (side === 'parent') parents.set(id, made);
      if (side === 'local') last = { id, units: made };
    }
    return { ...base, units: made };
  };
  const hashes = new Map<string, string>();
  const hashOf = (id: string) => hashes.get(id) ?? hashes.set(id, alignInputHash(inputOf(id))).get(id)!;
  return (local, other, kind, items = false) => {
    const key = cache && linkCacheKey(`${kind}${items ? '+items' : ''}`, hashOf(local), hashOf(other), cache.salt);
    const hit = key ? cache.store.get(key) : undefined;
    if (hit) return hit;
    const links = alignDocuments(withUnits(local, 'local'), withUnits(other, kind === 'implements' ? 'parent' : 'other'), { segmenter, kind, items }).links;
    if (key) cache.store.set(key, links);
    return links;
  };
}
