/**
 * The gram index: for every bigram of the clauses' folded texts, where it
 * occurs (clause and position); for every character, which clauses hold it
 * and how often (counts, not positions: a common character's positions would
 * make its shard large, and ranking needs only the count).
 * Grams are spread over shards by their hash (grams.ts), so a query reads
 * only the shards of its own grams, and a phrase is matched exactly from the
 * positions, without the clause texts.
 */
import { gramBucket } from './grams';
import { gramShardKey } from './index-format';
import { decodeCounts, decodePositional, encodeCounts, encodePositional, type Positions } from './postings';

/** One shard file: gram → encoded posting list (see postings.ts). */
export type GramShardData = { g: Record<string, string> };

/** Posting lists of all grams, before they are split into shards. */
export function buildGramPostings(folded: string[]): { bi: Map<string, string>; uni: Map<string, string> } {
  const bi = new Map<string, number[]>();
  const uni = new Map<string, Map<number, number>>();
  folded.forEach((text, clause) => {
    for (let p = 0; p < text.length; p++) {
      const u = text[p];
      const counts = uni.get(u);
      if (!counts) uni.set(u, new Map([[clause, 1]]));
      else counts.set(clause, (counts.get(clause) ?? 0) + 1);
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
    uni: new Map([...uni].map(([g, counts]) => [g, encodeCounts(counts)])),
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
  private readonly countLists = new Map<string, Map<number, number>>();

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

  /** Clauses holding a character, ascending, with how often it occurs in each. */
  counts(gram: string): Map<number, number> {
    let p = this.countLists.get(gram);
    if (!p) {
      const s = this.data.g[gram];
      p = s ? decodeCounts(s) : new Map();
      this.countLists.set(gram, p);
    }
    return p;
  }
}
