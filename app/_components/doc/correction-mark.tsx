/**
 * A corrected passage in the text. Focusable; on hover or focus it shows what
 * the source printed and why it was corrected. In print the number becomes a
 * footnote (see ClauseFootnotes). A deletion has no text of its own, so it
 * shows a caret where the source's text was.
 */
import { CONFIDENCE_LABEL, CORRECTION_KIND_LABEL } from '@/lib/content/labels';
import type { NumberedCorrection } from '@/app/_lib/document-view';

export function CorrectionMark({ correction: c, text }: { correction: NumberedCorrection; text: string }) {
  const tipId = `corr-${c.id}-tip`;
  const isDeletion = text === '';
  return (
    <span
      className={`corr tip-host${isDeletion ? ' corr-del' : ''}`}
      tabIndex={0}
      data-correction={c.id}
      data-n={c.n}
      aria-describedby={tipId}
      aria-label={isDeletion ? `已删除原文“${c.original}”` : undefined}
    >
      {text}
      <span role="tooltip" id={tipId} className="tip">
        <CorrectionSummary c={c} />
      </span>
    </span>
  );
}

export function CorrectionSummary({ c }: { c: NumberedCorrection }) {
  return (
    <>
      <span className="block">
        <b>校订 {c.n}</b>（{CORRECTION_KIND_LABEL[c.kind]}，置信度{CONFIDENCE_LABEL[c.confidence]}）
      </span>
      <span className="block">
        原文：{c.original ? <span className="orig">{c.original}</span> : <span className="text-muted">（无）</span>}
      </span>
      <span className="block">校订：{c.corrected ? <span>{c.corrected}</span> : <span className="text-muted">（删去）</span>}</span>
      <span className="block text-muted">依据：{c.evidence}</span>
    </>
  );
}
