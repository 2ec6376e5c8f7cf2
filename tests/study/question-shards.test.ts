/** The self-test's download files: every question in its document's file and its topics' files, counted in the index. */
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../lib/study/generate-questions';
import { documentOfQuestion, questionShards, studyDocumentFile, studyTopicFile, STUDY_INDEX } from '../../lib/study/question-shards';
import { realCorpus } from '../helpers/corpus';

describe('questionShards', () => {
  const { corpus, study, synonyms } = realCorpus();
  const questions = generateQuestions({ documents: corpus.documents, clauses: corpus.clauses, topics: study.topics, synonyms });
  const { index, byDocument, byTopic } = questionShards(questions, corpus.documents, study.topics);

  it('puts each question in its document’s file once, in the order asked, and counts it in the index', () => {
    expect([...byDocument.values()].flat()).toHaveLength(questions.length);
    for (const d of index.documents) expect(byDocument.get(d.id)!.map((q) => q.id)).toEqual(questions.filter((q) => q.documentId === d.id).map((q) => q.id));
    expect(index.documents.reduce((n, d) => n + d.count, 0)).toBe(questions.length);
    // Documents without questions are not offered.
    expect(index.documents.every((d) => d.count > 0)).toBe(true);
    expect(index.documents.map((d) => d.id)).toEqual(corpus.documents.filter((d) => byDocument.has(d.id)).map((d) => d.id));
  });

  it('gives each topic its questions and its count, a topic without questions a count of 0', () => {
    for (const t of index.topics) expect(byTopic.get(t.id)?.length ?? 0).toBe(t.count);
    expect(index.topics.map((t) => t.id)).toEqual(study.topics.map((t) => t.slug));
    expect(index.topics.some((t) => t.count > 0)).toBe(true);
  });

  it('names files under /data/study/ and finds a question’s document from its id', () => {
    expect(STUDY_INDEX).toBe('/data/study/index.json');
    expect(studyDocumentFile('zongzhi-zerenzhi-2016')).toBe('/data/study/doc/zongzhi-zerenzhi-2016.json');
    expect(studyTopicFile('zeren-zhuijiu')).toBe('/data/study/topic/zeren-zhuijiu.json');
    for (const q of questions) expect(documentOfQuestion(q.id)).toBe(q.documentId);
  });
});
