/**
 * A comparison as the reader sees it: header, switches, summary, rows and
 * the list of unimplemented parent clauses. The pre-generated pages render
 * it at build time; /compare/?local=…&parent=… renders it in the browser
 * from the same Comparison, so both show the same thing.
 */
import type { Comparison } from '@/lib/compare/build-comparison';
import type { TextMode } from '@/lib/compare/model';
import { partnerNotes } from '@/app/compare/_lib/partner-notes';
import { CompareControls } from './compare-controls.client';
import { CompareRow } from './compare-row';
import { CompareSummary } from './compare-summary';
import { UnimplementedList } from './unimplemented-list';
import { PrintRunningHead } from './print-running-head';
import { CompareHeader } from './compare-header';

const UNIMPLEMENTED_ID = 'unimplemented';

export function ComparisonView({ comparison: c, csv }: { comparison: Comparison; csv: Record<TextMode, string> }) {
  const { wording } = c;
  const partners = partnerNotes(c);
  const identical = { corrected: c.summary.corrected.aligned - c.summary.corrected.changed, source: c.summary.source.aligned - c.summary.source.changed };
  const routine = c.rows.filter((item) => item.routine);
  const csvName = `${c.local.shortTitle}-${c.parent.shortTitle}-对照-{view}.csv`;

  return (
    <article className="cmp-page">
      <PrintRunningHead text={`${wording.column.local} ⇄ ${wording.column.parent}　条文对照`} />
      <CompareHeader comparison={c} />
      <CompareControls csv={csv} csvName={csvName} identical={identical}>
        <CompareSummary comparison={c} unimplementedId={wording.unimplemented ? UNIMPLEMENTED_ID : null} />
        <p className="cmp-legend">
          标记：<ins>下划线加粗</ins>为仅{wording.noun.local}有的文字，<del>删除线</del>（两端加〔〕）为仅{wording.noun.parent}有的文字；条款序号不参与比较。
        </p>
        <div className="cmp-table" role="group" aria-label="逐条对照">
          <div className="cmp-head" aria-hidden="true">
            <div>{wording.column.local}</div>
            <div>{wording.column.parent}</div>
          </div>
          <ol className="cmp-rows">
            {c.rows
              .filter((item) => !item.routine)
              .map((item) => (
                <CompareRow key={item.anchor} item={item} comparison={c} partners={partners.get(item.anchor) ?? null} />
              ))}
          </ol>
          {routine.length ? (
            <section aria-labelledby="cmp-routine-h" className="cmp-routine" data-routine-group>
              <h3 id="cmp-routine-h" className="cmp-routine-h">
                程序性条款（{routine.length} 条）：解释权、施行日期、授权制定实施办法等，只见于一方不说明未实施或新增了什么
              </h3>
              <ol className="cmp-rows">
                {routine.map((item) => (
                  <CompareRow key={item.anchor} item={item} comparison={c} partners={partners.get(item.anchor) ?? null} />
                ))}
              </ol>
            </section>
          ) : null}
        </div>
        <UnimplementedList comparison={c} id={UNIMPLEMENTED_ID} />
      </CompareControls>
    </article>
  );
}
