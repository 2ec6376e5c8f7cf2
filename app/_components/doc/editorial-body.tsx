/**
 * The editor's note for a document: its MDX body, compiled at build time
 * from the repository's own content file. No imports are resolved (no
 * baseUrl), so the note cannot pull code from anywhere else.
 */
import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';

export async function EditorialBody({ source }: { source: string }) {
  if (!source.trim()) return null;
  const { default: Content } = await evaluate(source, { ...runtime, development: false });
  return (
    <section aria-labelledby="editorial-h" className="rounded border border-rule bg-white px-4 py-3 text-[0.95rem] leading-7">
      <h2 id="editorial-h" className="mb-1 text-sm font-bold text-muted">
        编者按
      </h2>
      <div className="editorial-content">
        <Content />
      </div>
    </section>
  );
}
