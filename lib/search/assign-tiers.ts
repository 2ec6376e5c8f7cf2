/**
 * Which clauses a query returns, and in which tier:
 *   phrase  the folded text contains the whole folded query: exactly the
 *           clauses a substring scan finds
 *   all     it contains every word, scattered
 *   some    it contains some of the words; offered when the user typed
 *           several terms, or when nothing matched the phrase or all words
 *           (a question in natural language rarely appears verbatim)
 */
import type { ParsedQuery } from './parse-query';
import type { MatchKind } from './rank';

export function assignTiers(q: ParsedQuery, words: string[], phraseSet: Set<number>, wordSets: Set<number>[]): Map<number, MatchKind> {
  const tiers = new Map<number, MatchKind>();
  for (const i of phraseSet) tiers.set(i, 'phrase');
  if (!words.length) return tiers;
  const [first, ...rest] = [...wordSets].sort((a, b) => a.size - b.size);
  for (const i of first) if (!tiers.has(i) && rest.every((s) => s.has(i))) tiers.set(i, 'all');
  if (!q.explicit && tiers.size > 0) return tiers;
  // One character alone admits nearly every clause: single characters count
  // towards ranking but admit a clause only when no longer word was given.
  const admitting = words.some((w) => w.length > 1) ? wordSets.filter((_, k) => words[k].length > 1) : wordSets;
  for (const s of admitting) for (const i of s) if (!tiers.has(i)) tiers.set(i, 'some');
  return tiers;
}
