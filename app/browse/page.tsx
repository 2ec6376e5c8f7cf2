/** 分类浏览: the four ways into the collection, each with its groups and counts. */
import type { Metadata } from 'next';
import Link from 'next/link';
import { FACETS } from '@/lib/site/browse-facets';
import { facetGroups } from '../_data/site-lists';
import { getCorpus } from '../_data/corpus';
import { browseHref } from '../_lib/routes';

export const metadata: Metadata = { title: '分类浏览' };

/** Groups a facet shows here before 「全部」: the page stays short however many areas or years there are. */
const SHOWN = 12;

export default function BrowsePage() {
  const total = getCorpus().documents.length;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="font-serif text-2xl font-bold">分类浏览</h1>
        <p className="mt-2 text-[0.95rem] leading-7 text-muted">全部 {total} 件文件，可按效力位阶、地区、法律部门或版本年份浏览，每页 50 件。</p>
      </header>
      {FACETS.map((f) => {
        const groups = facetGroups(f.key);
        return (
          <section key={f.key} aria-labelledby={`facet-${f.key}`}>
            <h2 id={`facet-${f.key}`} className="border-b border-rule pb-1 text-lg font-bold">
              <Link href={browseHref(f.key)}>按{f.label}</Link>
              <span className="ml-2 text-sm font-normal text-muted">{groups.length} 类</span>
            </h2>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {groups.slice(0, SHOWN).map((g) => (
                <li key={g.slug}>
                  <Link href={browseHref(f.key, g.slug)}>{g.label}</Link>
                  <span className="ml-1 text-muted">{g.documents.length}</span>
                </li>
              ))}
              {groups.length > SHOWN ? (
                <li>
                  <Link href={browseHref(f.key)}>全部 {groups.length} 类 →</Link>
                </li>
              ) : null}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
