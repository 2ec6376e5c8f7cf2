/**
 * One page of 编校说明: counts by kind for the whole collection, then the
 * findings of PER_PAGE documents, each linking to where it applies.
 */
import Link from 'next/link';
import type { Finding, FindingKind } from '@/lib/corpus/export-contract';
import { getCorpus } from '@/app/_data/corpus';
import { findingsData } from '@/app/_data/site-lists';
import { FINDING_LABEL, SEVERITY_LABEL } from '@/lib/content/labels';
import { docHref, findingsHref } from '@/app/_lib/routes';
import { pageOf } from '@/lib/site/document-groups';
import { Pager } from './pager';

const SEVERITY_TONE: Record<Finding['severity'], string> = {
  info: 'border-[#7aa7c7] text-[#2f5f82]',
  warning: 'border-[#e0a23a] text-[#8a4b06]',
  error: 'border-[#c0392b] text-[#a02a1e]',
};

let kindCounts: [FindingKind, number][] | null = null;
function countsByKind(): [FindingKind, number][] {
  if (!kindCounts) {
    const counts = new Map<FindingKind, number>();
    for (const f of getCorpus().data.findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
    kindCounts = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  }
  return kindCounts;
}

export function FindingsList({ page }: { page: number }) {
  const index = getCorpus();
  const { sections, orphan, pages } = findingsData();
  const nav = <Pager page={page} pages={pages} href={(n) => findingsHref(n)} />;
  return (
    <div className="max-w-4xl">
      <h1 className="font-serif text-2xl font-bold">编校说明</h1>
      <p className="mt-2 text-[0.95rem] leading-7 text-muted">
        导入时自动发现的问题：编号不连续、列项缺失、标题缺失或重复、已作的校订等。共 {index.data.findings.length} 条，涉及 {sections.length} 件文件，每页列 50 件文件。它们提示来源文本可能有脱漏或转录错误，引用相关条款前宜核对正式文本。
      </p>
      <p className="mt-2 mb-4 text-sm" data-finding-counts>
        {countsByKind().map(([kind, n], i) => (
          <span key={kind}>
            {i ? '，' : ''}
            {FINDING_LABEL[kind]} {n} 条
          </span>
        ))}
      </p>
      {pages > 1 ? nav : null}
      <div className="mt-4 space-y-6">
        {pageOf({ documents: sections }, page).map((s) => (
          <section key={s.documentId} id={`doc-${s.documentId}`} aria-labelledby={`h-${s.documentId}`}>
            <h2 id={`h-${s.documentId}`} className="border-b border-rule pb-1 font-bold">
              <Link href={docHref(s.documentId)}>{s.title}</Link>
              <span className="ml-2 text-sm font-normal text-muted">{s.findings.length} 条</span>
            </h2>
            <ul className="mt-2 space-y-1.5">
              {s.findings.map((f, i) => (
                <FindingItem key={i} finding={f} where={f.clauseId && index.clause(s.documentId, f.clauseId) ? index.clauseName(s.documentId, f.clauseId) : null} />
              ))}
            </ul>
          </section>
        ))}
        {page === 1 && orphan.length ? (
          <section aria-labelledby="h-orphan">
            <h2 id="h-orphan" className="border-b border-rule pb-1 font-bold">
              不属于任何文件
            </h2>
            <ul className="mt-2 space-y-1.5">
              {orphan.map((f, i) => (
                <FindingItem key={i} finding={f} where={null} />
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      {pages > 1 ? <div className="mt-4">{nav}</div> : null}
    </div>
  );
}

function FindingItem({ finding: f, where }: { finding: Finding; where: string | null }) {
  const target = f.documentId ? docHref(f.documentId, where ? f.clauseId : null) : null;
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 text-sm leading-6">
      <span className={`rounded border px-1.5 text-xs ${SEVERITY_TONE[f.severity]}`}>{SEVERITY_LABEL[f.severity]}</span>
      <span className="font-bold">{FINDING_LABEL[f.kind]}</span>
      {target ? <Link href={target}>{where ?? '全文'}</Link> : null}
      <span className="basis-full sm:basis-auto">{f.message}</span>
    </li>
  );
}
