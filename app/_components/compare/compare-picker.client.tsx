'use client';
/**
 * Pick two documents and open their comparison: the pre-generated page when
 * the site has one, otherwise the comparison computed in the browser
 * (/compare/?local=…&parent=…, on-demand-compare.client.tsx). The list of
 * documents is a data file fetched on first use: at national size it holds
 * thousands, so each side shows the matches of what is typed, a page of them
 * at a time, with the chosen document always among them.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { CompareDocumentList } from '@/lib/compare/compare-document-list';
import { compareHref, onDemandHref } from '@/lib/site/compare-href';
import { loadDocumentList } from './load-document-list';

/** A document as the picker names it: [id, name]. */
export type PickerDocument = [string, string];

/** Matches shown per side: enough to scan, few enough to render at once. */
const SHOWN = 50;

export function ComparePicker({ initial }: { initial: { local: PickerDocument; parent: PickerDocument } }) {
  const router = useRouter();
  const [list, setList] = useState<CompareDocumentList | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [left, setLeft] = useState(initial.local[0]);
  const [right, setRight] = useState(initial.parent[0]);
  const [same, setSame] = useState(false);

  useEffect(() => {
    loadDocumentList().then(setList, (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, []);
  const names = useMemo(() => new Map(list?.documents ?? [initial.local, initial.parent]), [list, initial]);
  const pairs = useMemo(() => new Set(list?.pairs.map(([l, p]) => `${l}/${p}`)), [list]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (left === right) setSame(true);
    else router.push(pairs.has(`${left}/${right}`) ? compareHref(left, right) : onDemandHref(left, right));
  };
  const choose = (set: (v: string) => void) => (id: string) => (set(id), setSame(false));

  return (
    <form onSubmit={submit} className="cmp-picker" aria-label="选择要对照的两件文件">
      <div className="cmp-pick-row">
        <Side id="pick-left" label="左栏（地方文件）" value={left} names={names} documents={list?.documents} onChoose={choose(setLeft)} />
        <button type="button" className="cmp-button cmp-swap" onClick={() => (setLeft(right), setRight(left), setSame(false))} aria-label="交换左右两栏的文件">
          ⇄ 交换
        </button>
        <Side id="pick-right" label="右栏（上位法或另一文件）" value={right} names={names} documents={list?.documents} onChoose={choose(setRight)} />
        <button type="submit" className="cmp-button cmp-pressed cmp-go">
          对照
        </button>
      </div>
      <div aria-live="polite">
        {same ? <p className="cmp-pick-missing">请选择两件不同的文件。</p> : null}
        {failed ? <p className="cmp-pick-missing">{failed}</p> : null}
      </div>
    </form>
  );
}

function Side(props: { id: string; label: string; value: string; names: Map<string, string>; documents: PickerDocument[] | undefined; onChoose: (id: string) => void }) {
  const { id, label, value, names, documents, onChoose } = props;
  const [filter, setFilter] = useState('');
  const { shown, total } = useMemo(() => matches(documents ?? [], filter), [documents, filter]);
  const options: PickerDocument[] = shown.some(([d]) => d === value) ? shown : [[value, names.get(value) ?? value], ...shown];
  return (
    <div className="cmp-pick-field">
      <label htmlFor={`${id}-filter`} className="cmp-pick-label">
        {label}
      </label>
      <input
        id={`${id}-filter`}
        type="search"
        className="cmp-select"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder="输入名称筛选，如：信访条例"
        aria-describedby={`${id}-count`}
      />
      <select id={id} aria-label={`${label}：选择文件`} size={6} value={value} onChange={(e) => onChoose(e.target.value)} className="cmp-select cmp-pick-list">
        {options.map(([d, name]) => (
          <option key={d} value={d}>
            {name}
          </option>
        ))}
      </select>
      <span id={`${id}-count`} className="cmp-pick-label">
        {documents ? (total > shown.length ? `共 ${total} 件相符，列出前 ${shown.length} 件；输入更多字可缩小范围。` : `共 ${total} 件相符。`) : '正在读取文件清单……'}
      </span>
    </div>
  );
}

/** Documents whose name or id holds every word typed, the first SHOWN of them. */
function matches(documents: PickerDocument[], filter: string): { shown: PickerDocument[]; total: number } {
  const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const hit = words.length ? documents.filter(([id, name]) => words.every((w) => name.toLowerCase().includes(w) || id.includes(w))) : documents;
  return { shown: hit.slice(0, SHOWN), total: hit.length };
}
