/** Page `page` of one parent's implementers: all of them, or one province's. */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { pageIn, pageParams } from '@/app/_lib/page-params';
import { Pager } from '@/app/_components/site/pager';
import { BrowseList } from '@/app/_components/browse/browse-entry';
import { pageOf } from '@/lib/site/document-groups';
import { implementerList, implementerSlugs } from '@/app/_data/site-lists';
import { docHref, implementersHref } from '@/app/_lib/routes';

type Params = { list: string; page: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const params = implementerSlugs().flatMap(([slug, l]) => pageParams(l.pages).map((p) => ({ list: slug, ...p })));
  // A static export needs at least one page per dynamic route; a collection without parents gets an empty list.
  return params.length ? params : [{ list: 'none', page: '1' }];
}

/** A work by its title in 《》; a parent the collection lacks as its citation reads. */
const parentName = (row: { workId: string | null; title: string }) => (row.workId ? `《${row.title}》` : row.title);

function find(params: Params) {
  const list = implementerList(params.list);
  const page = list && pageIn(params.page, list.pages);
  return list && page ? { list, page, slug: params.list } : null;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = find(await params);
  return { title: found ? `依据${parentName(found.list.row)}制定的文件 · ${found.list.label}` : '文件关系' };
}

export default async function ImplementersPage({ params }: { params: Promise<Params> }) {
  const { list: slugParam, page: pageParam } = await params;
  const found = find({ list: slugParam, page: pageParam });
  if (!found && slugParam === 'none') return <p className="text-muted">本库的文件都没有上位依据。</p>;
  if (!found) notFound();
  const { list, page, slug } = found;
  const { row } = list;
  const nav = <Pager page={page} pages={list.pages} href={(n) => implementersHref(slug, n)} />;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/">首页</Link> › <Link href="/relations/">文件关系</Link>
      </p>
      <h1 className="font-serif text-2xl font-bold">
        依据{row.documentId ? <Link href={docHref(row.documentId)}>{parentName(row)}</Link> : parentName(row)}制定的文件
        <span className="ml-2 text-base font-normal text-muted">
          {list.label} {list.documents.length} 件
        </span>
      </h1>
      {row.regions.length > 1 ? (
        <p className="text-sm text-muted">
          <Link href={implementersHref(row.slug)} className="underline">
            全部地区
          </Link> {row.documents.length} 件
          {row.regions.map((c) => (
            <span key={c.slug}>
              ，<Link href={implementersHref(c.slug)} className="underline">
                {c.region}
              </Link> {c.documents.length} 件
            </span>
          ))}
        </p>
      ) : null}
      {nav}
      <BrowseList documents={pageOf(list, page)} />
      {nav}
    </div>
  );
}
