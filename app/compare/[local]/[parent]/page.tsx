/**
 * /compare/<left>/<right>/: two documents side by side, clause by clause —
 * on the main pages a local rule (left) against the parent it implements
 * (right). Every pair `kb build` listed is pre-generated; other pairs are
 * compared in the browser at /compare/?local=…&parent=….
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { comparePairList, comparisonFor } from '../../_lib/compare-data';
import { csvHref } from '@/lib/site/compare-href';
import { pairTitle } from '@/lib/compare/pair-wording';
import { ComparisonView } from '@/app/_components/compare/comparison-view';
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
  return { title: c ? pairTitle(c.local, c.parent) : '条文对照' };
}

export default async function ComparePage({ params }: { params: Promise<Params> }) {
  const { local, parent } = await params;
  const c = comparisonFor(local, parent);
  if (!c) notFound();
  return <ComparisonView comparison={c} csv={{ corrected: csvHref(local, parent, 'corrected'), source: csvHref(local, parent, 'source') }} />;
}
