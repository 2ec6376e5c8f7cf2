/**
 * `<Clause ref="doc#clause" />` and `<Clauses refs={[…]} />` in a topic:
 * the clause rendered live from the corpus — citation, document, text with
 * its sub-clauses, corrections marked — and a link to it in its document.
 * `kb check` has already refused any reference that does not resolve.
 */
import type { ReactNode } from 'react';
import Link from 'next/link';
import { getCorpus } from '@/app/_data/corpus';
import { docHref } from '@/app/_lib/routes';
import { splitGlobalId } from '@/lib/content/corpus-index';
import { bookTitle, displayLabel, SPACED_LABEL } from '@/lib/clause';
import type { ClauseRecord } from '@/lib/corpus/export-contract';
import './study.css';

/** Topics write `ref="…"`; it arrives as `cite` (React keeps `ref` for itself; lib/content/editorial-hast). */
// Classes, not style attributes: the CSP allows no inline style (lib/site/site-csp).
const EMBED_INDENT = ['', 'ml-[1.5em]', 'ml-[3em]', 'ml-[4.5em]'];

export function Clause({ cite: id }: { cite: string }) {
  const index = getCorpus();
  const { documentId, clauseId } = splitGlobalId(id);
  const doc = index.document(documentId);
  const clause = index.clause(documentId, clauseId);
  if (!doc || !clause) return <p className="clause-embed-missing">（条款 {id} 不存在）</p>;
  const locator = index.clauseName(documentId, clauseId);
  const headingId = `embed-${documentId}-${clauseId}`;
  return (
    <figure className="clause-embed" aria-labelledby={headingId} data-ref={id}>
      <figcaption id={headingId} className="clause-embed-cite">
        <Link href={docHref(documentId, clauseId)} prefetch={false}>
          <span className="clause-embed-doc">{bookTitle(doc.shortTitle)}</span>
          {locator}
        </Link>
      </figcaption>
      <div className="clause-embed-text">
        {subtree(index.clauses(documentId), clause).map((c) => (
          <p key={c.id} className={EMBED_INDENT[Math.min(c.depth - clause.depth, EMBED_INDENT.length - 1)]}>
            {c.label ? <span className="clause-label">{displayLabel(c.label)}</span> : null}
            {c.label && SPACED_LABEL.test(c.label) ? '\u3000' : null}
            {c.head.map((run, i) =>
              run.correctionId ? (
                <span key={i} className="corr-lite" title="此处已校订，原文见文件页">
                  {run.text}
                </span>
              ) : (
                run.text
              ),
            )}
          </p>
        ))}
      </div>
    </figure>
  );
}

/** `<Clauses refs={[…]} />` reaches here holding one `<Clause>` per reference (lib/content/editorial-hast). */
export function Clauses({ children }: { children?: ReactNode }) {
  return <div className="clause-embeds">{children}</div>;
}

/** The clause and everything under it, in document order. */
function subtree(all: ClauseRecord[], root: ClauseRecord): ClauseRecord[] {
  const inside = new Set([root.id]);
  const out = [root];
  for (const c of all) {
    if (c.parentId && inside.has(c.parentId) && !inside.has(c.id)) {
      inside.add(c.id);
      out.push(c);
    }
  }
  return out;
}
