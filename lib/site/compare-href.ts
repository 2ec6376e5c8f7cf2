/**
 * URL paths of the comparison pages and their CSV files. Paths only:
 * next/link adds the base path, plain links go through withBase.
 */
import type { TextMode } from '../compare/model';
import { csvFileName } from './csv-file-name';

/** /compare/<left>/<right>/, optionally at a row. */
export function compareHref(local: string, parent: string, rowAnchor?: string): string {
  return `/compare/${encodeURIComponent(local)}/${encodeURIComponent(parent)}/${rowAnchor ? `#${encodeURIComponent(rowAnchor)}` : ''}`;
}

export function csvHref(local: string, parent: string, mode: TextMode): string {
  return `/data/compare/${csvFileName(local, parent, mode)}`;
}

/** Where the build writes each document's comparison data (compare-document-data.ts), under the site root. */
export const COMPARE_DOCUMENT_DIR = '/data/compare/doc';

export function compareDocumentFile(documentId: string): string {
  return `${COMPARE_DOCUMENT_DIR}/${encodeURIComponent(documentId)}.json`;
}

/** /compare/?local=…&parent=…: a pair without a page, compared in the browser. */
export function onDemandHref(local: string, parent: string): string {
  return `/compare/?${new URLSearchParams({ local, parent })}`;
}

/** The picker's list of documents and pre-generated pairs (compare-document-list.ts). */
export const COMPARE_DOCUMENT_LIST = '/data/compare/documents.json';
