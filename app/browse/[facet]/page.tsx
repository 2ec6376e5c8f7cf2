/** One facet's groups with counts; a region's cities under its province. */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FACETS } from '@/lib/site/browse-facets';
import { facetGroups } from '@/app/_data/site-lists';
import { browseHref } from '@/app/_lib/routes';
import { facetLabel, isFacet } from '@/app/_lib/facet-label';

type Params = { facet: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return FACETS.map((f) => ({ facet: f.key }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { facet } = await params;
  return { title: isFacet(facet) ? `按${facetLabel(facet)}浏览` : '分类浏览' };
}

export default async function FacetPage({ params }: { params: Promise<Params> }) {
  const { facet } = await params;
  if (!isFacet(facet)) notFound();
  const groups = facetGroups(facet);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/">首页</Link> › <Link href={browseHref()}>分类浏览</Link>
      </p>
      <h1 className="font-serif text-2xl font-bold">按{facetLabel(facet)}浏览</h1>
      <ul className="space-y-2" data-facet={facet}>
        {groups.map((g) => (
          <li key={g.slug} data-group={g.slug}>
            <Link href={browseHref(facet, g.slug)} className="font-bold">
              {g.label}
            </Link>
            <span className="ml-2 text-sm text-muted">{g.documents.length} 件</span>
            {g.children.length ? (
              <ul className="mt-1 ml-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {g.children.map((c) => (
                  <li key={c.slug} data-group={c.slug}>
                    <Link href={browseHref(facet, c.slug)}>{c.label}</Link>
                    <span className="ml-1 text-muted">{c.documents.length}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
