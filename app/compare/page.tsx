/**
 * /compare/: choose two documents to compare, and every pre-generated
 * comparison listed by how its documents are related (so the pages are
 * reachable without scripts too). With ?local=…&parent=… it shows that
 * pair, compared in the browser (on-demand-compare.client.tsx).
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { getCorpus } from '@/app/_data/corpus';
import { pickerName } from '@/lib/compare/compare-document-list';
import { bookTitle } from '@/lib/clause';
import type { PairRelation } from '@/lib/compare/compare-pairs';
import { ComparePicker, type PickerDocument } from '@/app/_components/compare/compare-picker.client';
import { OnDemandCompare } from '@/app/_components/compare/on-demand-compare.client';
import { compareHref } from '@/lib/site/compare-href';
import { comparePairList } from './_lib/compare-data';
import './compare.css';
import './compare-print.css';
import './compare-picker.css';

export const metadata: Metadata = { title: '条文对照' };

const GROUPS: { relation: PairRelation; title: string; note: string }[] = [
  { relation: 'implements', title: '地方文件对照上位法', note: '文件依据本库收录的上位法制定（文件声明，或从标题、制定依据条款查得），按实施关系逐条对齐。' },
  { relation: 'versions', title: '新旧对照', note: '同一法律文件的新版本与前一版本逐条并列，看修改了哪些条文。' },
  { relation: 'siblings', title: '依据同一上位法的文件', note: '两件文件实施同一上位法，经由上位法的同一条款相互对齐。' },
  { relation: 'similar', title: '用语相近的法规', note: '没有声明关系、用语最相近的几件法规，按条文用语的相似程度对齐，仅供参考。' },
];

/** Pre-generated pairs listed per kind; at national size there are thousands, each reachable from its documents' pages. */
const PAIRS_SHOWN = 50;

export default function CompareIndexPage() {
  const index = getCorpus();
  // Rendered before the query is read too (the static HTML), so the index works without scripts.
  const list = <CompareIndex />;
  return (
    <Suspense fallback={list}>
      <OnDemandCompare>{list}</OnDemandCompare>
    </Suspense>
  );
}

function CompareIndex() {
  const index = getCorpus();
  const pairs = comparePairList();
  const first = pairs.find((p) => p.relation === 'implements') ?? pairs[0];
  const [left, right] = first ? [first.local, first.parent] : index.documents.map((d) => d.id);
  const entry = (id: string): PickerDocument => [id, pickerName(index.document(id)!)];
  const name = (id: string) => bookTitle(index.document(id)?.shortTitle ?? id);

  return (
    <article className="space-y-8">
      <header>
        <h1 className="font-serif text-2xl font-bold">条文对照</h1>
        <p className="mt-2 max-w-3xl text-[0.95rem] leading-7 text-muted">
          把地方文件与它所依据的上位法逐条并列：哪些条款照搬、改了哪些字、地方新增了什么、上位法的哪些条款地方没有规定。也可以任选两件文件对照：下列对照页预先生成，其余的在浏览器中即时对照。
        </p>
      </header>
      <section aria-labelledby="pick-h">
        <h2 id="pick-h" className="mb-2 text-lg font-bold">
          选择文件
        </h2>
        {index.documents.length >= 2 ? (
          <ComparePicker initial={{ local: entry(left), parent: entry(right) }} />
        ) : (
          <p className="text-muted">本库还没有可以对照的文件。</p>
        )}
      </section>
      {GROUPS.map((g) => {
        const list = pairs.filter((p) => p.relation === g.relation);
        if (!list.length) return null;
        return (
          <section key={g.relation} aria-labelledby={`group-${g.relation}`}>
            <h2 id={`group-${g.relation}`} className="text-lg font-bold">
              {g.title}
              <span className="ml-2 text-sm font-normal text-muted">{list.length} 组</span>
            </h2>
            <p className="mb-2 text-sm text-muted">{g.note}</p>
            <ul className="cmp-pair-list">
              {list.slice(0, PAIRS_SHOWN).map((p) => (
                <li key={`${p.local}/${p.parent}`}>
                  <Link href={compareHref(p.local, p.parent)} prefetch={false}>
                    {name(p.local)} ⇄ {name(p.parent)}
                  </Link>
                  {p.via.length ? <span className="text-muted">（同依据{p.via.map(name).join('、')}）</span> : null}
                </li>
              ))}
            </ul>
            {list.length > PAIRS_SHOWN ? <p className="mt-1 text-sm text-muted">另有 {list.length - PAIRS_SHOWN} 组，从各文件页的「对照」进入，或在上方选择文件。</p> : null}
          </section>
        );
      })}
    </article>
  );
}
