/**
 * Lines → clause tree. One non-blank line starts one node; the node's head
 * piece runs over the blank lines after it, so heads tile the document.
 *
 * Marker families other than 编/章/节/条 have no fixed rank: a document may
 * nest 1. under (一) or (一) under 1. The stack learns the order from the
 * document itself: a marker whose family is open on the stack closes back to
 * it and becomes its sibling; a new family opens one level deeper.
 */
import type { ClauseKind } from '../corpus/export-contract';
import type { ClauseNode, MarkerFamily } from './clause-tree';
import type { OwnedLine } from './layout-source';
import { FIXED_RANK, INDENT, isHeadingLike, MARKDOWN_HEADING, matchMarker, type Marker } from './patterns';

/** `heading` is the Markdown depth of a line printed as a heading (## → 2). */
type Open = { node: ClauseNode; own: string; heading?: number };

/** Heading kinds' place, for headings that print no 编/章/节 ("## 附件一", "## 二、回避"). */
const KIND_RANK: Partial<Record<ClauseKind, number>> = { part: 0, chapter: 1, section: 2 };

const FIXED_KIND: Partial<Record<MarkerFamily, ClauseKind>> = {
  part: 'part',
  chapter: 'chapter',
  section: 'section',
  article: 'article',
};

export function buildTree(owned: OwnedLine[]): ClauseNode[] {
  const roots: ClauseNode[] = [];
  const stack: Open[] = [];
  const ownText = new Map<ClauseNode, string>();

  // Whether a root other than a title or preamble exists yet, kept as a flag
  // so an unstructured text's thousands of lines don't rescan the roots.
  let bodyStarted = false;
  const attach = (node: ClauseNode, parent: ClauseNode | undefined, own: string) => {
    (parent ? parent.children : roots).push(node);
    if (!parent && node.kind !== 'title' && node.kind !== 'preamble') bodyStarted = true;
    ownText.set(node, own);
  };

  for (const { line, pieceEnd, isTitle } of owned) {
    const text = line.text.replace(INDENT, '');
    const base = { id: '', children: [], span: { start: line.start, end: pieceEnd }, head: { start: line.start, end: pieceEnd }, line: line.no };
    if (isTitle) {
      attach({ ...base, kind: 'title', family: null, label: '', number: null }, undefined, text);
      continue;
    }
    const marker = matchMarker(text);
    const heading = markdownDepth(line.text);
    // A Markdown heading without 编/章/节/条 is an outline heading: it ends
    // whatever article or list is open and nests by its depth (the # count).
    if (heading !== undefined && (!marker || FIXED_RANK[marker.family] === undefined)) {
      const own = marker ? text.slice(marker.label.length) : text;
      const node: ClauseNode = { ...base, kind: closeForHeading(stack, heading), family: marker?.family ?? null, label: marker?.label ?? '', number: marker?.number ?? null };
      attach(node, stack.at(-1)?.node, own);
      stack.push({ node, own, heading });
      continue;
    }
    if (marker) {
      const own = text.slice(marker.label.length);
      const kind = closeFor(stack, marker, own);
      const node: ClauseNode = { ...base, kind, family: marker.family, label: marker.label, number: marker.number };
      if (marker.sub !== undefined) node.sub = marker.sub;
      attach(node, stack.at(-1)?.node, own);
      stack.push(heading === undefined ? { node, own } : { node, own, heading });
      continue;
    }
    // An unmarked line continues a heading-like item, or else closes the
    // item list and becomes a paragraph (款) of the enclosing provision.
    while (stack.length) {
      const top = stack.at(-1)!;
      if ((top.node.kind !== 'item' && top.node.kind !== 'subitem') || isHeadingLike(top.own)) break;
      stack.pop();
    }
    const parent = stack.at(-1)?.node;
    const kind: ClauseKind = parent ? 'paragraph' : bodyStarted ? 'paragraph' : 'preamble';
    attach({ ...base, kind, family: null, label: '', number: null }, parent, text);
  }
  finishSpans(roots);
  numberParagraphs(roots, (n) => ownText.get(n) ?? '');
  return roots;
}

function markdownDepth(line: string): number | undefined {
  return MARKDOWN_HEADING.exec(line)?.[1].length;
}

/** A stack entry's fixed place: by its 编/章/节/条 marker, or, for an outline heading, by its kind. */
function rankOf(o: Open): number | undefined {
  return FIXED_RANK[o.node.family!] ?? (o.heading !== undefined ? KIND_RANK[o.node.kind] : undefined);
}

/**
 * Close the stack for an outline heading of Markdown depth `depth`: only a
 * shallower heading stays open. Directly under the root or a part it is a
 * chapter, deeper a section.
 */
function closeForHeading(stack: Open[], depth: number): ClauseKind {
  while (stack.length && !(stack.at(-1)!.heading !== undefined && stack.at(-1)!.heading! < depth)) stack.pop();
  const parent = stack.at(-1)?.node;
  return !parent || parent.kind === 'part' ? 'chapter' : 'section';
}

/** Close the stack for a new marker and decide the new node's kind. */
function closeFor(stack: Open[], marker: Marker, own: string): ClauseKind {
  const rank = FIXED_RANK[marker.family];
  if (rank !== undefined) {
    while (stack.length) {
      const r = rankOf(stack.at(-1)!);
      if (r !== undefined && r < rank) break;
      stack.pop();
    }
    return FIXED_KIND[marker.family]!;
  }
  // An outline heading ("## 一、…") is not an open list this marker could continue.
  const open = stack.map((o, i) => (o.node.family === marker.family && o.heading === undefined ? i : -1)).filter((i) => i >= 0);
  // A list that starts again at 1 while its family is open is a quoted
  // excerpt or sub-list with its own numbering: it nests. Otherwise close
  // back to the open entry this number continues (or, failing that, the
  // nearest one), so "三、" after an excerpt's "一、" returns to "二、".
  const restarts = marker.number === 1 && open.length > 0 && open.every((i) => (stack[i].node.number ?? 0) >= 1);
  if (!restarts && open.length) {
    const continues = [...open].reverse().find((i) => stack[i].node.number !== null && stack[i].node.number! + 1 === marker.number);
    stack.length = continues ?? open.at(-1)!;
  }
  const hasArticle = stack.some((o) => o.node.kind === 'article');
  if (!hasArticle) {
    const hasChapter = stack.some((o) => o.node.kind === 'chapter');
    return marker.family === 'cn-dun' && !hasChapter && isHeadingLike(own) ? 'chapter' : 'article';
  }
  return stack.at(-1)!.node.kind === 'article' ? 'item' : 'subitem';
}


/** A node's whole span ends where its last descendant's piece ends. */
function finishSpans(nodes: ClauseNode[]): void {
  for (const n of nodes) {
    finishSpans(n.children);
    const last = n.children.at(-1);
    if (last) n.span = { start: n.span.start, end: last.span.end };
  }
}

/**
 * Paragraphs of an article are its 款: the article's own first line is 第一款
 * unless it is only a heading. Other paragraphs count from 1.
 */
function numberParagraphs(nodes: ClauseNode[], ownText: (n: ClauseNode) => string): void {
  for (const n of nodes) {
    let k = 0;
    for (const c of n.children) {
      if (c.kind !== 'paragraph') continue;
      k++;
      c.number = n.kind === 'article' && !isHeadingLike(ownText(n)) ? k + 1 : k;
    }
    numberParagraphs(n.children, ownText);
  }
}
