/**
 * 上位法中本地未实施的条款: the parent's provisions that no local clause
 * pairs with, in the parent's order, each linking to its row and to the
 * parent document.
 */
import Link from 'next/link';
import type { Comparison } from '@/lib/compare/build-comparison';
import { comparableText } from '@/lib/compare/comparable-text';
import { docHref } from '@/app/_lib/routes';
import { ROUTINE_LABEL } from '@/lib/content/labels';

const EXCERPT = 60;

export function UnimplementedList({ comparison, id }: { comparison: Comparison; id: string }) {
  const kind = comparison.wording.unimplemented;
  if (!kind) return null;
  const side = kind === 'parent-only' ? 'parent' : 'local';
  const parentDoc = side === 'parent' ? comparison.parent : comparison.local;
  const unpaired = comparison.rows.filter((r) => r.row.kind === kind);
  // Routine articles (施行日期, 解释权…) are not provisions left unimplemented: listed apart, after.
  const rows = unpaired.filter((r) => !r.routine);
  const routine = unpaired.filter((r) => r.routine);
  return (
    <section aria-labelledby={`${id}-h`} id={id} className="cmp-unimplemented">
      <h2 id={`${id}-h`} className="text-lg font-bold">
        上位法中本地未实施的条款（{rows.length} 条）
      </h2>
      {rows.length ? (
        <ol className="mt-2 space-y-1">
          {rows.map((r) => {
            const clause = r.row.kind === 'parent-only' ? r.row.parent : r.row.kind === 'local-only' ? r.row.local : null;
            if (!clause) return null;
            const text = comparableText(clause, 'corrected');
            return (
              <li key={r.anchor}>
                <a href={`#${r.anchor}`} className="font-bold">
                  {comparison.nameOf(clause)}
                </a>{' '}
                {text.length > EXCERPT ? `${text.slice(0, EXCERPT)}……` : text}
                <Link href={docHref(parentDoc.id, clause.id)} prefetch={false} className="no-print ml-2 text-sm">
                  见原文件
                </Link>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="mt-2 text-muted">上位法各条在本地均有对应条款。</p>
      )}
      {routine.length ? (
        <p className="mt-2 text-sm text-muted" data-routine-unimplemented>
          另有程序性条款 {routine.length} 条未对应（不计入）：
          {routine.map((r, i) => {
            const clause = r.row.kind === 'parent-only' ? r.row.parent : r.row.kind === 'local-only' ? r.row.local : null;
            return clause ? (
              <span key={r.anchor}>
                {i ? '、' : ''}
                <a href={`#${r.anchor}`} className="underline">{comparison.nameOf(clause)}</a>（{ROUTINE_LABEL[r.routine!]}）
              </span>
            ) : null;
          })}
        </p>
      ) : null}
    </section>
  );
}
