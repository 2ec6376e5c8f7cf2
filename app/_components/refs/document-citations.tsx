/** Placeholder until cross-references land: a document's 引用文件 list. */
export function DocumentCitations(_props: { documentId: string }) {
  return null;
}
