/**
 * The normalised source is what every span points into: the verbatim text
 * with only a byte-order mark removed and line endings made "\n". Nothing
 * else changes, so a span's slice is what the source printed.
 */
export function normalizeSource(raw: string): string {
  return raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

export type Line = {
  /** 1-based line number. */
  no: number;
  start: number;
  /** End of the line's text, before its newline. */
  end: number;
  /** Start of the next line (after the newline), or the text's length. */
  next: number;
  text: string;
};

/** Split normalised text into lines that tile it exactly. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let no = 1;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const next = nl < 0 ? text.length : nl + 1;
    lines.push({ no, start, end, next, text: text.slice(start, end) });
    start = next;
    no++;
  }
  return lines;
}
