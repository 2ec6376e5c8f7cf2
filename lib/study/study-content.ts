/**
 * Topics and glossary, checked against the built corpus: every embedded or
 * cited clause must exist, and a glossary entry must cite clauses that use
 * its term. Problems carry the content file and line for `kb check`.
 */
import type { ClauseRecord, TopicRecord } from '../corpus/export-contract';
import type { GlossaryEntry } from '../content/schema';
import { contentError, type ContentMessage } from '../content/message';
import { parseTopic } from './parse-topic';
import { parseGlossary } from './parse-glossary';

export type StudyFiles = {
  topics?: { path: string; slug: string; text: string }[];
  glossary?: { path: string; text: string };
};

export type StudyContent = { topics: TopicRecord[]; glossary: GlossaryEntry[] };

export function buildStudyContent(files: StudyFiles, clauses: ClauseRecord[]): StudyContent & { problems: ContentMessage[] } {
  const byRef = new Map(clauses.map((c) => [`${c.documentId}#${c.id}`, c]));
  const documents = new Set(clauses.map((c) => c.documentId));
  const problems: ContentMessage[] = [];
  const unresolved = (ref: string) => {
    if (byRef.has(ref)) return null;
    const doc = ref.split('#')[0];
    return documents.has(doc) ? `文件 ${doc} 没有条款“${ref.slice(doc.length + 1)}”` : `条款引用“${ref}”无法解析：库中没有文件 ${doc}`;
  };

  const topics: TopicRecord[] = [];
  for (const f of files.topics ?? []) {
    const parsed = parseTopic(f.path, f.slug, f.text);
    problems.push(...parsed.problems);
    for (const r of parsed.refs) {
      const why = unresolved(r.ref);
      if (why) problems.push(contentError(f.path, r.line, 'unknown-clause', why));
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
        if (why) problems.push(contentError(files.glossary!.path, line, 'unknown-clause', why));
        else if (clause && ![e.term, ...e.aliases].some((f) => clause.text.includes(f))) {
          problems.push(contentError(files.glossary!.path, line, 'cite-without-term', `${ref} 没有用到“${e.term}”：请引用释义所依据的条款`));
        }
      });
      const { line: _line, citeLines: _lines, ...entry } = e;
      glossary.push(entry);
    }
  }
  return { topics, glossary, problems };
}
