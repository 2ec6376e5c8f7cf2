/**
 * `kb build`'s study step: topics, glossary and self-test questions for the
 * pages (.generated/study.json), the questions for anyone to reuse
 * (public/data/study/questions.json), and each document's handout as plain
 * text and as Word (public/data/download/<doc>.txt|.docx).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltCorpus } from '../../lib/corpus/build-corpus';
import type { ClauseRecord, Corpus } from '../../lib/corpus/export-contract';
import { pushTo } from '../../lib/push-to';
import { generateQuestions } from '../../lib/study/generate-questions';
import { questionShards, STUDY_INDEX, studyDocumentFile, studyTopicFile } from '../../lib/study/question-shards';
import { buildHandout } from '../../lib/study/handout-model';
import { documentText } from '../../lib/study/document-text';
import { handoutDocx } from '../../lib/study/document-docx';
import { SITE_NAME } from '../../lib/site/site-name';
import { LEVEL_ORDER } from '../../lib/content/labels';
import { OUTPUT, type OutputDirs } from './staged-output';
import { cacheKey } from './build-cache';
import type { FileStore } from './file-store';

/** Under .generated/ and public/data/. */
const STUDY_JSON = 'study.json';
const QUESTIONS_JSON = join('study', 'questions.json');
const DOWNLOAD_DIR = 'download';

/** Where unchanged documents' Word files are kept between builds (build-cache.ts): base64 by a hash of the handout and the code. */
export type DocxCache = { store: FileStore; salt: string };

/** `out`: the build's fresh output folders (see staged-output), so no old download lingers. */
export async function writeStudyFiles(built: BuiltCorpus, out: OutputDirs, docxCache?: DocxCache): Promise<string> {
  const { corpus, study } = built;
  // Questions run from the central rule down to local ones, as a course would.
  const rank = (level: string | null) => LEVEL_ORDER.indexOf(level as (typeof LEVEL_ORDER)[number]);
  const documents = [...corpus.documents].sort((a, b) => rank(a.level) - rank(b.level));
  const questions = generateQuestions({ documents, clauses: corpus.clauses, topics: study.topics, synonyms: built.synonyms });
  writeFileSync(join(out.generated, STUDY_JSON), JSON.stringify({ ...study, questions }));
  mkdirSync(join(out.data, 'study'), { recursive: true });
  writeFileSync(join(out.data, QUESTIONS_JSON), JSON.stringify(questions));
  // What the self-test page downloads: an index, then one file per document or topic it draws from.
  const shards = questionShards(questions, documents, study.topics);
  const file = (url: string) => join(out.data, url.replace(/^\/data\//, ''));
  mkdirSync(join(out.data, 'study', 'doc'), { recursive: true });
  mkdirSync(join(out.data, 'study', 'topic'), { recursive: true });
  writeFileSync(file(STUDY_INDEX), JSON.stringify(shards.index));
  for (const [id, qs] of shards.byDocument) writeFileSync(file(studyDocumentFile(id)), JSON.stringify(qs));
  for (const [slug, qs] of shards.byTopic) writeFileSync(file(studyTopicFile(slug)), JSON.stringify(qs));

  const downloads = join(out.data, DOWNLOAD_DIR);
  mkdirSync(downloads, { recursive: true });
  // Grouped once: filtering every clause of the corpus for each document made this step quadratic.
  const clausesOf = new Map<string, ClauseRecord[]>();
  for (const c of corpus.clauses) pushTo(clausesOf, c.documentId, c);
  const correctionsOf = new Map<string, Corpus['corrections']>();
  for (const c of corpus.corrections) pushTo(correctionsOf, c.documentId, c);
  for (const doc of corpus.documents) {
    const handout = buildHandout(doc, clausesOf.get(doc.id) ?? [], correctionsOf.get(doc.id) ?? []);
    // A byte-order mark and CRLF, so the file opens as UTF-8 in any Windows editor.
    writeFileSync(join(downloads, `${doc.id}.txt`), '\ufeff' + documentText(handout, SITE_NAME).replace(/\n/g, '\r\n'));
    // Packing a .docx is most of this step: an unchanged handout takes its file from the cache.
    const key = docxCache && `${cacheKey(docxCache.salt, handout)}.docx`;
    const dest = join(downloads, `${doc.id}.docx`);
    if (key && docxCache.store.linkTo(key, dest)) continue;
    const docx = await handoutDocx(handout, SITE_NAME);
    if (key) docxCache.store.put(key, docx, dest);
    else writeFileSync(dest, docx);
  }
  const files = readdirSync(downloads).length;
  const reused = docxCache ? ` (reused: ${docxCache.store.hits} Word files)` : '';
  return `study: ${study.topics.length} topics, ${study.glossary.length} terms, ${questions.length} questions → ${join(OUTPUT.generated, STUDY_JSON)}; ${files} downloads → ${join(OUTPUT.data, DOWNLOAD_DIR)}/${reused}`;
}
