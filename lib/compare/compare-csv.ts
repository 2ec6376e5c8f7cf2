/**
 * A comparison as CSV for a spreadsheet: UTF-8 with a byte-order mark (Excel
 * otherwise reads Chinese as the local ANSI code page), CRLF line ends,
 * RFC 4180 quoting and formulas neutralised. One line per row of the page,
 * in the page's order.
 */
import type { ClauseRecord } from '../corpus/export-contract';
import type { AlignedRow, CompareRow, DiffSegment, RowKind, TextMode } from './model';
import { comparableText } from './comparable-text';
import { formatPercent, pairSimilarity } from './summarize';
import type { Comparison } from './build-comparison';
import { changeLine } from './row-changes';

export type CsvWording = {
  /** What each side's header columns start with: "地方", "上位"… */
  local: string;
  parent: string;
  /** What the 差异 column calls each side: "地方", "上位法"… */
  localName: string;
  parentName: string;
  /** The 行类型 of each kind of row. */
  kinds: Record<RowKind, string>;
};

export const BOM = '\uFEFF';

/** `nameOf`: the clause's one name (lib/clause), as the page shows it. */
export function compareCsv(rows: CompareRow[], diffOf: (row: AlignedRow) => DiffSegment[], mode: TextMode, wording: CsvWording, nameOf: (clause: ClauseRecord) => string): string {
  const header = ['行类型', `${wording.local}条款`, `${wording.local}条文`, `${wording.parent}条款`, `${wording.parent}条文`, '相似度', `改动（${wording.localName}较${wording.parentName}）`];
  const lines = [header];
  for (const row of rows) {
    const local = row.kind === 'parent-only' ? null : row.local;
    const parent = row.kind === 'local-only' ? null : row.parent;
    const segments = row.kind === 'aligned' ? diffOf(row) : null;
    lines.push([
      wording.kinds[row.kind],
      local ? nameOf(local) : '',
      local ? comparableText(local, mode) : '',
      parent ? nameOf(parent) : '',
      parent ? comparableText(parent, mode) : '',
      segments ? formatPercent(pairSimilarity(segments)) : '',
      segments ? changeLine(segments) : '',
    ]);
  }
  return BOM + lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before
 * one) as a formula: OWASP's CSV-injection advice is to lead such a cell
 * with ' so it stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: quote a field that holds a comma, a quote or a line break; double inner quotes. */
export function csvField(raw: string): string {
  const value = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV of a built comparison in one wording: what the pages link to and the on-demand view makes. */
export function comparisonCsv(c: Comparison, mode: TextMode): string {
  return compareCsv(c.rows.map((r) => r.row), c.diffOf[mode], mode, c.wording.csv, c.nameOf);
}
