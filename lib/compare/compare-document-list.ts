/**
 * The list of documents the /compare/ picker chooses from, written once by
 * the build as a data file: at national size it holds thousands of entries,
 * which the page fetches when it needs them instead of carrying them in its
 * HTML. Each entry is named as the picker shows it, with the version date
 * that tells two texts of one law apart; `pairs` are the pairs with a
 * pre-generated page, which the picker opens instead of computing them.
 */
import type { DocumentRecord } from '../corpus/export-contract';
import { bookTitle } from '../clause';
import { DOC_TYPE_LABEL } from '../content/labels';

export type CompareDocumentList = {
  /** [id, name shown] */
  documents: [string, string][];
  pairs: [string, string][];
};

export function pickerName(d: Pick<DocumentRecord, 'shortTitle' | 'docType' | 'versionDate'>): string {
  return `${bookTitle(d.shortTitle)}（${[DOC_TYPE_LABEL[d.docType], d.versionDate].filter(Boolean).join('，')}）`;
}

export function compareDocumentList(documents: readonly DocumentRecord[], pairs: readonly { local: string; parent: string }[]): CompareDocumentList {
  return {
    documents: documents.map((d) => [d.id, pickerName(d)]),
    pairs: pairs.map((p) => [p.local, p.parent]),
  };
}
