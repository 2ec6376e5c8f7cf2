'use client';
/**
 * The questions a self-test draws from, downloaded as far as the round the
 * reader is on needs: the files (one per document or topic) are read in
 * order, a few at a time, until that round is full or none are left. Rounds
 * are planned over what has arrived (lib/study/quiz-rounds); a full round
 * never changes as more arrive.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Question } from '@/lib/study/generate-questions';
import { planRounds } from '@/lib/study/quiz-rounds';
import { loadQuestions } from './load-questions';

/** Files read at once: enough for a round of questions from short documents, few enough to stay light. */
const BATCH = 4;

/** `ready`: the round asked for is final (full, or the last there is): until then it is not shown, so no card changes under the reader. */
export type Pool = { rounds: Question[][]; ready: boolean; more: boolean; loading: boolean; error: string | null; loaded: Question[] };

export function useQuestionPool(files: string[], keep: (q: Question) => boolean, round: number): Pool {
  const key = files.join('\n');
  const [state, setState] = useState<{ key: string; read: number; questions: Question[] }>({ key, read: 0, questions: [] });
  const [error, setError] = useState<string | null>(null);
  const current = state.key === key ? state : { key, read: 0, questions: [] };
  const pool = useMemo(() => current.questions.filter(keep), [current.questions, keep]);
  const plan = useMemo(() => planRounds(pool), [pool]);
  const needsMore = plan.complete <= round && current.read < files.length;

  useEffect(() => {
    if (!needsMore) return;
    let live = true;
    const next = files.slice(current.read, current.read + BATCH);
    setError(null);
    Promise.all(next.map(loadQuestions)).then(
      (lists) => {
        if (live) setState({ key, read: current.read + next.length, questions: [...current.questions, ...lists.flat()] });
      },
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
    // current changes with every batch read, which is what drives the next one.
  }, [needsMore, key, current.read]); // eslint-disable-line react-hooks/exhaustive-deps

  return { rounds: plan.rounds, ready: !needsMore, more: current.read < files.length, loading: needsMore && !error, error, loaded: pool };
}
