/**
 * Self-test progress, as kept in the reader's own browser (localStorage):
 * per question how often it was answered and answered right, whether the
 * last answer was right, and when it was last seen. Pure: the page reads and
 * writes the storage.
 */
export type QuestionProgress = { answered: number; correct: number; lastCorrect: boolean; lastSeen: string };
export type Progress = Record<string, QuestionProgress>;

export const PROGRESS_KEY = 'fagui-kb:study-progress:v1';

export function recordAnswer(progress: Progress, questionId: string, correct: boolean, now: Date): Progress {
  const before = progress[questionId] ?? { answered: 0, correct: 0, lastCorrect: false, lastSeen: '' };
  return {
    ...progress,
    [questionId]: { answered: before.answered + 1, correct: before.correct + (correct ? 1 : 0), lastCorrect: correct, lastSeen: now.toISOString() },
  };
}

/** Questions whose last answer was wrong: 重做错题. */
export function wrongIds(progress: Progress): Set<string> {
  return new Set(Object.entries(progress).filter(([, p]) => !p.lastCorrect).map(([id]) => id));
}

export function summarize(progress: Progress, ids: string[]): { total: number; answered: number; right: number; wrong: number } {
  let answered = 0;
  let right = 0;
  for (const id of ids) {
    const p = progress[id];
    if (!p) continue;
    answered++;
    if (p.lastCorrect) right++;
  }
  return { total: ids.length, answered, right, wrong: answered - right };
}

/** Whatever the storage holds, a valid Progress (a damaged entry is dropped, not trusted). */
export function parseProgress(raw: string | null): Progress {
  if (!raw) return {};
  try {
    const data = JSON.parse(raw) as unknown;
    if (!data || typeof data !== 'object') return {};
    const out: Progress = {};
    for (const [id, p] of Object.entries(data as Record<string, Partial<QuestionProgress>>)) {
      if (p && typeof p.answered === 'number' && typeof p.correct === 'number' && typeof p.lastCorrect === 'boolean') {
        out[id] = { answered: p.answered, correct: p.correct, lastCorrect: p.lastCorrect, lastSeen: typeof p.lastSeen === 'string' ? p.lastSeen : '' };
      }
    }
    return out;
  } catch {
    return {};
  }
}
