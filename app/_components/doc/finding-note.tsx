/** A data-quality finding, shown where it applies: beside its clause or atop the document. */
import type { Finding } from '@/lib/corpus/export-contract';
import { FINDING_LABEL } from '@/lib/content/labels';

export function FindingNote({ finding }: { finding: Finding }) {
  return (
    <p className="finding" data-severity={finding.severity} data-finding={finding.kind} role="note">
      <span className="finding-kind">【{FINDING_LABEL[finding.kind]}】</span>
      {finding.message}
    </p>
  );
}
