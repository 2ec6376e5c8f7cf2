/** Page `page` of one browse group: 50 documents with version date and status. */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { pageIn, pageParams } from '@/app/_lib/page-params';
import { Pager } from '@/app/_components/site/pager';
import { BrowseList } from '@/app/_components/browse/browse-entry';
import { FACETS, flattenGroups, type Facet } from '@/lib/site/browse-facets';
import { pageOf } from '@/lib/site/document-groups';
import { facetGroup, facetGroups } from '@/app/_data/site-lists';
import { browseHref } from '@/app/_lib/routes';
import { facetLabel, isFacet } from '@/app/_lib/facet-label';

type Params = { facet: string; group: string; page: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return FACETS.flatMap((f) => flattenGroups(facetGroups(f.key)).flatMap((g) => pageParams(g.pages).map((p) => ({ facet: f.key, group: g.slug, ...p }))));
}

function find(params: Params) {
  if (!isFacet(params.facet)) return null;
  const group = facetGroup(params.facet, params.group);
  const page = group && pageIn(params.page, group.pages);
  return group && page ? { facet: params.facet as Facet, group, page } : null;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = find(await params);
  return { title: found ? `${facetLabel(found.facet)} · ${found.group.label}` : '分类浏览' };
}

export default async function BrowseGroupPage({ params }: { params: Promise<Params> }) {
  const found = find(await params);
  if (!found) notFound();
  const { facet, group, page } = found;
  // A city's slug is its province's plus -c<hash> (lib/site/browse-facets.ts).
  const province = facet === 'region' && group.slug.includes('-') ? facetGroup(facet, group.slug.split('-')[0]) : undefined;
  const nav = <Pager page={page} pages={group.pages} href={(n) => browseHref(facet, group.slug, n)} />;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/">首页</Link> › <Link href={browseHref()}>分类浏览</Link> › <Link href={browseHref(facet)}>按{facetLabel(facet)}</Link>
        {province ? (
          <>
            {' '}
            › <Link href={browseHref(facet, province.slug)}>{province.label}</Link>
          </>
        ) : null}
      </p>
      <h1 className="font-serif text-2xl font-bold">
        {group.label}
        <span className="ml-2 text-base font-normal text-muted">{group.documents.length} 件</span>
      </h1>
      {group.children.length ? (
        <p className="text-sm text-muted">
          其中：
          {group.children.map((c, i) => (
            <span key={c.slug}>
              {i ? '，' : ''}
              <Link href={browseHref(facet, c.slug)} className="underline">
                {c.label}
              </Link>{' '}
              {c.documents.length} 件
            </span>
          ))}
        </p>
      ) : null}
      {nav}
      <BrowseList documents={pageOf(group, page)} />
      {nav}
    </div>
  );
}
