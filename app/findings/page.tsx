/** Every data-quality finding in the collection, by document, each linking to where it applies. */
import type { Metadata } from 'next';
import Link from 'next/link';
import type { Finding } from '@/lib/corpus/export-contract';
import { getCorpus } from '../_data/corpus';
import { FINDING_LABEL, SEVERITY_LABEL } from '@/lib/content/labels';
import { docHref } from '../_lib/routes';

export const metadata: Metadata = { title: '数据提示' };

const SEVERITY_TONE: Record<Finding['severity'], string> = {
  info: 'border-[#7aa7c7] text-[#2f5f82]',
  warning: 'border-[#e0a23a] text-[#8a4b06]',
  error: 'border-[#c0392b] text-[#a02a1e]',
};

export default function FindingsPage() {
  const index = getCorpus();
  const all = index.data.findings;
  const orphan = all.filter((f) => !index.document(f.documentId));
  return (
    <div className="max-w-4xl">
      <h1 className="font-serif text-2xl font-bold">数据提示</h1>
      <p className="mt-2 mb-6 text-[0.95rem] leading-7 text-muted">
        导入时自动发现的问题：编号不连续、列项缺失、标题缺失或重复、已作的校订等。共 {all.length} 条。它们提示来源文本可能有脱漏或转录错误，引用相关条款前宜核对正式文本。
      </p>
      <div className="space-y-6">
        {index.documents.map((d) => {
          const list = index.findings(d.id);
          if (!list.length) return null;
          return (
            <section key={d.id} id={`doc-${d.id}`} aria-labelledby={`h-${d.id}`}>
              <h2 id={`h-${d.id}`} className="border-b border-rule pb-1 font-bold">
                <Link href={docHref(d.id)}>{d.title}</Link>
                <span className="ml-2 text-sm font-normal text-muted">{list.length} 条</span>
              </h2>
              <ul className="mt-2 space-y-1.5">
                {list.map((f, i) => (
                  <FindingItem key={i} finding={f} where={f.clauseId && index.clause(d.id, f.clauseId) ? index.clauseName(d.id, f.clauseId) : null} />
                ))}
              </ul>
            </section>
          );
        })}
        {orphan.length ? (
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
