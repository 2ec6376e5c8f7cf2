/**
 * The gram index: for every bigram of the clauses' folded texts, where it
 * occurs (clause and position); for every character, which clauses hold it.
 * Grams are spread over shards by their hash (grams.ts), so a query reads
 * only the shards of its own grams, and a phrase is matched exactly from the
 * positions, without the clause texts.
 */
import { gramBucket } from './grams';
import { gramShardKey } from './index-format';
import { decodeIds, decodePositional, encodeIds, encodePositional, type Positions } from './postings';

/** One shard file: gram → encoded posting list (see postings.ts). */
export type GramShardData = { g: Record<string, string> };

/** Posting lists of all grams, before they are split into shards. */
export function buildGramPostings(folded: string[]): { bi: Map<string, string>; uni: Map<string, string> } {
  const bi = new Map<string, number[]>();
  const uni = new Map<string, number[]>();
  folded.forEach((text, clause) => {
    for (let p = 0; p < text.length; p++) {
      const u = text[p];
      const ids = uni.get(u);
      if (!ids) uni.set(u, [clause]);
      else if (ids[ids.length - 1] !== clause) ids.push(clause);
      if (p + 1 < text.length) {
        const g = text.slice(p, p + 2);
        const flat = bi.get(g);
        if (flat) flat.push(clause, p);
        else bi.set(g, [clause, p]);
      }
    }
  });
  return {
    bi: new Map([...bi].map(([g, flat]) => [g, encodePositional(flat)])),
    uni: new Map([...uni].map(([g, ids]) => [g, encodeIds(ids)])),
  };
}

/** Spread posting lists over `count` shards by gram hash. */
export function shardPostings(kind: 'uni' | 'bi', postings: Map<string, string>, count: number): Map<string, GramShardData> {
  const shards = new Map<string, GramShardData>();
  for (let b = 0; b < count; b++) shards.set(gramShardKey(kind, b), { g: {} });
  for (const [g, list] of [...postings].sort((a, b) => (a[0] < b[0] ? -1 : 1))) shards.get(gramShardKey(kind, gramBucket(g, count)))!.g[g] = list;
  return shards;
}

/** A loaded shard; lists are decoded on first use and kept. */
export class GramShard {
  private readonly positional = new Map<string, Positions>();
  private readonly idLists = new Map<string, number[]>();

  constructor(private readonly data: GramShardData) {}

  /** Where a bigram occurs, by clause. */
  positions(gram: string): Positions {
    let p = this.positional.get(gram);
    if (!p) {
      const s = this.data.g[gram];
      p = s ? decodePositional(s) : new Map();
      this.positional.set(gram, p);
    }
    return p;
  }

  /** Clauses holding a character, ascending. */
  ids(gram: string): number[] {
    let p = this.idLists.get(gram);
    if (!p) {
      const s = this.data.g[gram];
      p = s ? decodeIds(s) : [];
      this.idLists.set(gram, p);
    }
    return p;
  }
}
