/**
 * The self-test's downloads (lib/study/question-shards): the index once per
 * page, each question file once however often a round asks for it. A failed
 * read may be retried.
 */
import type { Question } from '@/lib/study/generate-questions';
import { STUDY_INDEX, type StudyIndex } from '@/lib/study/question-shards';
import { withBase } from '@/app/_lib/with-base';

const cache = new Map<string, Promise<unknown>>();

function load<T>(url: string): Promise<T> {
  let pending = cache.get(url) as Promise<T> | undefined;
  if (!pending) {
    pending = fetch(withBase(url)).then((res) => {
      if (!res.ok) throw new Error(`读取自测题失败（HTTP ${res.status}）`);
      return res.json() as Promise<T>;
    });
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  return pending;
}

export const loadStudyIndex = () => load<StudyIndex>(STUDY_INDEX);
export const loadQuestions = (url: string) => load<Question[]>(url);
