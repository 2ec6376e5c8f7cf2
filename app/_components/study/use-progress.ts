'use client';
/**
 * Self-test progress in this browser's localStorage, and nowhere else: no
 * account, no server. Read after hydration (the static HTML is the same
 * for everyone); a storage that is full or switched off just forgets.
 */
import { useCallback, useEffect, useState } from 'react';
import { PROGRESS_KEY, parseProgress, recordAnswer, type Progress } from '@/lib/study/progress';

export function useProgress() {
  const [progress, setProgress] = useState<Progress>({});
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    setProgress(parseProgress(read()));
    setLoaded(true);
  }, []);

  const record = useCallback((questionId: string, correct: boolean) => {
    setProgress((before) => {
      const next = recordAnswer(before, questionId, correct, new Date());
      write(JSON.stringify(next));
      return next;
    });
  }, []);

  const reset = useCallback(() => {
    write(null);
    setProgress({});
  }, []);

  return { progress, loaded, record, reset };
}

function read(): string | null {
  try {
    return window.localStorage.getItem(PROGRESS_KEY);
  } catch {
    return null;
  }
}

function write(value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(PROGRESS_KEY);
    else window.localStorage.setItem(PROGRESS_KEY, value);
  } catch {
    // Private mode or a full storage: progress is kept for this visit only.
  }
}
