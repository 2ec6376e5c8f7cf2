/**
 * `content/glossary.yaml` → validated entries, and where in the file each
 * entry and each of its cited clauses is, so `kb check` can point at a
 * citation that does not resolve. Pure: the caller reads the file.
 */
import { Glossary, type GlossaryEntry } from '../content/schema';
import { parseYamlWith } from '../content/parse-content';
import { contentError, type ContentMessage } from '../content/message';

export type LocatedEntry = GlossaryEntry & { line: number; citeLines: number[] };

export function parseGlossary(file: string, text: string): { entries: LocatedEntry[]; problems: ContentMessage[] } {
  const { data, problems, positionOf } = parseYamlWith(Glossary, file, text);
  if (!data) return { entries: [], problems };
  const entries = data.map((raw, i) => {
    const entry = { ...raw, definition: unfold(raw.definition) };
    return { ...entry, line: positionOf([i]).line, citeLines: entry.cite.map((_, j) => positionOf([i, 'cite', j]).line) };
  });
  return { entries, problems: [...problems, ...duplicates(file, entries)] };
}

/** YAML folds a long definition's lines with a space; Chinese text has none between its characters. */
const CJK_GAP = /(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g;
export function unfold(text: string): string {
  return text.replace(CJK_GAP, '').trim();
}

/** Two entries with one id or one wording would make anchors and marks ambiguous. */
function duplicates(file: string, entries: LocatedEntry[]): ContentMessage[] {
  const problems: ContentMessage[] = [];
  const ids = new Map<string, number>();
  const forms = new Map<string, string>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push(contentError(file, e.line, 'duplicate-id', `术语编号 ${e.id} 重复（第 ${ids.get(e.id)} 行已用过）`));
    ids.set(e.id, e.line);
    for (const f of [e.term, ...e.aliases]) {
      const owner = forms.get(f);
      if (owner && owner !== e.id) problems.push(contentError(file, e.line, 'duplicate-term', `“${f}”已是术语 ${owner} 的写法`));
      forms.set(f, e.id);
    }
  }
  return problems;
}
