/**
 * Data-quality notices found by general rules over the tree: numbering gaps
 * and restarts, lists announced but never given, missing or repeated titles.
 */
import type { ClauseNode } from './clause-tree';
import type { Finding } from '../corpus/export-contract';
import { ANNOUNCES_LIST, ARTICLE_LINE, INDENT } from './patterns';
import { collect } from './assign-ids';

export function detectFindings(documentId: string, roots: ClauseNode[], text: string, hasTitle: boolean): Finding[] {
  const findings: Finding[] = [];
  const own = (n: ClauseNode) => text.slice(n.head.start, n.head.end).replace(INDENT, '').trim();
  const add = (clauseId: string | null, kind: Finding['kind'], message: string, severity: Finding['severity'] = 'warning') =>
    findings.push({ documentId, clauseId, kind, message, severity });

  const titles = roots.filter((n) => n.kind === 'title');
  if (!hasTitle && titles.length === 0) add(null, 'missing-title', '原文没有标题行；页面标题由编辑推定。');
  const seenTitles = new Set<string>();
  for (const t of titles) {
    if (seenTitles.has(own(t))) add(t.id, 'duplicate-title', `标题行重复出现（第 ${t.line} 行）。`, 'info');
    seenTitles.add(own(t));
  }

  // Articles may be numbered through the document (第N条, or 1.-60. across
  // chapters) or restart in each chapter; other levels count within a parent.
  const parentOf = new Map<ClauseNode, ClauseNode | null>();
  const index = (nodes: ClauseNode[], p: ClauseNode | null) => nodes.forEach((n) => (parentOf.set(n, p), index(n.children, n)));
  index(roots, null);
  const order = collect(roots);
  const groups = new Map<string, ClauseNode[]>();
  for (const n of order) {
    // An inserted article (第十七条之一) sits between numbers by design: it neither breaks nor extends the count.
    if (!n.family || n.number === null || n.sub !== undefined) continue;
    const key = n.kind === 'article' ? `article:${n.family}` : `${parentOf.get(n)?.id ?? ''}:${n.family}`;
    const list = groups.get(key);
    if (list) list.push(n);
    else groups.set(key, [n]);
  }
  for (const list of groups.values()) {
    list.forEach((n, i) => {
      const prevNode = list[i - 1];
      const prev = prevNode?.number ?? 0;
      const cur = n.number!;
      const newParent = prevNode && parentOf.get(prevNode) !== parentOf.get(n);
      if (newParent && cur === 1) return;
      if (cur === 1 && prevNode && startsListAfterParagraph(prevNode, n, parentOf.get(n)?.children ?? roots)) return;
      if (cur > prev + 1) {
        add(n.id, 'numbering-gap', `编号不连续：${prevNode?.label ?? '开头'}之后是${n.label}，缺少第 ${range(prev + 1, cur - 1).join('、')} 项。`);
      } else if (prevNode && cur <= prev) {
        add(n.id, 'numbering-restart', `编号重新开始或重复：${prevNode.label}之后是${n.label}。`, 'info');
      }
    });
  }
  // A list is missing when nothing follows the announcement but the next
  // provision of the same kind. (A preamble ending "以下重点工作：" is
  // followed by 一、.) Unnumbered paragraphs count as the list: definitions
  // ("下列用语的含义是：" then "航道，是指…") and members ("由下列人员组成：")
  // are printed so, and so are quoted items (“（一）…) in an amendment.
  order.forEach((n, i) => {
    const hasItems = n.children.some((c) => c.family !== null);
    const next = order[i + 1];
    const listGiven = hasItems || (next !== undefined && (next.kind === 'paragraph' || next.kind === 'preamble' || (next.family !== null && next.family !== n.family)));
    const said = own(n).replace(/\s+$/, '');
    if (ANNOUNCES_LIST.test(said) && !listGiven) {
      add(n.id, 'empty-list', `原文说“${announcement(said, n.label)}”，但其后没有列出任何项。`);
    }
  });

  // Every line that starts with 第…条 should start an article (the census in
  // article-census.ts); one that does not ("第二条规定的…" after a line
  // break, a garbled label) is named, so the count's exceptions are visible.
  for (const n of order) {
    if (n.family === 'article' || !ARTICLE_LINE.test(text.slice(n.head.start, n.head.end))) continue;
    add(n.id, 'unparsed-article', `第 ${n.line} 行以“第…条”开头，却未解析为一条：“${own(n).slice(0, 20)}”。`);
  }
  return findings;
}

/**
 * An article's second 款 may announce a list of its own (资源税法第六条:
 * "（一）（二）" exempt, then "有下列情形之一的，减征资源税：" and "（一）…"
 * again): items that start at one after a paragraph of the same parent are
 * a new list, not a restart.
 */
function startsListAfterParagraph(prev: ClauseNode, n: ClauseNode, siblings: ClauseNode[]): boolean {
  if (n.kind !== 'item' && n.kind !== 'subitem') return false;
  const a = siblings.indexOf(prev);
  const b = siblings.indexOf(n);
  return a >= 0 && b > a && siblings.slice(a + 1, b).some((c) => c.kind === 'paragraph');
}

/**
 * The sentence that announces the list, quoted whole: from the clause
 * boundary before 下列/以下/如下 (or the start of the text, without its
 * printed label) to the colon, shortened at the front if long. A fixed
 * number of final characters cut words and took in the label ("条 有下列…").
 */
function announcement(said: string, label: string): string {
  const body = label && said.startsWith(label) ? said.slice(label.length).replace(INDENT, '') : said;
  const m = ANNOUNCES_LIST.exec(body);
  if (!m) return body;
  const before = body.slice(0, m.index);
  const cut = Math.max(...[...'，,。；;：:'].map((c) => before.lastIndexOf(c))) + 1;
  const quote = body.slice(cut);
  return quote.length > 40 ? '……' + quote.slice(-40) : quote;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b && out.length < 50; i++) out.push(i);
  return out;
}
