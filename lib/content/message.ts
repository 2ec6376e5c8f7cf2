/**
 * The one shape of every content problem, whoever finds it (content parsing,
 * source layout, errata, the corpus build): where it is, which document it
 * concerns, a stable rule id and the text editors read (in Chinese). Callers
 * filter and group by the fields, never by parsing the text.
 */
export type Severity = 'error' | 'warning';

export type ContentMessage = {
  /** Content file, relative to the project root (content/…). */
  file: string;
  /** 1-based line in `file`. */
  line: number;
  /** 1-based column, where the parser gives one. */
  column?: number;
  /** The document the problem concerns, where there is one. */
  documentId?: string;
  /** Short stable kebab-case id of the check, e.g. `overlap`, `stale-erratum`, `schema`. */
  rule: string;
  severity: Severity;
  message: string;
};

/** An error message; the fields beyond the required ones are optional. */
export function contentError(
  file: string,
  line: number,
  rule: string,
  message: string,
  extra: { column?: number; documentId?: string } = {},
): ContentMessage {
  return { file, line, ...(extra.column ? { column: extra.column } : {}), ...(extra.documentId ? { documentId: extra.documentId } : {}), rule, severity: 'error', message };
}

/** "file:line: message", or "file:line:column: message" where the column is known: the form editors and tools rely on. */
export function formatMessage(m: ContentMessage): string {
  return `${m.file}:${m.line}${m.column ? `:${m.column}` : ''}: ${m.message}`;
}
