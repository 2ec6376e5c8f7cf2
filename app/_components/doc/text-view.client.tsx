'use client';
/**
 * 显示校订本 / 显示原文. Both texts are already in the page; this only picks
 * which one CSS shows. The choice lives in the URL (?view=source) so a link
 * can open a document straight in the source's own wording.
 */
import { useEffect, useState, type ReactNode } from 'react';

type View = 'corrected' | 'source';

export function TextView({ children, correctionCount }: { children: ReactNode; correctionCount: number }) {
  const [view, setView] = useState<View>('corrected');

  useEffect(() => {
    // Read after hydration: the static HTML is the same for every URL.
    if (new URLSearchParams(window.location.search).get('view') === 'source') setView('source');
  }, []);

  const choose = (next: View) => {
    setView(next);
    const url = new URL(window.location.href);
    if (next === 'source') url.searchParams.set('view', 'source');
    else url.searchParams.delete('view');
    window.history.replaceState(window.history.state, '', url);
  };

  return (
    <div data-view={view} className="text-view">
      <div role="group" aria-label="文本版本" className="view-switch mb-3 flex flex-wrap items-center gap-2 text-sm">
        <SwitchButton pressed={view === 'corrected'} onClick={() => choose('corrected')}>
          显示校订本
        </SwitchButton>
        <SwitchButton pressed={view === 'source'} onClick={() => choose('source')}>
          显示原文
        </SwitchButton>
        <span className="text-muted">
          {view === 'source'
            ? '正在显示原文：逐字照录来源，标点、错字均未改动。'
            : correctionCount
              ? `正在显示校订本：${correctionCount} 处校订已标出，悬停或聚焦可见原文。`
              : '正在显示校订本：标点按中文规范显示。'}
        </span>
      </div>
      {children}
    </div>
  );
}

function SwitchButton({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={`rounded border px-3 py-1 ${pressed ? 'border-link bg-link text-white' : 'border-rule bg-white text-ink hover:border-link'}`}
    >
      {children}
    </button>
  );
}
