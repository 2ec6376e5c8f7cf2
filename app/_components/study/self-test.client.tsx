'use client';
/**
 * 自测: the questions generated from the clauses, filtered by document or
 * topic, in three modes — all, not yet answered, 重做错题 (last answer
 * wrong). Progress stays in this browser (use-progress). A link may preset
 * the filter: /study/?topic=<slug> or ?doc=<id>.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Question } from '@/lib/study/generate-questions';
import { summarize, wrongIds } from '@/lib/study/progress';
import { useProgress } from './use-progress';
import { QuizCard } from './quiz-card.client';

export type Option = { id: string; name: string };
type Mode = 'all' | 'new' | 'wrong';

const MODES: { id: Mode; label: string }[] = [
  { id: 'all', label: '全部题目' },
  { id: 'new', label: '未做过的' },
  { id: 'wrong', label: '重做错题' },
];

export function SelfTest({ questions, documents, topics }: { questions: Question[]; documents: Option[]; topics: Option[] }) {
  const { progress, loaded, record, reset } = useProgress();
  const [doc, setDoc] = useState('');
  const [topic, setTopic] = useState('');
  const [mode, setMode] = useState<Mode>('all');
  // The set a mode selects is taken when the mode is chosen, so a card does not vanish the moment it is answered.
  const [snapshot, setSnapshot] = useState<Set<string> | null>(null);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (params.get('topic') && topics.some((t) => t.id === params.get('topic'))) setTopic(params.get('topic')!);
    if (params.get('doc') && documents.some((d) => d.id === params.get('doc'))) setDoc(params.get('doc')!);
  }, [topics, documents]);

  const inScope = useMemo(() => questions.filter((q) => (!doc || q.documentId === doc) && (!topic || q.topics.includes(topic))), [questions, doc, topic]);
  const shown = useMemo(() => (mode === 'all' || !snapshot ? inScope : inScope.filter((q) => snapshot.has(q.id))), [inScope, mode, snapshot]);
  const stats = summarize(progress, inScope.map((q) => q.id));

  const choose = (next: Mode) => {
    setMode(next);
    if (next === 'wrong') setSnapshot(wrongIds(progress));
    else if (next === 'new') setSnapshot(new Set(questions.filter((q) => !progress[q.id]).map((q) => q.id)));
    else setSnapshot(null);
  };

  return (
    <div>
      <div className="mb-4 flex flex-wrap items-end gap-4 rounded border border-rule bg-white px-4 py-3 text-sm">
        <label className="flex flex-col gap-1">
          <span className="text-muted">文件</span>
          <select value={doc} onChange={(e) => setDoc(e.target.value)} className="rounded border border-rule bg-white px-2 py-1">
            <option value="">全部文件</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-muted">专题</span>
          <select value={topic} onChange={(e) => setTopic(e.target.value)} className="rounded border border-rule bg-white px-2 py-1">
            <option value="">全部专题</option>
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <div role="group" aria-label="出题范围" className="flex flex-wrap gap-2">
          {MODES.map((m) => (
            <button key={m.id} type="button" aria-pressed={mode === m.id} onClick={() => choose(m.id)} className={`reading-button ${mode === m.id ? 'border-link! bg-link! text-white!' : ''}`}>
              {m.label}
              {m.id === 'wrong' && loaded ? `（${wrongIds(progress).size}）` : ''}
            </button>
          ))}
        </div>
      </div>
      <p className="mb-3 text-sm" aria-live="polite" data-progress={`${stats.answered}/${stats.total}`}>
        {loaded ? (
          <>
            本范围 {stats.total} 题：已做 <b>{stats.answered}</b> 题，最近一次答对 <b>{stats.right}</b> 题、答错 <b>{stats.wrong}</b> 题。进度只保存在本机浏览器中。
            {Object.keys(progress).length ? (
              <button type="button" className="ml-2 text-link underline" onClick={() => window.confirm('清除本机保存的全部自测进度？') && reset()}>
                清除进度
              </button>
            ) : null}
          </>
        ) : (
          `本范围 ${stats.total} 题。`
        )}
      </p>
      {shown.length ? (
        <ol className="space-y-3">
          {shown.map((q, i) => (
            <QuizCard key={q.id} question={q} n={i + 1} past={progress[q.id]} onAnswer={record} />
          ))}
        </ol>
      ) : (
        <p className="rounded border border-rule bg-white px-4 py-6 text-center text-muted">{mode === 'wrong' ? '没有答错的题。' : mode === 'new' ? '这个范围的题都做过了。' : '这个范围没有题目。'}</p>
      )}
    </div>
  );
}
