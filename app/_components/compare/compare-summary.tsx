/**
 * 对齐 N 条、地方新增 N 条、上位法未实施 N 条、总体相似度 N%. Counts are rows
 * of the page; the similarity depends on the wording shown, so both are in
 * the page and the controls show one.
 */
import type { Comparison } from '@/lib/compare/build-comparison';
import type { TextMode } from '@/lib/compare/model';
import { formatPercent } from '@/lib/compare/summarize';

const MODES: TextMode[] = ['corrected', 'source'];

export function CompareSummary({ comparison, unimplementedId }: { comparison: Comparison; unimplementedId: string | null }) {
  const { wording } = comparison;
  const s = comparison.summary.corrected;
  // Routine articles only one side has are counted apart (routine-articles.ts).
  const routine = { 'local-only': 0, 'parent-only': 0 };
  for (const r of comparison.rows) if (r.routine && r.row.kind !== 'aligned') routine[r.row.kind]++;
  const count = (n: number, kind: 'local-only' | 'parent-only') => {
    const body = (
      <>
        {wording.count[kind]} <strong data-count={kind}>{n}</strong> 条
      </>
    );
    return unimplementedId && wording.unimplemented === kind ? <a href={`#${unimplementedId}`} className="underline">
        {body}
      </a> : body;
  };
  return (
    <section aria-label="对照概况" className="cmp-summary">
      <p className="cmp-summary-line">
        对齐 <strong data-count="aligned">{s.aligned}</strong> 条、{count(s.localOnly - routine['local-only'], 'local-only')}、{count(s.parentOnly - routine['parent-only'], 'parent-only')}
        {routine['local-only'] + routine['parent-only'] ? (
          <>
            、另有程序性条款 <strong data-count="routine">{routine['local-only'] + routine['parent-only']}</strong> 条
          </>
        ) : null}
        、总体相似度{' '}
        {MODES.map((m) => (
          <strong key={m} className={`cmp-${m}`} data-similarity={m}>
            {formatPercent(comparison.summary[m].similarity)}
          </strong>
        ))}
      </p>
      <p className="cmp-summary-note">
        “对齐”按行计{s.secondary ? `，其中 ${s.secondary} 行是附加配对（一条对应多条时，多出的配对另起一行）` : ''}
        。总体相似度：所有对齐行中相同文字所占的比例，按字数加权（2 × 相同字数 ÷ 两侧字数之和）；不计未对齐的条款。
        {MODES.map((m) => (
          <span key={m} className={`cmp-${m}`}>
            {m === 'source' ? '当前按原文计算。' : '当前按校订本计算。'}
          </span>
        ))}
      </p>
    </section>
  );
}
