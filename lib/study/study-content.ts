/**
 * Topics and glossary, checked against the built corpus: every embedded or
 * cited clause must exist, and a glossary entry must cite clauses that use
 * its term. Problems carry the content file and line for `kb check`.
 */
import type { ClauseRecord, TopicRecord } from '../corpus/export-contract';
import type { GlossaryEntry } from '../content/schema';
import type { ContentProblem } from '../content/parse-content';
import { parseTopic } from './parse-topic';
import { parseGlossary } from './parse-glossary';

export type StudyFiles = {
  topics?: { path: string; slug: string; text: string }[];
  glossary?: { path: string; text: string };
};

export type StudyContent = { topics: TopicRecord[]; glossary: GlossaryEntry[] };

export function buildStudyContent(files: StudyFiles, clauses: ClauseRecord[]): StudyContent & { problems: ContentProblem[] } {
  const byRef = new Map(clauses.map((c) => [`${c.documentId}#${c.id}`, c]));
  const documents = new Set(clauses.map((c) => c.documentId));
  const problems: ContentProblem[] = [];
  const unresolved = (ref: string) => {
    if (byRef.has(ref)) return null;
    const doc = ref.split('#')[0];
    return documents.has(doc) ? `document ${doc} has no clause “${ref.slice(doc.length + 1)}”` : `unknown clause reference “${ref}”: no document ${doc}`;
  };

  const topics: TopicRecord[] = [];
  for (const f of files.topics ?? []) {
    const parsed = parseTopic(f.path, f.slug, f.text);
    problems.push(...parsed.problems);
    for (const r of parsed.refs) {
      const why = unresolved(r.ref);
      if (why) problems.push({ file: f.path, line: r.line, message: why });
    }
    if (parsed.topic) topics.push(parsed.topic);
  }
  topics.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));

  const glossary: GlossaryEntry[] = [];
  if (files.glossary) {
    const { entries, problems: p } = parseGlossary(files.glossary.path, files.glossary.text);
    problems.push(...p);
    for (const e of entries) {
      e.cite.forEach((ref, j) => {
        const line = e.citeLines[j];
        const clause = byRef.get(ref);
        const why = unresolved(ref);
        if (why) problems.push({ file: files.glossary!.path, line, message: why });
        else if (clause && ![e.term, ...e.aliases].some((f) => clause.text.includes(f))) {
          problems.push({ file: files.glossary!.path, line, message: `${ref} does not use “${e.term}”: cite the clauses the definition is written from` });
        }
      });
      const { line: _line, citeLines: _lines, ...entry } = e;
      glossary.push(entry);
    }
  }
  return { topics, glossary, problems };
}
