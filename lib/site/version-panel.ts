/**
 * What a document page says about its version: the plain status line at
 * the top, and the work's versions with this one's neighbours, for the
 * 版本 panel and its 新旧对照 links.
 */
import type { DocumentRecord, DocumentStatus, WorkRecord } from '../corpus/export-contract';

export type StatusStatement =
  | { kind: 'in-force'; evidence: string | null }
  /** `current`: the version in force, or the next one when the collection does not say which is. */
  | { kind: 'amended'; current: string | null; evidence: string | null }
  | { kind: 'repealed'; evidence: string | null }
  | { kind: 'unknown'; evidence: string | null };

export function statusStatement(doc: Pick<DocumentRecord, 'id' | 'status' | 'statusEvidence' | 'supersededBy'>, work: WorkRecord | undefined): StatusStatement {
  const evidence = doc.statusEvidence;
  switch (doc.status) {
    case 'amended': {
      const current = work?.current && work.current !== doc.id ? work.current : doc.supersededBy;
      return { kind: 'amended', current, evidence };
    }
    case 'in-force':
    case 'repealed':
    case 'unknown':
      return { kind: doc.status, evidence };
  }
}

export type VersionRow = { documentId: string; versionDate: string | null; status: DocumentStatus; self: boolean };

/**
 * The work's versions newest first, this one marked, and its neighbours:
 * 新旧对照 puts the newer on the left. Empty when the work has one version.
 */
export function versionPanel(work: WorkRecord | undefined, documentId: string): { rows: VersionRow[]; newer: string | null; older: string | null } {
  const versions = work?.versions ?? [];
  const at = versions.findIndex((v) => v.documentId === documentId);
  if (versions.length < 2 || at < 0) return { rows: [], newer: null, older: null };
  return {
    rows: versions.map((v) => ({ ...v, self: v.documentId === documentId })),
    newer: at > 0 ? versions[at - 1].documentId : null,
    older: at + 1 < versions.length ? versions[at + 1].documentId : null,
  };
}
