/**
 * The footer: what the site is and what its text can and cannot be relied
 * on for, and the editors' pages — 编校说明 (what the import found and
 * what was corrected) and the sources line by line — kept here, where
 * editors look, rather than in front of readers.
 */
import Link from 'next/link';
import { findingsHref, sourcesHref } from '@/app/_lib/routes';

export function SiteFooter() {
  return (
    <footer className="mt-10 border-t border-rule bg-white text-sm text-muted">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-5 sm:px-6">
        <p>本库文本转录自公开网页，经结构化整理和校订；校订处均有标记，可切换查看原文。引用时请以正式公布的文本为准。</p>
        <p className="no-print">本站为静态页面，离线可用，不向外部发送任何请求。</p>
        <nav aria-label="编辑用" className="no-print" data-editor-links>
          编辑用：
          <Link href={findingsHref()} prefetch={false} className="underline">
            编校说明
          </Link>
          （编号缺漏、已作校订等）·{' '}
          <Link href={sourcesHref(1)} prefetch={false} className="underline">
            来源原文
          </Link>
          （逐行归属与排除内容）
        </nav>
      </div>
    </footer>
  );
}
