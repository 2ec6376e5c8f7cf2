'use client';
/**
 * 自测: questions drawn by topic, document and level, asked in rounds of a
 * few (lib/study/quiz-rounds: no question of a round shows another's
 * answer), in three modes — all, not yet answered, 重做错题 (last answer
 * wrong). The filters and the round live in the URL
 * (/study/?topic=<slug>&doc=<id>&level=<level>&round=<n>), so a link can
 * preset them. Only the files the round draws from are downloaded
 * (lib/study/question-shards); progress stays in this browser.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Question } from '@/lib/study/generate-questions';
import { LEVEL_LABEL, LEVEL_ORDER } from '@/lib/content/labels';
import { documentOfQuestion, studyDocumentFile, studyTopicFile, type StudyIndex } from '@/lib/study/question-shards';
import { wrongIds, type Progress } from '@/lib/study/progress';
import { useProgress } from './use-progress';
import { useQuestionPool } from './use-question-pool';
import { ROUND_SIZE } from '@/lib/study/quiz-rounds';
import { loadStudyIndex } from './load-questions';
import { QuizCard } from './quiz-card.client';
import { StudyFilters, type Filters, type Mode } from './study-filters';

const NO_FILTERS: Filters = { topic: '', doc: '', level: '' };

export function SelfTest() {
  const { progress, loaded, record, reset } = useProgress();
  const [index, setIndex] = useState<StudyIndex | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [round, setRound] = useState(0);
  const [mode, setMode] = useState<Mode>('all');
  // The set a mode selects is taken when the mode is chosen, so a card does not vanish the moment it is answered.
  const [snapshot, setSnapshot] = useState<Set<string> | null>(null);

  useEffect(() => {
    loadStudyIndex().then((ix) => {
      // Read after hydration: the static HTML is the same for every URL; unknown values are dropped.
      const params = new URLSearchParams(window.location.search);
      const pick = (name: string, ok: (v: string) => boolean) => (params.get(name) && ok(params.get(name)!) ? params.get(name)! : '');
      setFilters({
        topic: pick('topic', (v) => ix.topics.some((t) => t.id === v)),
        doc: pick('doc', (v) => ix.documents.some((d) => d.id === v)),
        level: pick('level', (v) => ix.documents.some((d) => d.level === v)),
      });
      setRound(Math.max(0, (Number(params.get('round')) || 1) - 1));
      setIndex(ix);
    }, (e: Error) => setFailed(e.message));
  }, []);

  useEffect(() => {
    if (!index) return;
    const url = new URL(window.location.href);
    for (const [name, value] of Object.entries({ ...filters, round: round ? String(round + 1) : '' })) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, [index, filters, round]);

  const levelOf = useMemo(() => new Map(index?.documents.map((d) => [d.id, d.level ?? '']) ?? []), [index]);
  const files = useMemo(() => (index ? filesFor(index, filters, mode, snapshot) : []), [index, filters, mode, snapshot]);
  const keep = useCallback(
    (q: Question) =>
      (!filters.doc || q.documentId === filters.doc) &&
      (!filters.topic || q.topics.includes(filters.topic)) &&
      (!filters.level || levelOf.get(q.documentId) === filters.level) &&
      (mode === 'all' || !snapshot || (mode === 'wrong' ? snapshot.has(q.id) : !snapshot.has(q.id))),
    [filters, levelOf, mode, snapshot],
  );
  const pool = useQuestionPool(files, keep, round);
  const shown = pool.ready ? (pool.rounds[round] ?? []) : [];

  const change = (next: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...next }));
    setRound(0);
  };
  const choose = (next: Mode) => {
    setMode(next);
    setRound(0);
    if (next === 'wrong') setSnapshot(wrongIds(progress));
    else if (next === 'new') setSnapshot(new Set(Object.keys(progress)));
    else setSnapshot(null);
  };

  if (failed) return <p role="alert">{failed}</p>;
  if (!index) return <p className="text-muted">正在读取题目……</p>;
  const levels = LEVEL_ORDER.filter((l): l is NonNullable<typeof l> => !!l && index.documents.some((d) => d.level === l)).map((l) => ({ id: l, name: LEVEL_LABEL[l] }));
  const documents = index.documents.filter((d) => !filters.level || d.level === filters.level).map((d) => ({ id: d.id, name: d.name }));
  const topics = index.topics.filter((t) => t.count).map((t) => ({ id: t.id, name: t.name }));

  return (
    <div>
      <StudyFilters
        documents={documents}
        topics={topics}
        levels={levels}
        filters={filters}
        mode={mode}
        wrongCount={loaded ? wrongIds(progress).size : null}
        onChange={change}
        onMode={choose}
      />
      <ScopeLine index={index} filters={filters} pool={pool.loaded} more={pool.more} progress={loaded ? progress : null} onReset={reset} />
      {shown.length ? (
        <section aria-label={`第 ${round + 1} 轮`}>
          <h2 className="mb-2 text-base font-bold" data-round={round + 1}>
            第 {round + 1} 轮（{shown.length} 题）
          </h2>
          <ol className="space-y-3">
            {shown.map((q, i) => (
              <QuizCard key={q.id} question={q} n={i + 1} past={progress[q.id]} onAnswer={record} />
            ))}
          </ol>
        </section>
      ) : pool.loading ? (
        <p className="text-muted">正在读取题目……</p>
      ) : pool.error ? (
        <p role="alert">{pool.error}</p>
      ) : (
        <p className="rounded border border-rule bg-white px-4 py-6 text-center text-muted">{mode === 'wrong' ? '没有答错的题。' : mode === 'new' ? '这个范围的题都做过了。' : '这个范围没有题目。'}</p>
      )}
      <nav aria-label="轮次" className="mt-4 flex flex-wrap items-center gap-3 text-sm">
        <button type="button" className="reading-button" disabled={round === 0} onClick={() => setRound(round - 1)}>
          上一轮
        </button>
        <button type="button" className="reading-button" disabled={!(round + 1 < pool.rounds.length || (pool.more && shown.length > 0))} onClick={() => setRound(round + 1)}>
          下一轮
        </button>
        <span className="text-muted">每轮至多 {ROUND_SIZE} 题，同一轮中没有一题露出另一题的答案。</span>
      </nav>
    </div>
  );
}

/** The files a scope draws from, in the order questions are asked. */
function filesFor(index: StudyIndex, f: Filters, mode: Mode, snapshot: Set<string> | null): string[] {
  if (f.doc) return [studyDocumentFile(f.doc)];
  if (f.topic) return [studyTopicFile(f.topic)];
  const wrongDocs = mode === 'wrong' && snapshot ? new Set([...snapshot].map(documentOfQuestion)) : null;
  return index.documents.filter((d) => (!f.level || d.level === f.level) && (!wrongDocs || wrongDocs.has(d.id))).map((d) => studyDocumentFile(d.id));
}

type ScopeProps = { index: StudyIndex; filters: Filters; pool: Question[]; more: boolean; progress: Progress | null; onReset: () => void };

/** How many questions the scope holds and how the reader has done on them. */
function ScopeLine({ index, filters, pool, more, progress, onReset }: ScopeProps) {
  // A document or topic file is read whole; a level or the whole collection is counted from the index.
  const docs = new Set(index.documents.filter((d) => (!filters.level || d.level === filters.level) && (!filters.doc || d.id === filters.doc)).map((d) => d.id));
  const byFile = !!(filters.doc || filters.topic) && !more;
  const total = byFile ? pool.length : index.documents.filter((d) => docs.has(d.id)).reduce((n, d) => n + d.count, 0);
  const ids = byFile ? new Set(pool.map((q) => q.id)) : null;
  const mine = progress ? Object.entries(progress).filter(([id]) => (ids ? ids.has(id) : docs.has(documentOfQuestion(id)))) : [];
  const right = mine.filter(([, p]) => p.lastCorrect).length;
  return (
    <p className="mb-3 text-sm" aria-live="polite" data-progress={progress ? `${mine.length}/${total}` : undefined}>
      本范围 {total} 题
      {progress ? (
        <>
          ：已做 <b>{mine.length}</b> 题，最近一次答对 <b>{right}</b> 题、答错 <b>{mine.length - right}</b> 题。进度只保存在本机浏览器中。
          {Object.keys(progress).length ? (
            <button type="button" className="ml-2 text-link underline" onClick={() => window.confirm('清除本机保存的全部自测进度？') && onReset()}>
              清除进度
            </button>
          ) : null}
        </>
      ) : (
        '。'
      )}
    </p>
  );
}
