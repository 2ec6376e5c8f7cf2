/**
 * Shapes shared by the comparison stages. A comparison puts two documents
 * side by side: the "local" one on the left, the "parent" one on the right.
 * On the main pages the right really is the left's parent; on other pages
 * (two cities, or any two rules) the names only say which side is which.
 */
import type { ClauseRecord, LinkRecord } from '../corpus/export-contract';

/** Which wording to compare: the 校订本 (errata applied) or the verbatim 原文. */
export type TextMode = 'corrected' | 'source';
export const TEXT_MODES: readonly TextMode[] = ['corrected', 'source'];

/**
 * One stretch of the word-level diff of local → parent: `delete` is text
 * only the local clause has, `insert` text only the parent has.
 * `parentText` is set on an `equal` segment when the two sides differ only in
 * characters the diff treats as the same (half- vs full-width punctuation), so
 * each column can still print its own characters.
 */
export type DiffSegment = { op: 'equal' | 'insert' | 'delete'; text: string; parentText?: string };

export type PairEvidence = LinkRecord['evidence'];

/**
 * A local clause and a parent clause the links pair. Every link becomes its
 * own row, so nothing is lost when one clause pairs with several: the rows of
 * one local clause are consecutive, and `repeats` says which side already
 * appeared in an earlier row (a secondary pairing).
 */
export type AlignedRow = {
  kind: 'aligned';
  local: ClauseRecord;
  parent: ClauseRecord;
  score: number;
  linkKind: LinkRecord['kind'];
  evidence: PairEvidence;
  /** Who stands behind the link the row shows (系统推定 / 编辑确认 / 编辑添加). */
  review?: LinkRecord['review'];
  repeats: { local: boolean; parent: boolean };
};
/** A local clause no link pairs: a local addition. */
export type LocalOnlyRow = { kind: 'local-only'; local: ClauseRecord };
/** A parent clause no link pairs: not implemented locally. */
export type ParentOnlyRow = { kind: 'parent-only'; parent: ClauseRecord };

export type CompareRow = AlignedRow | LocalOnlyRow | ParentOnlyRow;
export type RowKind = CompareRow['kind'];
