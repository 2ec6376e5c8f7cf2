/**
 * The document finder: which documents a query names by title or short
 * name (责任制规定, 信访条例, 反恐法), FlexSearch over the names the index
 * ships (NamesShard), read only when used. Names are indexed as character
 * pairs, so any part of a title finds it at once; an abbreviation that
 * shares few pairs with its name (综治规定 of 社会治安综合治理…规定) is found
 * by a scan of the names when FlexSearch's candidates fall short. Ranked:
 * the name itself, then a name holding the query, then one it abbreviates
 * (citation-query.ts nameFit); in force first, then the shorter name.
 */
import { Index } from 'flexsearch';
import { nameFit } from './citation-query';
import { titleKey } from '../refs/title-key';
import { fold } from './fold';
import type { NamesShard } from './index-format';

export type DocumentFinder = { find(query: string, limit: number): number[] };

/** A name's character pairs; a one-character name is its character. */
function pairs(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(' ')) {
    const c = [...part];
    if (c.length === 1) out.push(c[0]);
    for (let i = 0; i + 1 < c.length; i++) out.push(c[i] + c[i + 1]);
  }
  return out;
}

/** How many candidates FlexSearch hands over for re-ranking. */
const CANDIDATES = 200;

export function createDocumentFinder(shard: NamesShard, superseded: (doc: number) => boolean): DocumentFinder {
  const index = new Index({ tokenize: 'strict', encode: pairs });
  shard.names.forEach((names, doc) => index.add(doc, names.join(' ')));
  const fitOf = (key: string, doc: number) => {
    const fits = shard.names[doc].map((n) => nameFit(key, n)).filter((f) => f >= 0);
    return fits.length ? Math.min(...fits) : -1;
  };
  return {
    find(query, limit) {
      const key = fold(titleKey(query));
      if ([...key].length < 2) return [];
      let found = (index.search(key, { limit: CANDIDATES, suggest: true }) as number[]).filter((doc) => fitOf(key, doc) >= 0);
      if (found.length < limit) found = [...new Set([...found, ...shard.names.flatMap((_, doc) => (fitOf(key, doc) >= 0 ? [doc] : []))])];
      const ranked = found.map((doc, order) => ({ doc, order, fit: fitOf(key, doc), old: superseded(doc) ? 1 : 0, length: Math.min(...shard.names[doc].map((n) => n.length)) }));
      ranked.sort((a, b) => a.fit - b.fit || a.old - b.old || a.length - b.length || a.order - b.order);
      return ranked.slice(0, limit).map((r) => r.doc);
    },
  };
}
