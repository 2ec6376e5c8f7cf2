/**
 * A document that stops early. Rules, regulations, measures and the like
 * (named so by the last word of their title, and declared a regulation)
 * close with provisions about themselves: who interprets them, when they
 * take effect, what they repeal, often under a 附则 heading. A numbered
 * body whose last provisions say none of this, and no 附则 heading, most
 * likely lost its end in copying (the scrape of a page cut off, a list
 * announced and never given). The rule reads only the last few numbered
 * provisions, so an early "本办法施行前……" does not hide a lost ending.
 */
import type { ClauseNode } from './clause-tree';
import type { DocType } from '../content/schema';
import type { Finding } from '../corpus/export-contract';
import { collect } from './assign-ids';
import { INDENT } from './patterns';

/** Titles whose kind normally ends with 附则 provisions. 方案, 意见, 通知 and speeches often do not. */
const CLOSES_WITH_PROVISIONS = /(?:法|条例|规定|办法|细则|规则|准则|规程)$/;
/** 自…起施行, 由…负责解释, 同时废止, 参照本办法执行: what closing provisions say. */
const CLOSING_PROVISION = /(?:自|从)[^。；]{0,40}(?:起|之日)(?:施行|实施|执行|生效)|(?:负责|进行)?解释(?:工作)?[。；]|解释权|同时废止|予以废止|参照本[^。]{0,6}执行/;
const CLOSING_HEADING = /^(?:第[^章]{1,4}章|[一二三四五六七八九十]+、)?[\s\u3000]*附\s*则/;
/** How many of the last numbered provisions are read. */
const TAIL = 4;

/** Whether a text of this title and kind normally ends with closing provisions: the only thing the rule needs to know of either. */
export function closesWithProvisions(title: string, docType: DocType): boolean {
  return docType === 'regulation' && CLOSES_WITH_PROVISIONS.test(title.replace(/[（(][^（）()]*[)）]$/, '').trim());
}

/** Call for a text that closesWithProvisions. */
export function detectTruncation(documentId: string, roots: ClauseNode[], text: string): Finding | null {
  const all = collect(roots);
  const numbered = all.filter((n) => n.family !== null && n.kind !== 'title');
  if (numbered.length < 3) return null;
  const own = (n: ClauseNode) => text.slice(n.head.start, n.head.end).replace(INDENT, '').trim();
  if (all.some((n) => CLOSING_HEADING.test(own(n)))) return null;
  const tail = numbered.slice(-TAIL);
  // Whole spans: an article printed as a bare label line has its words in the paragraph below.
  if (tail.some((n) => CLOSING_PROVISION.test(text.slice(n.span.start, n.span.end)))) return null;
  const last = numbered.at(-1)!;
  return {
    documentId,
    clauseId: last.id,
    kind: 'truncated',
    message: `正文止于第 ${last.line} 行${last.label ? `的“${last.label.trim()}”` : ''}，最后几条没有附则性规定（解释机关、施行日期、废止等），也没有“附则”标题；同类文件通常有，原文可能不完整。`,
    severity: 'warning',
  };
}
