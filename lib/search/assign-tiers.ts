/**
 * Which provisions a query returns, and in which tier:
 *   phrase  the folded text contains the whole folded query: exactly the
 *           provisions a substring scan finds
 *   all     it contains every word, scattered
 *   some    it contains some of the words; offered when the user typed
 *           several terms, or when nothing matched the phrase or all words
 *           (a question in natural language rarely appears verbatim)
 * Each list ascending, no provision in two.
 */
import type { ParsedQuery } from './parse-query';
import type { MatchKind } from './rank';

export type Tiers = Record<MatchKind, number[]>;

/** `phrase` and each of `wordUnits` list provisions ascending; `sets` holds the same as `wordUnits`, for lookups. */
export function assignTiers(q: ParsedQuery, words: string[], phrase: number[], wordUnits: number[][], sets: Set<number>[]): Tiers {
  const tiers: Tiers = { phrase, all: [], some: [] };
  if (!words.length) return tiers;
  const taken = new Set(phrase);
  const [first, ...rest] = [...sets.keys()].sort((a, b) => wordUnits[a].length - wordUnits[b].length);
  tiers.all = wordUnits[first].filter((u) => !taken.has(u) && rest.every((k) => sets[k].has(u)));
  if (!q.explicit && phrase.length + tiers.all.length > 0) return tiers;
  for (const u of tiers.all) taken.add(u);
  // One character alone admits nearly every provision: single characters count
  // towards ranking but admit one only when no longer word was given.
  const admitting = words.some((w) => w.length > 1) ? wordUnits.filter((_, k) => words[k].length > 1) : wordUnits;
  const some = new Set<number>();
  for (const list of admitting) for (const u of list) if (!taken.has(u)) some.add(u);
  tiers.some = [...some].sort((a, b) => a - b);
  return tiers;
}
