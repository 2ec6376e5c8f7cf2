/**
 * The gram index: encodings round-trip, keys are rare and prefix-free, and a
 * term's provisions found from keys alone equal a substring scan, however
 * small the keys and shards are made (so every lookup path is taken).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../lib/search/build-search-index';
import { END, gramGroups } from '../../lib/search/gram-groups';
import { decodeIds, decodeNumbers, decodePostings, encodeIds, encodeNumbers, encodePostings } from '../../lib/search/postings';
import { createSearchEngine } from '../../lib/search/search-engine';
import type { ClauseRecord, DocumentRecord } from '../../lib/corpus/export-contract';
import { memoryLoader } from './helpers';

describe('encodings', () => {
  it('numbers round-trip', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 40 })), (xs) => {
        expect(decodeNumbers(encodeNumbers(xs))).toEqual(xs);
      }),
    );
  });

  it('ids and postings round-trip', () => {
    expect(decodeIds(encodeIds([0, 3, 4, 1000]))).toEqual([0, 3, 4, 1000]);
    const at = decodePostings(encodePostings([2, 7, 2, 0, 9, 3], (u) => u * 10));
    expect([...at]).toEqual([
      [2, { cls: 20, at: [0, 7] }],
      [9, { cls: 90, at: [3] }],
    ]);
  });
});

describe('keys', () => {
  const texts = ['工作责任制', '工作机制', '工作', '责任工作', '社会工作责任'];

  it('every position is filed under one key that starts there, rare or as long as the text allows', () => {
    const groups = gramGroups(texts, 2, 24);
    const total = texts.reduce((n, t) => n + t.length, 0);
    expect(groups.reduce((n, g) => n + g.at.length / 2, 0)).toBe(total);
    for (const { key, at } of groups) {
      for (let i = 0; i < at.length; i += 2) {
        const rest = texts[at[i]].slice(at[i + 1]);
        expect(key.endsWith(END) ? rest + END : rest.slice(0, key.length)).toBe(key);
      }
      if (!key.endsWith(END) && key.length > 1) expect(at.length / 2).toBeLessThanOrEqual(2);
    }
  });

  it('equal the definition, computed the slow way, for any texts (property)', () => {
    /** Each position's key by the definition: lengthen while the string is common, not at its text's end and not yet maxLength. */
    const reference = (ts: string[], maxPositions: number, maxLength: number) => {
      const occurrences = (s: string) => ts.reduce((n, t) => n + t.split('').filter((_, q) => t.startsWith(s, q)).length, 0);
      const groups = new Map<string, number[]>();
      ts.forEach((t, u) => {
        for (let p = 0; p < t.length; p++) {
          let key = '';
          for (let d = 0; ; d++) {
            if (p + d >= t.length) {
              key += END;
              break;
            }
            key = t.slice(p, p + d + 1);
            if (occurrences(key) <= maxPositions || d + 1 >= maxLength) break;
          }
          groups.set(key, [...(groups.get(key) ?? []), u, p]);
        }
      });
      return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, at]) => ({ key, at }));
    };
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('工', '作', '责', '任', 'a') }), { maxLength: 8 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }), (ts, maxPositions, maxLength) => {
        expect(gramGroups(ts, maxPositions, maxLength).map((g) => ({ key: g.key, at: [...g.at] }))).toEqual(reference(ts, maxPositions, maxLength));
      }),
    );
  });

  it('no key is a prefix of another', () => {
    const keys = gramGroups(texts, 1, 24).map((g) => g.key);
    for (const a of keys) for (const b of keys) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });
});

/** One document, one article per text. */
function corpusOf(texts: string[]) {
  const documents = [{ id: 'd', title: 'd', shortTitle: 'd', level: null, region: null }] as unknown as DocumentRecord[];
  const clauses = texts.map((text, i) => ({ id: `art-${i + 1}`, documentId: 'd', parentId: null, kind: 'article', label: '', number: i + 1, text, sourceText: text, head: [], line: i + 1, depth: 0 })) as unknown as ClauseRecord[];
  return { documents, clauses };
}

describe('terms found from keys alone', () => {
  it('equal a substring scan for any texts, key rarity and shard size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.stringMatching(/^[ab甲乙丙]{1,14}$/), { minLength: 1, maxLength: 12 }),
        fc.array(fc.stringMatching(/^[ab甲乙丙]{1,6}$/), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 4, max: 80 }),
        async (texts, terms, maxPositions, shardChars) => {
          const { documents, clauses } = corpusOf(texts);
          const built = await buildSearchIndex({ documents, clauses, cut: () => [], words: [], maxPositions, shardChars });
          const engine = createSearchEngine(memoryLoader(built.shards));
          for (const term of terms) {
            const r = await engine.search(term, { limit: 1000 });
            const want = texts.flatMap((t, i) => (t.includes(term) ? [`art-${i + 1}`] : []));
            expect(r.hits.filter((h) => h.match === 'phrase').map((h) => h.unitId).sort()).toEqual(want.sort());
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
