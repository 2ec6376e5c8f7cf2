/** 法规 / 通知 / 解读 / 讲话 / 规划: what kind of text a document is. */
import type { DocType } from '@/lib/content/schema';
import { DOC_TYPE_LABEL } from '@/lib/content/labels';

const TONE: Record<DocType, string> = {
  regulation: 'border-[#9f2a1e] text-[#9f2a1e]',
  notice: 'border-[#1d4e89] text-[#1d4e89]',
  interpretation: 'border-[#0f6b62] text-[#0f6b62]',
  speech: 'border-[#6b4c9a] text-[#6b4c9a]',
  plan: 'border-[#8a6d1d] text-[#8a6d1d]',
};

export function TypeBadge({ docType }: { docType: DocType }) {
  return (
    <span className={`inline-block shrink-0 rounded border px-1.5 text-xs leading-5 ${TONE[docType]}`}>
      {DOC_TYPE_LABEL[docType]}
    </span>
  );
}
