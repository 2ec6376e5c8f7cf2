/**
 * `content/glossary.yaml` → validated entries, and where in the file each
 * entry and each of its cited clauses is, so `kb check` can point at a
 * citation that does not resolve. Pure: the caller reads the file.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { Glossary, type GlossaryEntry } from '../content/schema';
import { parseYamlWith, type ContentProblem } from '../content/parse-content';

export type LocatedEntry = GlossaryEntry & { line: number; citeLines: number[] };

export function parseGlossary(file: string, text: string): { entries: LocatedEntry[]; problems: ContentProblem[] } {
  const { data, problems } = parseYamlWith(Glossary, file, text);
  if (!data) return { entries: [], problems };
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lineOf = (node: Node | null, fallback: number) => (node?.range ? counter.linePos(node.range[0]).line : fallback);
  const items = isSeq(doc.contents) ? doc.contents.items : [];
  const entries = data.map((raw, i) => {
    const entry = { ...raw, definition: unfold(raw.definition) };
    const item = (items[i] as Node | undefined) ?? null;
    const line = lineOf(item, 1);
    const cites = isMap(item) ? item.items.find((p) => isScalar(p.key) && p.key.value === 'cite')?.value : null;
    const citeNodes = isSeq(cites) ? (cites.items as Node[]) : [];
    return { ...entry, line, citeLines: entry.cite.map((_, j) => lineOf(citeNodes[j] ?? null, line)) };
  });
  return { entries, problems: [...problems, ...duplicates(file, entries)] };
}

/** YAML folds a long definition's lines with a space; Chinese text has none between its characters. */
const CJK_GAP = /(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g;
export function unfold(text: string): string {
  return text.replace(CJK_GAP, '').trim();
}

/** Two entries with one id or one wording would make anchors and marks ambiguous. */
function duplicates(file: string, entries: LocatedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Map<string, number>();
  const forms = new Map<string, string>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push({ file, line: e.line, message: `duplicate glossary id ${e.id} (also at line ${ids.get(e.id)})` });
    ids.set(e.id, e.line);
    for (const f of [e.term, ...e.aliases]) {
      const owner = forms.get(f);
      if (owner && owner !== e.id) problems.push({ file, line: e.line, message: `“${f}” is already a wording of ${owner}` });
      forms.set(f, e.id);
    }
  }
  return problems;
}
