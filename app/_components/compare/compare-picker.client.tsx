'use client';
/**
 * Pick two documents and open their comparison. The site is static, so only
 * pre-generated pairs have a page; for any other choice the picker says so
 * and offers the generated pairs nearest to it (same left or same right
 * document, declared relations first).
 */
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import Link from 'next/link';
import type { PairRelation } from '@/lib/compare/compare-pairs';
import { nearestPairs } from '@/lib/compare/nearest-pairs';
import { compareHref } from '@/lib/compare/compare-href';

export type PickerDocument = { id: string; name: string; kind: string };
export type PickerPair = { local: string; parent: string; relation: PairRelation };

const RELATION_LABEL: Record<PairRelation, string> = {
  implements: '地方文件对照上位法',
  'implemented-by': '上位法对照地方文件',
  siblings: '依据同一上位法',
  similar: '按文字相似度对齐',
};

export function ComparePicker({ documents, pairs, initial }: { documents: PickerDocument[]; pairs: PickerPair[]; initial: { local: string; parent: string } }) {
  const router = useRouter();
  const [left, setLeft] = useState(initial.local);
  const [right, setRight] = useState(initial.parent);
  const [missing, setMissing] = useState<{ left: string; right: string } | null>(null);
  const name = (id: string) => documents.find((d) => d.id === id)?.name ?? id;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pairs.some((p) => p.local === left && p.parent === right)) router.push(compareHref(left, right));
    else setMissing({ left, right });
  };
  const select = (id: string, label: string, value: string, set: (v: string) => void) => (
    <label htmlFor={id} className="cmp-pick-field">
      <span className="cmp-pick-label">{label}</span>
      <select id={id} value={value} onChange={(e) => (set(e.target.value), setMissing(null))} className="cmp-select">
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
        <button type="button" className="cmp-button cmp-swap" onClick={() => (setLeft(right), setRight(left), setMissing(null))} aria-label="交换左右两栏的文件">
          ⇄ 交换
        </button>
        {select('pick-right', '右栏（上位法或另一文件）', right, setRight)}
        <button type="submit" className="cmp-button cmp-pressed cmp-go">
          对照
        </button>
      </div>
      <div aria-live="polite">
        {missing ? (
          <div className="cmp-pick-missing">
            <p>
              {missing.left === missing.right
                ? '请选择两件不同的文件。'
                : `没有预先生成${name(missing.left)}与${name(missing.right)}的对照页：本站只对照法规类文件，以及声明了上下位关系的文件。`}
            </p>
            <NearestList pairs={nearestPairs(pairs, missing.left, missing.right)} name={name} />
          </div>
        ) : null}
      </div>
    </form>
  );
}

function NearestList({ pairs, name }: { pairs: PickerPair[]; name: (id: string) => string }) {
  if (!pairs.length) return <p>这两件文件都没有可用的对照页，请换一件法规类文件。</p>;
  return (
    <>
      <p>相近的对照页：</p>
      <ul className="cmp-pick-list">
        {pairs.map((p) => (
          <li key={`${p.local}/${p.parent}`}>
            <Link href={compareHref(p.local, p.parent)} prefetch={false}>
              {name(p.local)} ⇄ {name(p.parent)}
            </Link>
            <span className="text-muted">（{RELATION_LABEL[p.relation]}）</span>
          </li>
        ))}
      </ul>
    </>
  );
}
