/** A hit's snippet with its matches in <mark>: React elements, never an HTML string. */
import type { Snippet } from '@/lib/search/snippet';

export const MARK_CLASS = 'rounded-sm bg-[#fde68a] px-px text-inherit';

export function HitSnippet({ snippet }: { snippet: Snippet }) {
  const parts: React.ReactNode[] = [];
  let pos = 0;
  snippet.highlights.forEach(([a, b], k) => {
    if (a > pos) parts.push(snippet.text.slice(pos, a));
    parts.push(
      <mark key={k} className={MARK_CLASS}>
        {snippet.text.slice(a, b)}
      </mark>,
    );
    pos = b;
  });
  if (pos < snippet.text.length) parts.push(snippet.text.slice(pos));
  return <>{parts}</>;
}
