/** Page `page` of one list of possible conflicts: all, one parent law, one law in one province, or one province. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageIn, pageParams } from '@/app/_lib/page-params';
import { ConflictList } from '@/app/_components/refs/conflict-list';
import { conflictData } from '@/app/_data/site-lists';

type Params = { group: string; page: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return [...conflictData().bySlug.values()].flatMap((g) => pageParams(g.pages).map((p) => ({ group: g.slug, ...p })));
}

function find(params: Params) {
  const group = conflictData().bySlug.get(decodeURIComponent(params.group));
  const page = group && pageIn(params.page, group.pages);
  return group && page ? { group, page } : null;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = find(await params);
  return { title: found ? `可能冲突 · ${found.group.label} · 第 ${found.page} 页` : '可能冲突' };
}

export default async function ConflictGroupPage({ params }: { params: Promise<Params> }) {
  const found = find(await params);
  if (!found) notFound();
  return <ConflictList slug={found.group.slug} page={found.page} />;
}
