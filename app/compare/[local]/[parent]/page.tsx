/**
 * /compare/<left>/<right>/: two documents side by side, clause by clause —
 * on the main pages a local rule (left) against the parent it implements
 * (right). Every pair `kb build` listed is pre-generated.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { comparePairList, comparisonFor } from '../../_lib/compare-data';
import { partnerNotes } from '../../_lib/partner-notes';
import { csvHref } from '@/lib/compare/compare-href';
import { bookTitle } from '@/lib/clause';
import { CompareControls } from '@/app/_components/compare/compare-controls.client';
import { CompareRow } from '@/app/_components/compare/compare-row';
import { CompareSummary } from '@/app/_components/compare/compare-summary';
import { UnimplementedList } from '@/app/_components/compare/unimplemented-list';
import { PrintRunningHead } from '@/app/_components/compare/print-running-head';
import { CompareHeader } from '@/app/_components/compare/compare-header';
import '../../compare.css';
import '../../compare-print.css';

type Params = { local: string; parent: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return comparePairList().map((p) => ({ local: p.local, parent: p.parent }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { local, parent } = await params;
  const c = comparisonFor(local, parent);
  return { title: c ? `${bookTitle(c.local.shortTitle)}与${bookTitle(c.parent.shortTitle)}条文对照` : '条文对照' };
}

const UNIMPLEMENTED_ID = 'unimplemented';

export default async function ComparePage({ params }: { params: Promise<Params> }) {
  const { local, parent } = await params;
  const c = comparisonFor(local, parent);
  if (!c) notFound();
  const { wording } = c;
  const partners = partnerNotes(c);
  const identical = { corrected: c.summary.corrected.aligned - c.summary.corrected.changed, source: c.summary.source.aligned - c.summary.source.changed };
  const csvName = `${c.local.shortTitle}-${c.parent.shortTitle}-对照-{view}.csv`;

  return (
    <article className="cmp-page">
      <PrintRunningHead text={`${wording.column.local} ⇄ ${wording.column.parent}　条文对照`} />
      <CompareHeader comparison={c} />
      <CompareControls csv={{ corrected: csvHref(local, parent, 'corrected'), source: csvHref(local, parent, 'source') }} csvName={csvName} identical={identical}>
        <CompareSummary comparison={c} unimplementedId={wording.unimplemented ? UNIMPLEMENTED_ID : null} />
        <p className="cmp-legend">
          标记：<ins>下划线加粗</ins>为仅{wording.noun.local}有的文字，<del>删除线</del>（两端加〔〕）为仅{wording.noun.parent}有的文字；条款序号不参与比较。
        </p>
        <div className="cmp-table" role="group" aria-label="逐条对照">
          <div className="cmp-head" aria-hidden="true">
            <div>{wording.column.local}</div>
            <div>{wording.column.parent}</div>
          </div>
          <ol className="cmp-rows">
            {c.rows.map((item) => (
              <CompareRow key={item.anchor} item={item} comparison={c} partners={partners.get(item.anchor) ?? null} />
            ))}
          </ol>
        </div>
        <UnimplementedList comparison={c} id={UNIMPLEMENTED_ID} />
      </CompareControls>
    </article>
  );
}
