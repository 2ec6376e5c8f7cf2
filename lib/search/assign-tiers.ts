/**
 * Which provisions a query returns, and in which tier:
 *   phrase  the folded text contains the whole folded query: exactly the
 *           provisions a substring scan finds
 *   all     it contains every word, scattered; in a question typed as one
 *           string, every word but the common ones (适用, 条件, 是指 in a
 *           collection of laws), which only add to the score: a question's
 *           wording is the user's, and the article that answers it need
 *           not repeat every word of it
 *   some    it contains some of the words; offered when the user typed
 *           several terms, or when nothing holds the phrase and fewer than
 *           FEW provisions the filters let through hold all the words (a
 *           question in natural language rarely appears verbatim, and the
 *           one article holding all its words may be a passing mention)
 * Each list ascending, no provision in two.
 */
import type { ParsedQuery } from './parse-query';
import type { MatchKind } from './rank';

export type Tiers = Record<MatchKind, number[]>;

/** Fewer all-words results than this, for a query typed as one string that no provision holds whole, and partial matches follow them. */
export const FEW = 3;

/** A word held by more than this share of all provisions is common. */
export const COMMON_SHARE = 0.02;

/**
 * The words (their indexes) a provision must hold to be in the `all` tier,
 * rarest first: every word the user separated; of a question typed as one
 * string, the rarest word and every word not common.
 */
export function requiredWords(q: ParsedQuery, wordUnits: number[][], unitCount: number): number[] {
  const byRarity = wordUnits.map((_, k) => k).sort((a, b) => wordUnits[a].length - wordUnits[b].length);
  return q.explicit ? byRarity : byRarity.filter((k, i) => i === 0 || wordUnits[k].length <= COMMON_SHARE * unitCount);
}

/**
 * `phrase` and each of `wordUnits` list provisions ascending; `sets` holds
 * the same as `wordUnits`, for lookups; `required`: requiredWords; `shown`:
 * whether the filters let a provision through (only those count towards FEW).
 */
export function assignTiers(q: ParsedQuery, words: string[], phrase: number[], wordUnits: number[][], sets: Set<number>[], required: number[], shown: (unit: number) => boolean = () => true): Tiers {
  const tiers: Tiers = { phrase, all: [], some: [] };
  if (!words.length) return tiers;
  const taken = new Set(phrase);
  const [first, ...rest] = required;
  tiers.all = wordUnits[first].filter((u) => !taken.has(u) && rest.every((k) => sets[k].has(u)));
  if (!q.explicit && (phrase.length > 0 || countUpTo(tiers.all, shown, FEW) >= FEW)) return tiers;
  for (const u of tiers.all) taken.add(u);
  // One character alone admits nearly every provision: single characters count
  // towards ranking but admit one only when no longer word was given. Of a
  // question, likewise, only the words it requires admit: 规定 in 是怎样规定的 would admit a third of the corpus.
  // (When none of those is held by any provision, every word admits.)
  const every = words.map((_, k) => k);
  const held = q.explicit ? every : required.filter((k) => wordUnits[k].length);
  const asked = held.length ? held : every;
  const admitting = asked.some((k) => words[k].length > 1) ? asked.filter((k) => words[k].length > 1) : asked;
  const some = new Set<number>();
  for (const k of admitting) for (const u of wordUnits[k]) if (!taken.has(u)) some.add(u);
  tiers.some = [...some].sort((a, b) => a - b);
  return tiers;
}

function countUpTo(units: number[], counts: (unit: number) => boolean, limit: number): number {
  let n = 0;
  for (let i = 0; i < units.length && n < limit; i++) if (counts(units[i])) n++;
  return n;
}
