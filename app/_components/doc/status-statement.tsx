/**
 * The first thing a reader of a law needs: is this text in force? Said
 * plainly at the top of the page, with the version in force linked when
 * this one has been amended and the repeal quoted when it is repealed.
 */
import Link from 'next/link';
import type { DocumentRecord } from '@/lib/corpus/export-contract';
import type { CorpusIndex } from '@/lib/content/corpus-index';
import { statusStatement } from '@/lib/site/version-panel';
import { docHref } from '@/app/_lib/routes';
import { formatDate } from '@/app/_lib/format';

const TONE = {
  'in-force': 'border-[#2e7d4f] bg-[#f1f8f3] text-[#1f5c38]',
  amended: 'border-[#e0a23a] bg-[#fdf6ea] text-[#6b3c05]',
  repealed: 'border-[#c0392b] bg-[#fbefed] text-[#8a2419]',
  unknown: 'border-rule bg-white text-muted',
} as const;

export function StatusStatement({ doc, index }: { doc: DocumentRecord; index: CorpusIndex }) {
  const s = statusStatement(doc, index.work(doc.workId));
  const current = s.kind === 'amended' && s.current ? index.document(s.current) : undefined;
  return (
    <p className={`mt-3 rounded border-l-4 px-3 py-2 text-sm leading-6 ${TONE[s.kind]}`} data-status={s.kind} role="note">
      {s.kind === 'in-force' ? <strong>现行有效</strong> : null}
      {s.kind === 'amended' ? (
        <>
          <strong>此版本已被修订</strong>
          {current ? (
            <>
              。现行版本：<Link href={docHref(current.id)} className="underline">
                {current.title}
              </Link>
              {current.versionDate ? `（${formatDate(current.versionDate)}）` : null}
            </>
          ) : (
            '。本库未收录现行版本。'
          )}
        </>
      ) : null}
      {s.kind === 'repealed' ? <strong>已废止</strong> : null}
      {s.kind === 'unknown' ? <strong>效力状态不详</strong> : null}
      {s.evidence ? (
        <span className="block text-ink" data-status-evidence>
          依据：<q>{s.evidence}</q>
        </span>
      ) : null}
    </p>
  );
}
