/**
 * /glossary/: each term with its definition, the clauses the definition is
 * written from, and every clause that uses the term (found in the corrected
 * text at build time, grouped by document). Each term has an anchor.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { getStudy } from '@/app/_data/study';
import { getCorpus } from '@/app/_data/corpus';
import { docHref } from '@/app/_lib/routes';
import { splitGlobalId } from '@/lib/content/corpus-index';
import { bookTitle } from '@/lib/clause';
import { termUsage } from '@/lib/study/term-usage';
import type { GlossaryEntry } from '@/lib/content/schema';
import { PrintHead } from '@/app/_components/study/print-head';

export const metadata: Metadata = { title: '术语' };

export default function GlossaryPage() {
  const { glossary } = getStudy();
  return (
    <div className="max-w-3xl">
      <PrintHead title="术语" />
      <h1 className="font-serif text-2xl font-bold">术语</h1>
      <p className="mt-2 mb-4 text-[0.95rem] leading-7 text-muted">
        释义依据所列条款写成。“用到此术语的条款”按校订本文字自动查找，按文件分组。文件页上，每条条款中第一次出现的术语带虚线下划线，悬停或用键盘聚焦即可看到释义。
      </p>
      <nav aria-label="术语索引" className="no-print mb-6 rounded border border-rule bg-white px-4 py-3 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {glossary.map((e) => (
            <li key={e.id}>
              <a href={`#${e.id}`}>{e.term}</a>
            </li>
          ))}
        </ul>
      </nav>
      <dl className="space-y-6">
        {glossary.map((e) => (
          <Term key={e.id} entry={e} />
        ))}
      </dl>
    </div>
  );
}

function Term({ entry }: { entry: GlossaryEntry }) {
  const index = getCorpus();
  const name = (ref: string) => {
    const { documentId, clauseId } = splitGlobalId(ref);
    return `${bookTitle(index.document(documentId)?.shortTitle ?? documentId)}${index.clauseName(documentId, clauseId)}`;
  };
  return (
    <div id={entry.id} className="glossary-entry break-inside-avoid border-b border-rule pb-5">
      <dt className="text-lg font-bold">
        {entry.term}
        {entry.aliases.length ? <span className="ml-2 text-sm font-normal text-muted">又作{entry.aliases.map((a) => `“${a}”`).join('、')}</span> : null}
      </dt>
      <dd className="mt-1 leading-7">{entry.definition}</dd>
      <dd className="mt-1 text-sm">
        <span className="text-muted">释义依据：</span>
        {entry.cite.map((ref, i) => {
          const { documentId, clauseId } = splitGlobalId(ref);
          return (
            <span key={ref}>
              {i ? '；' : ''}
              <Link href={docHref(documentId, clauseId)} prefetch={false} className="underline">
                {name(ref)}
              </Link>
            </span>
          );
        })}
      </dd>
      <TermUses entry={entry} />
    </div>
  );
}

/** Every clause whose corrected text uses the term, by document. */
function TermUses({ entry }: { entry: GlossaryEntry }) {
  const index = getCorpus();
  const uses = termUsage(entry, index.data.clauses);
  return (
    <dd className="no-print mt-2 text-sm">
      <p className="text-muted">用到此术语的条款（{uses.reduce((n, u) => n + u.clauseIds.length, 0)} 处）：</p>
      <ul className="mt-1 space-y-1">
        {uses.map((u) => (
          <li key={u.documentId}>
            <span className="font-bold">{bookTitle(index.document(u.documentId)?.shortTitle ?? u.documentId)}</span>
            ：
            {u.clauseIds.map((id, i) => (
              <span key={id}>
                {i ? '、' : ''}
                <Link href={docHref(u.documentId, id)} prefetch={false} className="underline">
                  {index.clauseName(u.documentId, id)}
                </Link>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </dd>
  );
}
