/**
 * The study data `kb build` wrote: topics, glossary and self-test questions
 * (.generated/study.json). Read once per build process, at build time only.
 */
import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryEntry } from '@/lib/content/schema';
import type { TopicRecord } from '@/lib/corpus/export-contract';
import type { Question } from '@/lib/study/generate-questions';
import { termPatterns } from '@/lib/study/term-usage';
import type { TermPattern } from '@/lib/study/mark-terms';

export type StudyData = { topics: TopicRecord[]; glossary: GlossaryEntry[]; questions: Question[] };

let cached: (StudyData & { patterns: TermPattern[]; byId: Map<string, GlossaryEntry> }) | null = null;

export function getStudy() {
  if (!cached) {
    const file = join(process.cwd(), '.generated', 'study.json');
    // A corpus built before the study step existed has no file: the pages then show nothing to study.
    const data: StudyData = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { topics: [], glossary: [], questions: [] };
    cached = { ...data, patterns: termPatterns(data.glossary), byId: new Map(data.glossary.map((e) => [e.id, e])) };
  }
  return cached;
}
