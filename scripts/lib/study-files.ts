/**
 * `kb build`'s study step: topics, glossary and self-test questions for the
 * pages (.generated/study.json), the questions for anyone to reuse
 * (public/data/study/questions.json), and each document's handout as plain
 * text and as Word (public/data/download/<doc>.txt|.docx).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Packer } from 'docx';
import type { BuiltCorpus } from '../../lib/build-corpus';
import { generateQuestions } from '../../lib/study/generate-questions';
import { buildHandout } from '../../lib/study/handout-model';
import { documentText } from '../../lib/study/document-text';
import { documentDocx } from '../../lib/study/document-docx';
import { SITE_NAME } from '../../app/_lib/site';
import { LEVEL_ORDER } from '../../app/_lib/labels';

export const STUDY_JSON = join('.generated', 'study.json');
export const QUESTIONS_JSON = join('public', 'data', 'study', 'questions.json');
export const DOWNLOAD_DIR = join('public', 'data', 'download');

export async function writeStudyFiles(built: BuiltCorpus): Promise<string> {
  const { corpus, study } = built;
  // Questions run from the central rule down to local ones, as a course would.
  const rank = (level: string | null) => LEVEL_ORDER.indexOf(level as (typeof LEVEL_ORDER)[number]);
  const documents = [...corpus.documents].sort((a, b) => rank(a.level) - rank(b.level));
  const questions = generateQuestions({ documents, clauses: corpus.clauses, topics: study.topics });
  writeFileSync(STUDY_JSON, JSON.stringify({ ...study, questions }));
  mkdirSync(join('public', 'data', 'study'), { recursive: true });
  writeFileSync(QUESTIONS_JSON, JSON.stringify(questions));

  // A document removed from content/ must not leave its old download behind.
  if (existsSync(DOWNLOAD_DIR)) rmSync(DOWNLOAD_DIR, { recursive: true });
  mkdirSync(DOWNLOAD_DIR, { recursive: true });
  for (const doc of corpus.documents) {
    const handout = buildHandout(
      doc,
      corpus.clauses.filter((c) => c.documentId === doc.id),
      corpus.corrections.filter((c) => c.documentId === doc.id),
    );
    // A byte-order mark and CRLF, so the file opens as UTF-8 in any Windows editor.
    writeFileSync(join(DOWNLOAD_DIR, `${doc.id}.txt`), '\ufeff' + documentText(handout, SITE_NAME).replace(/\n/g, '\r\n'));
    writeFileSync(join(DOWNLOAD_DIR, `${doc.id}.docx`), await Packer.toBuffer(documentDocx(handout, SITE_NAME)));
  }
  const files = readdirSync(DOWNLOAD_DIR).length;
  return `study: ${study.topics.length} topics, ${study.glossary.length} terms, ${questions.length} questions → ${STUDY_JSON}; ${files} downloads → ${DOWNLOAD_DIR}/`;
}
