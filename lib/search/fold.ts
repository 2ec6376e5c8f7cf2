/**
 * Folding: the one normal form that both clause texts and queries are
 * compared in. NFKC (full-width → half-width), traditional → simplified
 * (OpenCC's character tables), lower case, one representative per
 * punctuation variant, and no white space.
 *
 * Folding works one code point at a time, so fold(a + b) = fold(a) + fold(b):
 * a substring of a clause folds to a substring of the folded clause, which is
 * what makes "the folded text contains the folded query" a sound test. It is
 * also idempotent, so folding an already folded word changes nothing.
 */
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import { INVISIBLE } from './patterns';
import { PUNCTUATION_EXPANSIONS, PUNCTUATION_VARIANTS, SIMPLIFIED_KEPT } from './fold-tables';

// Character tables only: phrase tables would make a character's folding
// depend on its neighbours and break fold(a + b) = fold(a) + fold(b).
// Regional variants (裡, 綫) first become OpenCC's standard traditional form.
const toSimplified = ConverterFactory([TWVariantsRev, HKVariantsRev], [TSCharacters]);

const memo = new Map<string, string>();

function foldOnce(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFKC')) {
    if (INVISIBLE.test(ch)) continue;
    for (const lower of ch.toLowerCase()) {
      const simple = SIMPLIFIED_KEPT.has(lower) ? lower : toSimplified(lower);
      out += PUNCTUATION_VARIANTS.get(simple) ?? PUNCTUATION_EXPANSIONS.get(simple) ?? simple;
    }
  }
  return out;
}

/** The folded form of one code point (possibly empty, possibly several characters). */
export function foldCodePoint(cp: string): string {
  let folded = memo.get(cp);
  if (folded !== undefined) return folded;
  folded = foldOnce(cp);
  // Iterate to a fixed point so that folding is idempotent.
  for (let i = 0; i < 4; i++) {
    let next = '';
    for (const c of folded) next += foldOnce(c);
    if (next === folded) break;
    folded = next;
  }
  memo.set(cp, folded);
  return folded;
}

export function fold(text: string): string {
  let out = '';
  for (const cp of text) out += foldCodePoint(cp);
  return out;
}

/**
 * Folded text with, for every folded UTF-16 unit, the span of the original
 * text it came from, so a match in folded text can be marked in the original.
 */
export type FoldMap = { text: string; start: number[]; end: number[] };

export function foldWithMap(text: string): FoldMap {
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const cp of text) {
    const f = foldCodePoint(cp);
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + cp.length);
    }
    out += f;
    i += cp.length;
  }
  return { text: out, start, end };
}

/** Original span [start, end) of the folded span [from, to). */
export function toOriginalSpan(map: FoldMap, from: number, to: number): [number, number] {
  return [map.start[from], map.end[to - 1]];
}
