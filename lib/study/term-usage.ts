/**
 * Where each glossary term is used: every clause whose own text (its line,
 * not its sub-clauses, so a term is listed once) contains the term or one of
 * its aliases, in corrected wording, grouped by document in corpus order.
 */
import type { ClauseRecord } from '../corpus/export-contract';
import type { GlossaryEntry } from '../content/schema';
import { pushTo } from '../push-to';

export type TermUse = { documentId: string; clauseIds: string[] };

export function termUsage(entry: GlossaryEntry, clauses: ClauseRecord[]): TermUse[] {
  const forms = [entry.term, ...entry.aliases];
  const groups = new Map<string, string[]>();
  for (const c of clauses) {
    const own = c.head.map((r) => r.text).join('');
    if (!forms.some((f) => own.includes(f))) continue;
    pushTo(groups, c.documentId, c.id);
  }
  return [...groups.entries()].map(([documentId, clauseIds]) => ({ documentId, clauseIds }));
}

/** The patterns markTerms looks for: each entry's term and aliases. */
export function termPatterns(glossary: GlossaryEntry[]): { id: string; forms: string[] }[] {
  return glossary.map((e) => ({ id: e.id, forms: [e.term, ...e.aliases] }));
}
