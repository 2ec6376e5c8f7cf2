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
      <StudyFilters documents={documents} topics={topics} doc={doc} topic={topic} mode={mode} wrongCount={loaded ? wrongIds(progress).size : null} onDoc={setDoc} onTopic={setTopic} onMode={choose} />
      <ProgressLine stats={loaded ? stats : null} total={stats.total} canReset={Object.keys(progress).length > 0} onReset={reset} />
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

type FilterProps = {
  documents: Option[];
  topics: Option[];
  doc: string;
  topic: string;
  mode: Mode;
  wrongCount: number | null;
  onDoc: (id: string) => void;
  onTopic: (id: string) => void;
  onMode: (mode: Mode) => void;
};

function StudyFilters({ documents, topics, doc, topic, mode, wrongCount, onDoc, onTopic, onMode }: FilterProps) {
  return (
    <div className="mb-4 flex flex-wrap items-end gap-4 rounded border border-rule bg-white px-4 py-3 text-sm">
      <Select label="文件" all="全部文件" value={doc} options={documents} onChange={onDoc} />
      <Select label="专题" all="全部专题" value={topic} options={topics} onChange={onTopic} />
      <div role="group" aria-label="出题范围" className="flex flex-wrap gap-2">
        {MODES.map((m) => (
          <button key={m.id} type="button" aria-pressed={mode === m.id} onClick={() => onMode(m.id)} className={`reading-button ${mode === m.id ? 'border-link! bg-link! text-white!' : ''}`}>
            {m.label}
            {m.id === 'wrong' && wrongCount !== null ? `（${wrongCount}）` : ''}
          </button>
        ))}
      </div>
    </div>
  );
}

function Select({ label, all, value, options, onChange }: { label: string; all: string; value: string; options: Option[]; onChange: (id: string) => void }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-muted">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} className="max-w-[16rem] rounded border border-rule bg-white px-2 py-1">
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}

type Stats = ReturnType<typeof summarize>;

function ProgressLine({ stats, total, canReset, onReset }: { stats: Stats | null; total: number; canReset: boolean; onReset: () => void }) {
  return (
    <p className="mb-3 text-sm" aria-live="polite" data-progress={stats ? `${stats.answered}/${stats.total}` : undefined}>
      {stats ? (
        <>
          本范围 {stats.total} 题：已做 <b>{stats.answered}</b> 题，最近一次答对 <b>{stats.right}</b> 题、答错 <b>{stats.wrong}</b> 题。进度只保存在本机浏览器中。
          {canReset ? (
            <button type="button" className="ml-2 text-link underline" onClick={() => window.confirm('清除本机保存的全部自测进度？') && onReset()}>
              清除进度
            </button>
          ) : null}
        </>
      ) : (
        `本范围 ${total} 题。`
      )}
    </p>
  );
}
