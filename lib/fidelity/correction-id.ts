/**
 * A correction's id in the built corpus: the document's id and the errata
 * entry's id. Entry ids are unique only within one errata file (two
 * documents of one scrape may both restore 政府主导 as `zhengfu-zhudao`), and
 * the export, the site's marks and the handouts key corrections by id, so
 * the document is part of it. Defined here once; readers that show the
 * editor's own id take it back with `entryIdOf`.
 */
const SEPARATOR = '/';

export function correctionId(documentId: string, entryId: string): string {
  return `${documentId}${SEPARATOR}${entryId}`;
}

/** The errata file's id of a correction of `documentId` (as written in content/errata/<documentId>.yaml). */
export function entryIdOf(documentId: string, id: string): string {
  const prefix = `${documentId}${SEPARATOR}`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : id;
}
