/**
 * The document finder: which documents a query names by title or short
 * name (责任制规定, 信访条例, 反恐法), FlexSearch over the names the index
 * ships (NamesShard), read only when used. Names are indexed as character
 * pairs, so any part of a title finds it; FlexSearch's partial matches are
 * kept where the query is an abbreviation of a name, its characters in the
 * name's order (反恐法 of 反恐怖主义法, 综治规定 of 社会治安综合治理…规定),
 * ranked below names that hold the query whole.
 */
import { Index } from 'flexsearch';
import { titleKey } from '../refs/title-key';
import { fold } from './fold';
import type { NamesShard } from './index-format';
import { abbreviates } from './citation-query';

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


export function createDocumentFinder(shard: NamesShard): DocumentFinder {
  const index = new Index({ tokenize: 'strict', encode: pairs });
  shard.names.forEach((names, doc) => index.add(doc, names.join(' ')));
  const superseded = new Set(shard.superseded);
  return {
    find(query, limit) {
      const key = fold(titleKey(query));
      if (!key) return [];
      const found = index.search(key, { limit: CANDIDATES, suggest: true }) as number[];
      // A name that is the query, then one that holds it whole, then the rest as FlexSearch ranked them;
      // within each, the version in force before a superseded one, then the shorter name.
      const rank = (doc: number) => {
        const names = shard.names[doc];
        const fit = names.includes(key) ? 0 : names.some((n) => n.includes(key)) ? 1 : 2;
        return [fit, superseded.has(doc) ? 1 : 0, Math.min(...names.map((n) => n.length))];
      };
      const keyed = found.filter((doc) => shard.names[doc].some((n) => abbreviates(key, n))).map((doc, order) => ({ doc, order, r: rank(doc) }));
      keyed.sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.r[2] - b.r[2] || a.order - b.order);
      return keyed.slice(0, limit).map((k) => k.doc);
    },
  };
}
