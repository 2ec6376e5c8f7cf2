/**
 * The pre-generated comparisons grow linearly with the collection: on a
 * synthetic corpus of 2,000 small documents (large and small groups of
 * implementers, versions, topics of shared wording), the pages are at most a
 * few per document, none for wording alone, and the similar documents (the
 * candidates for `similar` links) are the planted ones — found without
 * scoring every pair.
 */
import { describe, expect, it } from 'vitest';
import { comparePairs } from '../../lib/compare/compare-pairs';
import { similarDocuments } from '../../lib/compare/similar-documents';
import { prng } from '../../lib/bench/synth-corpus';
import type { DocumentRecord, WorkRecord } from '../../lib/corpus/export-contract';
import { doc, parentRef } from './synthetic';

const TOPIC = 8;

/** n documents: 1 in 20 is a national rule; the rest implement one, in groups of ~19 or 3; each belongs to a topic of TOPIC documents. */
function corpus(n: number, seed = 7): { docs: DocumentRecord[]; terms: Map<string, string[]> } {
  const rand = prng(seed);
  const pick = (pool: string[], k: number) => Array.from({ length: k }, () => pool[Math.floor(rand() * pool.length)]);
  const everywhere = Array.from({ length: 300 }, (_, i) => `共${i}`);
  const docs: DocumentRecord[] = [];
  const terms = new Map<string, string[]>();
  const nations = Array.from({ length: n / 20 }, (_, i) => `nation-${i}`);
  for (let i = 0; i < n; i++) {
    const id = i < nations.length ? nations[i] : `local-${i}`;
    // A few national rules have only 3 implementers: their siblings are all paired.
    const parent = i < nations.length ? null : i % 100 === 0 ? nations[(i / 100) % 5] : nations[5 + (i % (nations.length - 5))];
    const workId = i % 10 >= 8 ? `work-${Math.floor(i / 10)}` : id;
    docs.push(doc(id, { workId, parents: parent ? [parentRef(parent)] : [] }));
    const topic = Math.floor(i / TOPIC);
    terms.set(id, [...pick(everywhere, 60), ...Array.from({ length: 12 }, (_, k) => `题${topic}-${k}`), ...Array.from({ length: 20 }, (_, k) => `独${i}-${k}`)]);
  }
  return { docs, terms };
}

/** Every tenth document is the newer version of the one before it (the two share a workId). */
function works(docs: DocumentRecord[]): WorkRecord[] {
  return docs.flatMap((d, i) =>
    i % 10 === 9 ? [{ id: d.workId, title: d.id, current: d.id, versions: [d, docs[i - 1]].map((v) => ({ documentId: v.id, versionDate: null, status: 'unknown' as const })) }] : [],
  );
}

describe('comparePairs at scale', () => {
  it('makes at most a few pages per document, growing linearly', { timeout: 20_000 }, () => {
    const perDocument = [1000, 2000].map((n) => {
      const { docs } = corpus(n);
      const pairs = comparePairs(docs, works(docs));
      expect(new Set(pairs.map((p) => `${p.local}/${p.parent}`)).size).toBe(pairs.length);
      expect(pairs.length).toBeLessThanOrEqual(8 * n);
      return pairs.length / n;
    });
    expect(perDocument[1]).toBeLessThanOrEqual(perDocument[0] * 1.1);
  });

  it('keeps every declared relation, local text left, and each version step, and pairs nothing else', () => {
    const { docs } = corpus(2000);
    const pairs = comparePairs(docs, works(docs));
    const has = (a: string, b: string) => pairs.some((p) => p.local === a && p.parent === b);
    for (const d of docs) for (const p of d.parents) expect(has(d.id, p.documentId!) && !has(p.documentId!, d.id)).toBe(true);
    for (const w of works(docs)) expect(has(w.versions[0].documentId, w.versions[1].documentId)).toBe(true);
    // Siblings and wording-alike documents are compared on request, not pre-generated.
    expect(pairs.some((p) => p.relation === 'siblings' || p.relation === 'similar')).toBe(false);
  });

  it('finds each document’s nearest by shared rare terms', () => {
    const { docs, terms } = corpus(2000);
    const near = similarDocuments(docs.map((d) => ({ id: d.id, terms: terms.get(d.id)! })));
    const topicOf = (id: string) => Math.floor(docs.findIndex((d) => d.id === id) / TOPIC);
    for (const d of docs) {
      const found = near.get(d.id)!;
      expect(found).toHaveLength(3);
      for (const f of found) expect(topicOf(f.id), `${d.id} → ${f.id}`).toBe(topicOf(d.id));
    }
  });
});
