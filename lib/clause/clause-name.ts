/**
 * The one name of a clause, used wherever a clause is named: on its page, in
 * a search hit, a comparison row, a copied citation and a reference's reason.
 *
 * - Where articles are printed 第N条, the conventional citation form (as in
 *   court judgments and 北大法宝): 第二十条, 第二条第二款, 第二十条第（三）项,
 *   第十一条第一款第（三）项 (the 款 is named only when the article has more
 *   than one), 第三条第（一）项第1目. Headings are left out: the article
 *   number says where it is.
 * - In outline texts (一、（一）1.（1）), the printed labels from the outermost
 *   heading down: 二、（一）1.（4）, because outline numbers restart under each
 *   heading. A paragraph of an outline provision is a 款 like that of an
 *   article, （十八）第二款; any other unlabeled paragraph is a 段, counted
 *   within its parent: 三、（三）1.第一段.
 * - Headings are their labels along the way: 第五章, 第一编第二章; opening
 *   paragraphs before the first provision are 第一段, 第二段…; a title line
 *   is 标题.
 * - Where 第N条 restart (a compilation), the headings are kept: 第二章第一条.
 */
import type { ClauseRecord } from '../corpus/export-contract';
import { toChineseNumber } from '../ingest/patterns';
import { NUMBERED_ARTICLE, type ClauseIndex } from './clause-index';
import { displayLabel } from './display-label';
import { isHeadingKind } from './heading-kinds';

/** The dot or comma after an item number (1. 一、): dropped inside 第…项. */
const ITEM_NUMBER_END = /[.．、]$/;

export function clauseName(c: ClauseRecord, index: ClauseIndex): string {
  if (c.kind === 'title') return '标题';
  const chain = [...index.ancestors(c), c];
  const article = index.articleOf(c);
  const headings = isHeadingKind(c.kind) || !index.articlesNumberedThrough() || !article || !NUMBERED_ARTICLE.test(article.label);
  return chain
    .filter((k) => headings || !isHeadingKind(k.kind))
    .map((k) => step(k, index))
    .join('');
}

/** The citation with the title: 《健全落实社会治安综合治理领导责任制规定》第二十条第（三）项. */
export function citationName(document: { title: string }, c: ClauseRecord, index: ClauseIndex): string {
  return bookTitle(document.title) + clauseName(c, index);
}

/** A title as cited: in 《》, with any 《》 inside it turned into 〈〉. */
export function bookTitle(title: string): string {
  const bare = /^《[^《》]*》$/.test(title) ? title.slice(1, -1) : title;
  return `《${bare.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

/** One clause's own part of the name. */
function step(k: ClauseRecord, index: ClauseIndex): string {
  const parent = index.parent(k);
  if (k.kind === 'preamble') return `第${toChineseNumber(position(k, index))}段`;
  if (k.kind === 'paragraph') return `第${toChineseNumber(k.number ?? position(k, index))}${parent?.kind === 'article' ? '款' : '段'}`;
  const article = index.articleOf(k);
  if ((k.kind !== 'item' && k.kind !== 'subitem') || !article || !NUMBERED_ARTICLE.test(article.label)) return displayLabel(k.label);
  const number = displayLabel(k.label).replace(ITEM_NUMBER_END, '');
  if (k.kind === 'subitem') return `第${number}目`;
  return (parent === article ? paragraphOfItem(k, article, index) : '') + `第${number}项`;
}

/**
 * Place among its siblings of the same kind, from 1: what an unnumbered clause
 * is counted by. Found by id, so a copy of a clause is named as the clause is.
 */
function position(k: ClauseRecord, index: ClauseIndex): number {
  return index.children(k.parentId).filter((s) => s.kind === k.kind).findIndex((s) => s.id === k.id) + 1;
}

/**
 * 第一款 / 第二款 before an item's 第…项, when its article has more than one
 * 款: the items belong to the paragraph printed above them, or to the
 * article's own first paragraph when none is.
 */
function paragraphOfItem(item: ClauseRecord, article: ClauseRecord, index: ClauseIndex): string {
  const siblings = index.children(article.id);
  const paragraphs = siblings.filter((s) => s.kind === 'paragraph');
  if (!paragraphs.length) return '';
  const above = siblings.slice(0, siblings.findIndex((s) => s.id === item.id)).filter((s) => s.kind === 'paragraph').at(-1);
  // The first paragraph numbered 1 means the article's own line is only a heading: its items belong to no 款.
  const number = above ? above.number : paragraphs[0].number === 2 ? 1 : null;
  return number ? `第${toChineseNumber(number)}款` : '';
}
