/**
 * Ways into a comparison from a document page:
 * - CompareDocumentButton: 「对照上位法」 on a document whose declared parent
 *   is in the collection (and, on the parent, 「对照地方文件」 for each text
 *   that implements it);
 * - CompareClauseLink: 「对照」 on a clause that has a link, to its row.
 * Both render nothing where there is nothing to compare.
 */
import Link from 'next/link';
import { getCorpus } from '@/app/_data/corpus';
import { pageRow, pairsOf, type StoredPair } from '@/app/compare/_lib/compare-data';
import { globalId, splitGlobalId } from '@/lib/content/corpus-index';
import { compareHref } from '@/lib/site/compare-href';
import { bookTitle } from '@/lib/clause';

export function CompareDocumentButton({ documentId }: { documentId: string }) {
  const index = getCorpus();
  const name = (id: string) => bookTitle(index.document(id)?.shortTitle ?? id);
  const pairs = pairsOf(documentId).filter((p) => p.relation === 'implements');
  if (!pairs.length) return null;
  return (
    <nav aria-label="条文对照" className="no-print mt-3 flex flex-wrap gap-2">
      {pairs.map((p) => (
        <Link key={`${p.local}/${p.parent}`} href={compareHref(p.local, p.parent)} prefetch={false} className="rounded border border-link px-3 py-1 text-sm hover:bg-link hover:text-white hover:no-underline">
          {p.local === documentId ? `对照上位法${name(p.parent)}` : `对照地方文件${name(p.local)}`}
        </Link>
      ))}
    </nav>
  );
}

export function CompareClauseLink({ documentId, clauseId }: { documentId: string; clauseId: string }) {
  const targets = clauseTargets(documentId, clauseId);
  if (!targets.length) return null;
  const index = getCorpus();
  const many = targets.length > 1;
  return (
    <span className="no-print ml-1 inline-flex gap-2 font-sans text-sm">
      {targets.map((t) => {
        const other = t.pair.local === documentId ? t.pair.parent : t.pair.local;
        const label = many ? `对照${bookTitle(index.document(other)?.shortTitle ?? other)}` : '对照';
        return (
          <Link key={other} href={compareHref(t.pair.local, t.pair.parent, t.anchor)} prefetch={false} title={`在条文对照中查看此条与${bookTitle(index.document(other)?.shortTitle ?? other)}的对应条款`}>
            {label}
          </Link>
        );
      })}
    </span>
  );
}

type Target = { pair: StoredPair; anchor: string };

/** The comparison rows this clause's links lead to: per other document, the pair's page at the first row that shows this clause. */
function clauseTargets(documentId: string, clauseId: string): Target[] {
  const index = getCorpus();
  const self = globalId(documentId, clauseId);
  const out = new Map<string, Target>();
  for (const link of [...index.linksFrom(self), ...index.linksTo(self)]) {
    const other = splitGlobalId(link.from === self ? link.to : link.from).documentId;
    if (out.has(other)) continue;
    const page = pageRow(documentId, other, clauseId);
    if (page?.anchor) out.set(other, { pair: page.pair, anchor: page.anchor });
  }
  return [...out.values()];
}
