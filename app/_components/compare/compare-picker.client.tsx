'use client';
/**
 * Pick two documents and open their comparison: the pre-generated page when
 * the site has one, otherwise the comparison computed in the browser
 * (/compare/?local=…&parent=…, on-demand-compare.client.tsx).
 */
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { compareHref, onDemandHref } from '@/lib/site/compare-href';

export type PickerDocument = { id: string; name: string; kind: string };
export type PickerPair = { local: string; parent: string };

export function ComparePicker({ documents, pairs, initial }: { documents: PickerDocument[]; pairs: PickerPair[]; initial: { local: string; parent: string } }) {
  const router = useRouter();
  const [left, setLeft] = useState(initial.local);
  const [right, setRight] = useState(initial.parent);
  const [same, setSame] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (left === right) setSame(true);
    else router.push(pairs.some((p) => p.local === left && p.parent === right) ? compareHref(left, right) : onDemandHref(left, right));
  };
  const select = (id: string, label: string, value: string, set: (v: string) => void) => (
    <label htmlFor={id} className="cmp-pick-field">
      <span className="cmp-pick-label">{label}</span>
      <select id={id} value={value} onChange={(e) => (set(e.target.value), setSame(false))} className="cmp-select">
        {documents.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}（{d.kind}）
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form onSubmit={submit} className="cmp-picker" aria-label="选择要对照的两件文件">
      <div className="cmp-pick-row">
        {select('pick-left', '左栏（地方文件）', left, setLeft)}
        <button type="button" className="cmp-button cmp-swap" onClick={() => (setLeft(right), setRight(left), setSame(false))} aria-label="交换左右两栏的文件">
          ⇄ 交换
        </button>
        {select('pick-right', '右栏（上位法或另一文件）', right, setRight)}
        <button type="submit" className="cmp-button cmp-pressed cmp-go">
          对照
        </button>
      </div>
      <div aria-live="polite">{same ? <p className="cmp-pick-missing">请选择两件不同的文件。</p> : null}</div>
    </form>
  );
}
