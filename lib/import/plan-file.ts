/**
 * What a re-run of an import does with one file it writes (the source, the
 * document entry or the manifest), from three hashes: what is on disk now,
 * what the import wrote last time (its record), and what it would write now.
 * A source follows the collection; an entry or manifest is rewritten only
 * while it is still what the import wrote, so an editor's change is kept.
 */
export type FileAction = 'unchanged' | 'write' | 'keep-edited';

export function planFile(kind: 'source' | 'entry', current: string | null, recorded: string | null, wanted: string): FileAction {
  if (current === wanted) return 'unchanged';
  if (kind === 'source' || current === null) return 'write';
  return current === recorded ? 'write' : 'keep-edited';
}

/** `<content>/imports/<collection>.json`: per source path, its id and the hashes last written. */
export type ImportRecord = {
  collection: string;
  commit: string | null;
  files: Record<string, { id: string; source: string; entry: string; manifest: string }>;
};

export function parseImportRecord(text: string | null, collection: string): ImportRecord {
  if (text === null) return { collection, commit: null, files: {} };
  const data = JSON.parse(text) as Partial<ImportRecord>;
  return { collection, commit: data.commit ?? null, files: data.files ?? {} };
}

/** Stable key order, so the record diffs well between runs. */
export function formatImportRecord(record: ImportRecord): string {
  const files = Object.fromEntries(Object.keys(record.files).sort().map((k) => [k, record.files[k]]));
  return JSON.stringify({ collection: record.collection, commit: record.commit, files }, null, 1) + '\n';
}
