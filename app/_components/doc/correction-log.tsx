/**
 * 校订记录: every correction of the document. Corrections declared by one
 * errata entry share their evidence, so the evidence is given once per entry
 * and each place it was applied is listed with a link to its clause.
 */
import type { CorpusIndex } from '@/lib/content/corpus-index';
import type { NumberedCorrection } from '@/app/_lib/document-view';
import { CONFIDENCE_LABEL, CORRECTION_KIND_LABEL } from '@/lib/content/labels';
import { pushTo } from '@/lib/push-to';

export function CorrectionLog({ corrections, index, documentId }: { corrections: NumberedCorrection[]; index: CorpusIndex; documentId: string }) {
  const groups = groupByEntry(corrections);
  return (
    <section aria-labelledby="corrections-h" id="corrections" className="mt-10">
      <h2 id="corrections-h" className="mb-2 text-lg font-bold">
        校订记录
      </h2>
      {corrections.length === 0 ? (
        <p className="text-sm text-muted">本文件未作文字校订，正文即原文（标点按中文规范显示）。</p>
      ) : (
        <div className="space-y-4">
          {groups.map((g) => (
            <CorrectionGroup key={g[0].id} group={g} index={index} documentId={documentId} />
          ))}
        </div>
      )}
    </section>
  );
}

function CorrectionGroup({ group, index, documentId }: { group: NumberedCorrection[]; index: CorpusIndex; documentId: string }) {
  const first = group[0];
  return (
    <article className="rounded border border-rule bg-white p-3 text-sm leading-6">
      <dl className="grid grid-cols-[5em_1fr] gap-x-2">
        <dt className="text-muted">原文</dt>
        <dd>{first.original ? <span className="orig whitespace-pre-wrap">“{first.original}”</span> : '（无）'}</dd>
        <dt className="text-muted">校订为</dt>
        <dd>{first.corrected ? `“${first.corrected}”` : '（删去）'}</dd>
        <dt className="text-muted">类型</dt>
        <dd>{CORRECTION_KIND_LABEL[first.kind]}</dd>
        <dt className="text-muted">置信度</dt>
        <dd>{CONFIDENCE_LABEL[first.confidence]}</dd>
        <dt className="text-muted">依据</dt>
        <dd>{first.evidence}</dd>
        <dt className="text-muted">位置</dt>
        <dd>
          共 {group.length} 处：
          <ol className="inline">
            {group.map((c) => (
              <li key={c.id} className="mr-2 inline-block">
                {c.clauseId ? (
                  <a href={`#${c.clauseId}`} data-correction-link={c.id}>
                    〔{c.n}〕{index.clauseName(documentId, c.clauseId)}
                  </a>
                ) : (
                  <span>〔{c.n}〕位置未能对应到条款</span>
                )}
                {c.original !== first.original || c.corrected !== first.corrected ? <span className="text-muted">（“{c.original}”→“{c.corrected}”）</span> : null}
              </li>
            ))}
          </ol>
        </dd>
      </dl>
    </article>
  );
}

function groupByEntry(corrections: NumberedCorrection[]): NumberedCorrection[][] {
  const groups = new Map<string, NumberedCorrection[]>();
  for (const c of corrections) {
    pushTo(groups, `${c.declaredAt.file}:${c.declaredAt.line}`, c);
  }
  return [...groups.values()];
}
