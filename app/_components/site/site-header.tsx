/** The header on every page: the site's name, its sections and the search box. */
import Link from 'next/link';
import { SearchBox } from '../search/search-box.client';

const NAV: { href: string; label: string }[] = [
  { href: '/', label: '首页' },
  { href: '/search/', label: '检索' },
  { href: '/browse/', label: '浏览' },
  { href: '/compare/', label: '对照' },
  { href: '/relations/', label: '关系' },
  { href: '/cited/', label: '被引文件' },
  { href: '/conflicts/', label: '可能冲突' },
  { href: '/topics/', label: '专题' },
  { href: '/glossary/', label: '术语' },
  { href: '/study/', label: '自测' },
];

/** `searchExamples`: offered in the search box while it is empty (content/search-examples.yaml). */
export function SiteHeader({ siteName, searchExamples }: { siteName: string; searchExamples: string[] }) {
  return (
    <header className="border-b border-rule bg-white print:border-b-2 print:border-black">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-wide text-seal hover:no-underline">
          {siteName}
        </Link>
        <nav aria-label="主导航" className="site-nav">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-[0.95rem]">
            {NAV.map((n) => (
              <li key={n.href}>
                <Link href={n.href} prefetch={false} className="text-ink hover:text-link">
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="site-search ml-auto w-full sm:w-auto">
          <SearchBox examples={searchExamples} />
        </div>
      </div>
    </header>
  );
}
