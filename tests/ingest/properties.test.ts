/**
 * Properties over arbitrary and mutated regulation text: the parser never
 * throws, loses nothing (clause pieces and exclusions tile the normalised
 * source exactly), and gives the same output for the same input.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../lib/ingest/parse-source';
import { collect } from '../../lib/ingest/assign-ids';
import type { Span } from '../../lib/corpus/export-contract';

const seeds = readdirSync('content/sources').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`content/sources/${f}`, 'utf8'));

/** Pieces of every clause head plus every exclusion, which must tile the text. */
function assertLossless(raw: string): void {
  const { text, tree, exclusions } = parseText(raw);
  const pieces: Span[] = [...collect(tree.children).map((n) => n.head), ...exclusions.map((x) => x.span)].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const p of pieces) {
    expect(p.start).toBe(at);
    expect(p.end).toBeGreaterThan(p.start);
    at = p.end;
  }
  expect(at).toBe(text.length);
  expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
}

// Lines built from the things regulations are made of, to reach deep paths.
const fragment = fc.constantFrom(
  '第一章 总则', '第二条 ', '第十八条所列', '一、', '(一)', '（二）', '1.', '2、', '(1)', '①', '第一节 ', '第三编 ',
  '有下列情形之一的：', '本办法自2020年1月1日起施行。', '　　', '  ', '\t', '\r\n', '\n', '\r', '\n\n', '\ufeff', '\u00a0',
  '# ', '## 第二章 附则', '各级党委和政府', ',', ':', ';', '。', '《规定》', '〔2016〕8号', '', '十', '二十九', '0', '99',
);
const regulationText = fc.array(fc.oneof(fragment, fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 }).map((xs) => xs.join(''));

/** A seed with random lines cut, duplicated or swapped: damage as scrapes do it. */
const mutatedSeed = fc
  .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('drop', 'dup', 'swap', 'cut')), { maxLength: 8 }))
  .map(([seed, edits]) => {
    const lines = seed.split('\n');
    for (const [a, b, op] of edits) {
      const i = a % lines.length;
      const j = b % lines.length;
      if (op === 'drop') lines.splice(i, 1);
      else if (op === 'dup') lines.splice(i, 0, lines[i]);
      else if (op === 'swap') [lines[i], lines[j]] = [lines[j], lines[i]];
      else lines[i] = lines[i].slice(0, b % (lines[i].length + 1));
      if (!lines.length) lines.push('');
    }
    return lines.join('\n');
  });

describe('parser properties', () => {
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => void parseText(s)), { numRuns: 400 });
  });
  it('is lossless on regulation-like text', () => {
    fc.assert(fc.property(regulationText, (s) => assertLossless(s)), { numRuns: 400 });
  });
  it('is lossless on mutated real sources', () => {
    fc.assert(fc.property(mutatedSeed, (s) => assertLossless(s)), { numRuns: 60 });
  });
  it('is lossless on every real source', () => {
    for (const s of seeds) assertLossless(s);
  });
  it('gives identical output for identical input', () => {
    fc.assert(fc.property(fc.oneof(regulationText, mutatedSeed), (s) => {
          expect(JSON.stringify(parseText(s))).toBe(JSON.stringify(parseText(s)));
        }), { numRuns: 60 });
  });
  it('gives every clause a unique id', () => {
    fc.assert(
      fc.property(fc.oneof(regulationText, mutatedSeed), (s) => {
        const ids = collect(parseText(s).tree.children).map((n) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 100 },
    );
  });
});
