/** The footer: what the site is and what its text can and cannot be relied on for. */
export function SiteFooter() {
  return (
    <footer className="mt-10 border-t border-rule bg-white text-sm text-muted">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-5 sm:px-6">
        <p>本库文本转录自公开网页，经结构化整理和校订；校订处均有标记，可切换查看原文。引用时请以正式公布的文本为准。</p>
        <p className="no-print">本站为静态页面，离线可用，不向外部发送任何请求。</p>
      </div>
    </footer>
  );
}
