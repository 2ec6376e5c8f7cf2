/**
 * The self-test's questions as the page downloads them: an index (documents
 * with their level and question count, topics with theirs) and one file per
 * document and per topic. The national corpus yields tens of thousands of
 * questions; the page fetches the index and then only the files of the
 * documents or topic a round draws from. Pure: the build writes the files.
 */
import type { Level } from '../content/schema';
import type { Question } from './generate-questions';
import { pushTo } from '../push-to';

const STUDY_DATA = '/data/study';
export const STUDY_INDEX = `${STUDY_DATA}/index.json`;
export const studyDocumentFile = (documentId: string) => `${STUDY_DATA}/doc/${documentId}.json`;
export const studyTopicFile = (slug: string) => `${STUDY_DATA}/topic/${slug}.json`;

export type StudyIndex = {
  /** In the order questions are asked: central rules first, as a course would run. */
  documents: { id: string; name: string; level: Level | null; count: number }[];
  topics: { id: string; name: string; count: number }[];
};

export type QuestionShards = { index: StudyIndex; byDocument: Map<string, Question[]>; byTopic: Map<string, Question[]> };

export function questionShards(
  questions: Question[],
  documents: { id: string; shortTitle: string; level: Level | null }[],
  topics: { slug: string; title: string }[],
): QuestionShards {
  const byDocument = new Map<string, Question[]>();
  const byTopic = new Map<string, Question[]>();
  for (const q of questions) {
    pushTo(byDocument, q.documentId, q);
    for (const t of q.topics) pushTo(byTopic, t, q);
  }
  const index: StudyIndex = {
    documents: documents.filter((d) => byDocument.has(d.id)).map((d) => ({ id: d.id, name: d.shortTitle, level: d.level, count: byDocument.get(d.id)!.length })),
    topics: topics.map((t) => ({ id: t.slug, name: t.title, count: byTopic.get(t.slug)?.length ?? 0 })),
  };
  return { index, byDocument, byTopic };
}

/** The document a question id belongs to (ids are `<document>#<clause>@<rule>`), so 重做错题 fetches only those documents. */
export function documentOfQuestion(id: string): string {
  return id.slice(0, id.indexOf('#'));
}
