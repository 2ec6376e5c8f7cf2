/**
 * `content/synonyms.yaml` and the glossary → the synonym groups search
 * expands a query with. Pure: the caller reads the file. No file means only
 * the glossary's groups. Groups that share a wording are one group.
 */
import { Synonyms, type GlossaryEntry } from './schema';
import { parseYamlWith } from './parse-content';
import type { ContentMessage } from './message';

export function parseSynonyms(file: { path: string; text: string } | undefined, glossary: Pick<GlossaryEntry, 'term' | 'aliases'>[]): { synonyms: string[][]; problems: ContentMessage[] } {
  const parsed = file ? parseYamlWith(Synonyms, file.path, file.text) : { data: [], problems: [] };
  const groups = [...glossary.filter((e) => e.aliases.length).map((e) => [e.term, ...e.aliases]), ...(parsed.data ?? [])];
  return { synonyms: mergeGroups(groups), problems: parsed.problems };
}

/** Union of groups that share a member, each group in first-seen order, groups in order of their first member. */
export function mergeGroups(groups: string[][]): string[][] {
  const groupOf = new Map<string, string[]>();
  const out: string[][] = [];
  for (const g of groups) {
    const joined = [...new Set(g.map((w) => groupOf.get(w)).filter((x): x is string[] => !!x))];
    const target = joined[0] ?? [];
    if (!joined.length) out.push(target);
    for (const other of joined.slice(1)) {
      for (const w of other) if (!target.includes(w)) target.push(w);
      out.splice(out.indexOf(other), 1);
    }
    for (const w of g) if (!target.includes(w)) target.push(w);
    for (const w of target) groupOf.set(w, target);
  }
  return out;
}
