/**
 * The head of a law text: its title line and, in LawRefBook's layout, the
 * adoption and amendment history between the title and `<!-- INFO END -->`.
 * Each history line becomes one or more entries (date, event, text, line);
 * a line without a date continues the entry before it (LawRefBook wraps
 * long lines). A plain text without the marker has no history: its body
 * starts after the title.
 */
import type { HistoryEntry } from '../content/schema';
import type { Line } from '../ingest/normalize';
import { CN_DATE, HEADING, INFO_END, historyEvent, splitHistoryLine } from './patterns';

export type InfoBlock = {
  title: string | null;
  titleLine: number | null;
  /** The raw title line, the evidence of the title. */
  titleText: string | null;
  history: HistoryEntry[];
  /** First and last non-blank line between the title and the marker, or null. */
  historyLines: { from: number; to: number } | null;
  markerLine: number | null;
  /** Lines after the head: the body of the law. */
  body: Line[];
  /** Lines of the block that name no date (reported, kept in the history text). */
  undated: number[];
};

const isBlank = (l: Line) => l.text.trim() === '';

export function infoBlock(lines: Line[]): InfoBlock {
  const first = lines.find((l) => !isBlank(l));
  const heading = first ? HEADING.exec(first.text) : null;
  const title = first ? (heading ? heading[1] : first.text).replace(/^[\s　]+|[\s　]+$/g, '') : null;
  const marker = lines.find((l) => INFO_END.test(l.text)) ?? null;
  const afterTitle = first ? first.no : 0;
  if (!marker || (first && marker.no < first.no)) {
    return { title: title || null, titleLine: first?.no ?? null, titleText: first?.text ?? null, history: [], historyLines: null, markerLine: null, body: lines.slice(afterTitle), undated: [] };
  }
  const block = lines.slice(afterTitle, marker.no - 1).filter((l) => !isBlank(l));
  const history: HistoryEntry[] = [];
  const undated: number[] = [];
  for (const line of block) {
    const pieces = splitHistoryLine(line.text.trim());
    const leadingDate = CN_DATE.exec(pieces[0]);
    if (!leadingDate && history.length > 0) {
      // A wrapped line: it continues the entry above, whose event its words may change (…的决定》修正).
      const prev = history[history.length - 1];
      prev.text = `${prev.text}${pieces[0]}`;
      prev.event = historyEvent(prev.text);
      pieces.shift();
    }
    for (const text of pieces) {
      const d = CN_DATE.exec(text);
      if (!d) undated.push(line.no);
      history.push({ date: d ? isoDate(d) : null, event: historyEvent(text), text, line: line.no });
    }
  }
  return {
    title: title || null,
    titleLine: first?.no ?? null,
    titleText: first?.text ?? null,
    history,
    historyLines: block.length ? { from: block[0].no, to: block[block.length - 1].no } : null,
    markerLine: marker.no,
    body: lines.slice(marker.no),
    undated,
  };
}

/** A date match (groups 1–3: year, month, day) → YYYY-MM-DD, or null when it names no real day (2014年13月1日, 2月30日). */
export function isoDate(m: readonly string[]): string | null {
  const [y, mo, d] = [m[1], m[2], m[3]].map((s) => Number(s.normalize('NFKC')));
  // The day must exist in that month of that year: a calendar date round-trips.
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
