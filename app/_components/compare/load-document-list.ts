/**
 * The picker's document list (lib/compare/compare-document-list.ts), fetched
 * once per page however often the picker mounts.
 */
import type { CompareDocumentList } from '@/lib/compare/compare-document-list';
import { COMPARE_DOCUMENT_LIST } from '@/lib/site/compare-href';
import { withBase } from '@/app/_lib/with-base';

let pending: Promise<CompareDocumentList> | null = null;

export function loadDocumentList(): Promise<CompareDocumentList> {
  pending ??= fetch(withBase(COMPARE_DOCUMENT_LIST)).then((res) => {
    if (!res.ok) throw new Error(`读取文件清单失败（HTTP ${res.status}）`);
    return res.json() as Promise<CompareDocumentList>;
  });
  // A failed read may be retried (say, after the network comes back).
  pending.catch(() => (pending = null));
  return pending;
}
