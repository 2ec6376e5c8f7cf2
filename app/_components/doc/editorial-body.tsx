/**
 * The editor's note for a document: its body, Markdown only, checked by
 * `kb check` and rendered without running anything (EditorialMdx).
 */
import { EditorialMdx } from '@/app/_components/ui/editorial-mdx';

export function EditorialBody({ source }: { source: string }) {
  if (!source.trim()) return null;
  return (
    <section aria-labelledby="editorial-h" className="rounded border border-rule bg-white px-4 py-3 text-[0.95rem] leading-7">
      <h2 id="editorial-h" className="mb-1 text-sm font-bold text-muted">
        编者按
      </h2>
      <div className="editorial-content">
        <EditorialMdx source={source} kind="note" />
      </div>
    </section>
  );
}
