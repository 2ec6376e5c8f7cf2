/**
 * The study aids on a document page, in two places: at the top, the running
 * head for print and the reading bar (breadcrumbs, 上一条 / 下一条, A− / A+);
 * in the header, the downloads (下载 TXT, 下载 Word) that `kb build` wrote.
 */
import type { DocumentRecord } from '@/lib/corpus/export-contract';
import type { ClauseView } from '@/app/_lib/document-view';
import { LEVEL_LABEL } from '@/lib/content/labels';
import { docHref } from '@/app/_lib/routes';
import { downloadHref } from '@/app/_lib/study-routes';
import { PrintHead } from './print-head';
import { ReadingBar } from './reading-bar.client';
import { readingOutline } from './reading-outline';

type Props = { doc: DocumentRecord; roots: ClauseView[]; placement: 'top' | 'header' };

export function DocumentStudyTools({ doc, roots, placement }: Props) {
  if (placement === 'header') {
    return (
      <nav aria-label="下载" className="downloads no-print mt-3 flex flex-wrap gap-2 text-sm">
        <a href={downloadHref(doc.id, 'txt')} download={`${doc.shortTitle}.txt`} className="rounded border border-rule bg-white px-3 py-1 hover:border-link hover:no-underline">
          下载 TXT
        </a>
        <a href={downloadHref(doc.id, 'docx')} download={`${doc.shortTitle}.docx`} className="rounded border border-rule bg-white px-3 py-1 hover:border-link hover:no-underline">
          下载 Word
        </a>
      </nav>
    );
  }
  const level = doc.level ? LEVEL_LABEL[doc.level] : '未知';
  const crumbs = [
    { href: '/', label: '首页' },
    { href: `/#level-${doc.level ?? 'unknown'}`, label: level },
    { href: docHref(doc.id), label: doc.shortTitle },
  ];
  return (
    <>
      <PrintHead title={doc.title} />
      <ReadingBar crumbs={crumbs} outline={readingOutline(roots)} />
    </>
  );
}
