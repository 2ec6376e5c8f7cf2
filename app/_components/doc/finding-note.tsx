/** A data-quality finding, shown where it applies: beside its clause or atop the document. */
import type { Finding } from '@/lib/corpus/export-contract';
import { FINDING_LABEL } from '@/lib/content/labels';

/** `count`: how many identical notes this one stands for (lib/site/merge-findings). */
export function FindingNote({ finding, count = 1 }: { finding: Finding; count?: number }) {
  return (
    <p className="finding" data-severity={finding.severity} data-finding={finding.kind} role="note">
      <span className="finding-kind">【{FINDING_LABEL[finding.kind]}】</span>
      {finding.message}
      {count > 1 ? <span className="text-muted">（同样的说明共 {count} 处）</span> : null}
    </p>
  );
}
