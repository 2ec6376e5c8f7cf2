/**
 * A count the source announces that the items present do not bear out.
 * Two places say how many items a list has: its own lead-in ("有以下11种
 * 情形之一的：", "包括下列三类：") and a text elsewhere in the same source
 * that describes it ("规范追责的十一种情形和七种方式" in a 解读 printed
 * after the measures). A lead-in's count is compared with its own list; a
 * count elsewhere with the lists announced by the same noun (下列情形…),
 * and only when none of them has that many items. Lists are counted as
 * printed: items present, and the highest number printed when numbers are
 * missing, so "6 项（编号至 10）" shows both losses.
 */
import type { ClauseNode } from './clause-tree';
import type { Finding } from '../corpus/export-contract';
import { collect } from './assign-ids';
import { INDENT, parseAnyNumber } from './patterns';

const NUM = '[零〇一二两三四五六七八九十百]+|[0-9０-９]{1,3}';
/**
 * "十一种情形", "以下11种", "下列三类行为": the number, its measure word and
 * the noun (may be absent). 项 counts only after 以下/下列 ("下列五项"):
 * elsewhere "第七项情形", "前款七项情形" name an item, they do not count.
 */
const COUNT = new RegExp(`(?<![第前款条0-9０-９零〇一二两三四五六七八九十百])(?:(?<lead>以下|下列|如下)(?<n>${NUM})(?<measure>种|类|项|个方面)|(?<n2>${NUM})(?<measure2>种|类|个方面))(?<noun>情形|情况|情节|方式|行为|措施|形式|事项|责任|内容)?`, 'g');

export type SourceDocumentTree = { id: string; roots: ClauseNode[] };

type List = { documentId: string; node: ClauseNode; items: ClauseNode[]; lead: string };

export function detectCountMismatch(documents: SourceDocumentTree[], text: string): Finding[] {
  const own = (n: ClauseNode) => text.slice(n.head.start, n.head.end).replace(INDENT, '').trim();
  const lists: List[] = [];
  for (const d of documents) {
    for (const n of collect(d.roots)) {
      const items = n.children.filter((c) => (c.kind === 'item' || c.kind === 'subitem') && c.family !== null);
      if (items.length) lists.push({ documentId: d.id, node: n, items, lead: own(n) });
    }
  }
  const listAt = new Map(lists.map((l) => [l.node, l]));
  const findings: Finding[] = [];
  for (const d of documents) {
    for (const n of collect(d.roots)) {
      const said = own(n);
      for (const m of said.matchAll(COUNT)) {
        const g = m.groups!;
        const count = parseAnyNumber(g.n ?? g.n2);
        if (count === null || count < 2) continue;
        const mine = listAt.get(n);
        if (g.lead && mine) {
          // The lead-in counts its own list.
          if (mine.items.length !== count) findings.push(finding(d.id, n, m[0], count, mine));
          continue;
        }
        if (g.lead || !g.noun) continue;
        const described = lists.filter((l) => l.node !== n && new RegExp(`(?:下列|以下|如下)[^。；;]{0,6}${g.noun}`).test(l.lead));
        // A count said elsewhere is evidence about a list only when it can describe no other: with two candidate
        // lists (or a count that fits one of them), "两种情形" may well be about the one that holds two.
        if (described.length !== 1 || described.some((l) => l.items.length === count || highest(l) === count)) continue;
        const [l] = described;
        findings.push(finding(l.documentId, l.node, m[0], count, l, { line: n.line, otherDocument: d.id !== l.documentId }));
      }
    }
  }
  return findings;
}

function highest(l: List): number {
  return Math.max(...l.items.map((i) => i.number ?? 0));
}

/** `elsewhere`: where the count is said, when not in the list's own lead-in. */
function finding(documentId: string, list: ClauseNode, phrase: string, count: number, l: List, elsewhere?: { line: number; otherDocument: boolean }): Finding {
  const top = highest(l);
  const present = `${l.items.length} 项${top > l.items.length ? `（编号至 ${top}）` : ''}`;
  const where = elsewhere ? `${elsewhere.otherDocument ? '同一原文' : '本文件'}第 ${elsewhere.line} 行说“${phrase}”` : `原文说“${phrase}”`;
  return {
    documentId,
    clauseId: list.id,
    kind: 'count-mismatch',
    message: `${where}，这里列出的却是 ${present}，${count > l.items.length ? `少 ${count - l.items.length} 项，可能有项目脱漏` : `多 ${l.items.length - count} 项，计数或列项有误`}。`,
    severity: 'warning',
  };
}
