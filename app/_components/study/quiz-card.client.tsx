'use client';
/**
 * One fill-in-the-blank question: the clause's sentence with an input at the
 * first blank (other blanks of the same answer show as lines), options to
 * pick from where the answer is a phrase, 检查 (or Enter), the verdict with
 * the answer and a link back to the clause.
 */
import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import type { Question } from '@/lib/study/generate-questions';
import type { QuestionProgress } from '@/lib/study/progress';
import { isCorrect } from '@/lib/study/check-answer';
import { docHref } from '@/app/_lib/routes';

export const KIND_LABEL: Record<Question['kind'], string> = { time: '时限', who: '责任主体', sequence: '递进措施' };

type Result = 'right' | 'wrong' | null;
type Props = { question: Question; n: number; past?: QuestionProgress; onAnswer: (id: string, correct: boolean) => void };

export function QuizCard({ question: q, n, past, onAnswer }: Props) {
  const [value, setValue] = useState('');
  const [verdict, setVerdict] = useState<Result>(null);
  const id = useId();
  const inputId = `${id}-input`;
  const hintId = `${id}-hint`;

  const pick = (next: string) => {
    setValue(next);
    setVerdict(null);
  };
  const check = (e: FormEvent) => {
    e.preventDefault();
    if (!value.trim()) return;
    const ok = isCorrect(value, q.answer, q.accepted);
    setVerdict(ok ? 'right' : 'wrong');
    onAnswer(q.id, ok);
  };

  return (
    <li className="quiz-card rounded border border-rule bg-white px-4 py-3" data-question={q.id} data-kind={q.kind}>
      <form onSubmit={check}>
        <p className="mb-1 flex flex-wrap items-baseline gap-x-2 text-sm text-muted">
          <span className="font-bold text-ink">第 {n} 题</span>
          <span>{KIND_LABEL[q.kind]}</span>
          <span>出自</span>
          <Link href={docHref(q.documentId, q.clauseId)} prefetch={false}>
            {q.cite}
          </Link>
          {past ? <span className="ml-auto">上次{past.lastCorrect ? '答对' : '答错'}（{formatSavedAt(past.lastSeen)}，共作答 {past.answered} 次）</span> : null}
        </p>
        <Prompt question={q} n={n} value={value} verdict={verdict} inputId={inputId} hintId={hintId} onChange={pick} />
        <p id={hintId} className="mt-1 text-sm text-muted">
          {q.hint}
          {q.kind === 'time' ? '（阿拉伯数字、汉字数字或全角数字均可）' : ''}
        </p>
        {q.choices ? (
          <div role="group" aria-label={`第 ${n} 题可选答案`} className="mt-2 flex flex-wrap gap-2 text-sm">
            {q.choices.map((c) => (
              <button key={c} type="button" className="quiz-choice reading-button" aria-pressed={value === c} onClick={() => pick(c)}>
                {c}
              </button>
            ))}
          </div>
        ) : null}
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded border border-link bg-link px-3 py-0.5 text-sm text-white">
            检查
          </button>
          <Verdict question={q} verdict={verdict} />
        </div>
      </form>
    </li>
  );
}

type PromptProps = { question: Question; n: number; value: string; verdict: Result; inputId: string; hintId: string; onChange: (value: string) => void };

/** The sentence with the input at the first blank; later blanks of the same answer fill in once answered. */
function Prompt({ question: q, n, value, verdict, inputId, hintId, onChange }: PromptProps) {
  return (
    <p className="font-serif text-[1.02rem] leading-9">
      {q.prompt.map((piece, i) => (
        <span key={i}>
          {piece}
          {i === 0 && q.prompt.length > 1 ? (
            <input
              id={inputId}
              className="quiz-input"
              value={value}
              onChange={(e) => onChange(e.target.value)}
              aria-label={`第 ${n} 题填空`}
              aria-describedby={hintId}
              aria-invalid={verdict === 'wrong' ? true : undefined}
              data-result={verdict ?? undefined}
              autoComplete="off"
              spellCheck={false}
            />
          ) : null}
          {i > 0 && i < q.prompt.length - 1 ? <span className="quiz-blank">{verdict ? q.answer : '\u3000'}</span> : null}
        </span>
      ))}
    </p>
  );
}

function Verdict({ question: q, verdict }: { question: Question; verdict: Result }) {
  if (!verdict) return <p aria-live="polite" className="text-sm" />;
  const typed = verdict === 'right' ? null : q.accepted?.length ? `（也可答：${q.accepted.join('、')}）` : null;
  return (
    <p aria-live="polite" className="text-sm" data-verdict={verdict}>
      {verdict === 'right' ? <span className="font-bold text-corr">回答正确。</span> : <span className="font-bold text-[#b42318]">回答错误。</span>}
      正确答案：<b>{q.answer}</b>
      {typed}，见
      {/* The clause the question tests, by its one name (lib/clause). */}
      <Link href={docHref(q.documentId, q.clauseId)} prefetch={false} className="quiz-source" data-clause={q.clauseId}>
        {q.cite}
      </Link>
      。
    </p>
  );
}

/** When a result was saved: month, day and time of day. */
function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '时间不详';
  return `${d.getMonth() + 1}月${d.getDate()}日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
