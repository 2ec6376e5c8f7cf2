/** The build writes large JSON in pieces; joined, they must be what JSON.stringify gives. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonChunks } from '../../lib/json-chunks';
import { realCorpus } from '../helpers/corpus';

const joined = (value: unknown, space?: number, depth?: number) => [...jsonChunks(value, space, depth)].join('');

describe('jsonChunks', () => {
  it('is JSON.stringify, compact and indented, at any depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2, 4), fc.integer({ min: 0, max: 4 }), (value, space, depth) => {
        expect(joined(value, space, depth)).toBe(JSON.stringify(value, null, space));
      }),
      { numRuns: 400 },
    );
  });

  it('leaves out what JSON.stringify leaves out: undefined and functions are null in arrays and gone from objects', () => {
    const value = { a: undefined, b: [undefined, () => 1, 2], c: () => 1, d: { e: undefined, f: 1 }, g: new Date(0), h: [] as unknown[], i: {}, j: new String('ab'), k: [new Number(1), Object.create(null)] };
    for (const space of [0, 2]) for (const depth of [1, 2, 3]) expect(joined(value, space, depth)).toBe(JSON.stringify(value, null, space));
  });

  it('is the corpus export as JSON.stringify writes it, in one piece per record', () => {
    const { corpus } = realCorpus();
    const pieces = [...jsonChunks(corpus)];
    expect(pieces.join('')).toBe(JSON.stringify(corpus));
    expect(pieces.length).toBeGreaterThan(corpus.clauses.length);
    expect([...jsonChunks(corpus, 2)].join('')).toBe(JSON.stringify(corpus, null, 2));
  });

  it('refuses a value with no JSON form', () => {
    expect(() => joined(undefined)).toThrow(/no JSON form/);
  });
});
