/**
 * The structure check for documents that number their articles 第…条: the
 * parse should give one article per body line that starts with 第…条 (after
 * indentation). Pure, over the source's lines and the parsed article lines,
 * so a script over a folder and a test over a built corpus share it.
 */
import { ARTICLE_LINE } from './patterns';

export type ArticleCensus = {
  /** Body lines that start with 第…条. */
  printed: number;
  /** Articles the parse produced (label 第…条) inside the body. */
  parsed: number;
  /** Lines that start with 第…条 but start no article. */
  notArticles: number[];
  /** Articles whose line does not start with 第…条. */
  unprinted: number[];
};

/**
 * `lines` are the source's lines (index 0 is line 1); the body is lines
 * `from`..`to` (1-based, inclusive). `articleLines` are the lines of the
 * parsed articles printed 第…条.
 */
export function articleCensus(lines: readonly string[], from: number, to: number, articleLines: Iterable<number>): ArticleCensus {
  const printedLines = new Set<number>();
  for (let n = from; n <= to && n <= lines.length; n++) if (ARTICLE_LINE.test(lines[n - 1])) printedLines.add(n);
  const parsedLines = new Set([...articleLines].filter((n) => n >= from && n <= to));
  return {
    printed: printedLines.size,
    parsed: parsedLines.size,
    notArticles: [...printedLines].filter((n) => !parsedLines.has(n)),
    unprinted: [...parsedLines].filter((n) => !printedLines.has(n)).sort((a, b) => a - b),
  };
}

/** Whether the census holds: as many articles as lines printing 第…条. */
export function censusMatches(c: ArticleCensus): boolean {
  return c.printed === c.parsed && c.notArticles.length === 0;
}
