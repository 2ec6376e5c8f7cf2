/**
 * A self-test is asked in rounds of a few questions, and no question in a
 * round shows another's answer: two blanks cut from one sentence, or a
 * sequence question whose hint names the measure another asks for, go to
 * different rounds. Pure; the page plans rounds over the questions it has.
 */
import type { Question } from './generate-questions';
import { normalizeAnswer } from './check-answer';

export const ROUND_SIZE = 10;

type Asked = Pick<Question, 'id' | 'prompt' | 'answer' | 'hint'> & { accepted?: string[] };

/** What a reader sees of a question before answering it, in the form answers are compared in. */
export function visibleText(q: Asked): string {
  return normalizeAnswer(q.prompt.join('') + q.hint);
}

/**
 * What would give the answer away, in compared form. A worded answer is
 * itself (and each accepted wording); a number or a single character says
 * little alone (一 is in 一票否决), so it counts with the word printed right
 * after its blank — 15日, 4年 — or, at the end of a sentence, right before it.
 */
export function answerKeys(q: Asked): string[] {
  return [q.answer, ...(q.accepted ?? [])].map((a) => keyOf(a, q)).filter((k) => k !== '');
}

function keyOf(answer: string, q: Asked): string {
  const a = normalizeAnswer(answer);
  if (a.length >= 2 && !/^\d+$/.test(a)) return a;
  const after = normalizeAnswer(q.prompt[1] ?? '').slice(0, 1);
  if (after) return a + after;
  const before = normalizeAnswer(q.prompt[0] ?? '').slice(-1);
  return before ? before + a : a;
}

/** Does either question show what the other asks? */
export function gives(a: Asked, b: Asked, seen: Map<string, { text: string; keys: string[] }>): boolean {
  const va = facts(a, seen);
  const vb = facts(b, seen);
  return vb.keys.some((k) => va.text.includes(k)) || va.keys.some((k) => vb.text.includes(k));
}

function facts(q: Asked, seen: Map<string, { text: string; keys: string[] }>) {
  let f = seen.get(q.id);
  if (!f) seen.set(q.id, (f = { text: visibleText(q), keys: answerKeys(q) }));
  return f;
}

/**
 * Rounds in the questions' order: a question that would give away an answer
 * already in the round waits, and is tried first when the next round begins.
 * A full round never changes, so rounds planned over the first questions of a
 * longer list are the first rounds of that list (the page loads more as the
 * reader goes on).
 */
export function planRounds<Q extends Asked>(questions: readonly Q[], size = ROUND_SIZE): { rounds: Q[][]; complete: number } {
  const seen = new Map<string, { text: string; keys: string[] }>();
  const rounds: Q[][] = [];
  let current: Q[] = [];
  let waiting: Q[] = [];
  const fits = (q: Q) => !current.some((o) => gives(o, q, seen));
  const place = (q: Q): boolean => {
    if (!fits(q)) return false;
    current.push(q);
    if (current.length === size) {
      rounds.push(current);
      current = [];
      const retry = waiting;
      waiting = [];
      for (const w of retry) if (!place(w)) waiting.push(w);
    }
    return true;
  };
  for (const q of questions) if (!place(q)) waiting.push(q);
  const complete = rounds.length;
  // The rest: what is in hand, then what waits, in as many rounds as it takes.
  while (current.length || waiting.length) {
    if (current.length) rounds.push(current);
    current = [];
    const retry = waiting;
    waiting = [];
    for (const w of retry) if (!place(w)) waiting.push(w);
  }
  return { rounds, complete };
}
