'use client';
/**
 * The comparison's switches: 校订本 / 原文, 显示差异, 只看有差异的行. All
 * content for every setting is already in the page; a switch only sets a
 * data attribute that compare.css reads. The settings live in the URL query
 * (?view=source&diff=hide&only=changed) so a link shares exactly this view.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { withBase } from '@/app/_lib/with-base';

export type CompareSettings = { view: 'corrected' | 'source'; diff: boolean; onlyChanged: boolean };
const DEFAULTS: CompareSettings = { view: 'corrected', diff: true, onlyChanged: false };

type Props = {
  children: ReactNode;
  csv: { corrected: string; source: string };
  csvName: string;
  /** Aligned rows with identical wording, per wording: what 只看有差异的行 hides. */
  identical: { corrected: number; source: number };
};

export function CompareControls({ children, csv, csvName, identical }: Props) {
  const [s, setS] = useState<CompareSettings>(DEFAULTS);

  useEffect(() => {
    // Read after hydration: the static HTML is the same for every query.
    setS(readQuery(window.location.search));
  }, []);

  const update = (next: Partial<CompareSettings>) => {
    const merged = { ...s, ...next };
    setS(merged);
    window.history.replaceState(window.history.state, '', writeQuery(new URL(window.location.href), merged));
  };

  return (
    <div className="cmp-root" data-view={s.view} data-diff={s.diff ? 'show' : 'hide'} data-only={s.onlyChanged ? 'changed' : 'all'}>
      <div className="cmp-controls no-print" role="group" aria-label="对照设置">
        <div role="group" aria-label="文本版本" className="cmp-switch">
          <SwitchButton pressed={s.view === 'corrected'} onClick={() => update({ view: 'corrected' })}>
            校订本
          </SwitchButton>
          <SwitchButton pressed={s.view === 'source'} onClick={() => update({ view: 'source' })}>
            原文
          </SwitchButton>
        </div>
        <label className="cmp-check">
          <input type="checkbox" checked={s.diff} onChange={(e) => update({ diff: e.target.checked })} />
          显示差异
        </label>
        <label className="cmp-check">
          <input type="checkbox" checked={s.onlyChanged} onChange={(e) => update({ onlyChanged: e.target.checked })} />
          只看有差异的行
          <span className="text-muted">（{identical[s.view]} 行文字完全相同）</span>
        </label>
        <span className="cmp-actions">
          <a href={withBase(csv[s.view])} download={csvName.replace('{view}', s.view === 'source' ? '原文' : '校订本')} className="cmp-button">
            导出CSV
          </a>
          <button type="button" className="cmp-button" onClick={() => window.print()}>
            打印
          </button>
        </span>
      </div>
      <p className="cmp-view-note no-print" aria-live="polite">
        {s.view === 'source' ? '正在比较原文：逐字照录来源，未应用校订，来源中脱漏的字会显示为差异。' : '正在比较校订本：已按校订记录补正来源的错漏。'}
      </p>
      {children}
    </div>
  );
}

export function readQuery(search: string): CompareSettings {
  const q = new URLSearchParams(search);
  return { view: q.get('view') === 'source' ? 'source' : 'corrected', diff: q.get('diff') !== 'hide', onlyChanged: q.get('only') === 'changed' };
}

function writeQuery(url: URL, s: CompareSettings): URL {
  const set = (key: string, value: string | null) => (value === null ? url.searchParams.delete(key) : url.searchParams.set(key, value));
  set('view', s.view === 'source' ? 'source' : null);
  set('diff', s.diff ? null : 'hide');
  set('only', s.onlyChanged ? 'changed' : null);
  return url;
}

function SwitchButton({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" aria-pressed={pressed} onClick={onClick} className={`cmp-button${pressed ? ' cmp-pressed' : ''}`}>
      {children}
    </button>
  );
}
