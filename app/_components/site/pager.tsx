/** Previous and next links for a list cut into numbered pages. */
import Link from 'next/link';

export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  return (
    <nav aria-label="分页" className="flex gap-4 text-sm">
      {page > 1 ? <Link href={href(page - 1)}>← 上一页</Link> : null}
      <span className="text-muted">
        第 {page} / {pages} 页
      </span>
      {page < pages ? <Link href={href(page + 1)}>下一页 →</Link> : null}
    </nav>
  );
}
