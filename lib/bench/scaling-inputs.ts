/**
 * Source texts for the scaling benchmark, each made at doubling sizes so the
 * time and memory of ingest, check and build can be compared per doubling:
 * the same article line repeated (every id and number collides), one long
 * unbroken line, and a long law assembled from real articles, renumbered.
 * Pure and deterministic: text out, the caller writes the files.
 */
import type { ClauseRecord } from '../corpus/export-contract';
import { toChineseNumber } from '../ingest/patterns';

/** The article every line of the repeated input prints. */
const REPEATED = '第一条　为了维护社会稳定，根据有关法律，制定本规定。';

/** `lines` lines, each `第一条 …`: duplicate ids and a numbering notice on every line. */
export function repeatedArticles(lines: number): string {
  return `${REPEATED}\n`.repeat(lines);
}

/** Article texts of a real corpus, label and line breaks included, in corpus order. */
export function realArticles(clauses: ClauseRecord[]): string[] {
  return clauses.filter((c) => c.kind === 'article' && c.label.startsWith('第') && c.label.endsWith('条')).map((c) => c.sourceText.trim());
}

/** One line of about `bytes` UTF-8 bytes: real article texts run together without a line break. */
export function longLine(articles: string[], bytes: number): string {
  if (!articles.length) throw new Error('longLine: no articles to draw text from');
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const piece = articles[i % articles.length].replace(/\s+/g, '');
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join('') + '\n';
}

/**
 * A law of `count` articles cycled from real ones, numbered 第一条… through
 * the document (Arabic numerals past 999, which the parser also reads), a
 * chapter heading every 20 articles, under a title line.
 */
export function longLaw(articles: string[], count: number, title: string): string {
  if (!articles.length) throw new Error('longLaw: no articles to draw text from');
  const lines = [title, ''];
  for (let n = 1; n <= count; n++) {
    if (n % 20 === 1) lines.push(`第${toChineseNumber(Math.ceil(n / 20))}章 第${toChineseNumber(Math.ceil(n / 20))}部分`, '');
    const text = articles[(n - 1) % articles.length].replace(/^第\S+?条[\s\u3000]*/, '');
    lines.push(`第${toChineseNumber(n)}条　${text}`, '');
  }
  return lines.join('\n');
}
