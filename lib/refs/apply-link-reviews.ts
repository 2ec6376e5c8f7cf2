/**
 * Editors' decisions on clause links (content/links/<document>.yaml), applied
 * after alignment: every link comes out with who stands behind it.
 *
 * - a link no one reviewed is 系统推定 (inferred);
 * - a confirmed link is marked 编辑确认;
 * - a confirmed link alignment did not make is added as an `implements` link
 *   marked 编辑添加 (score 1, ranked after the aligner's links from that
 *   clause): an editor who knows a local clause follows a parent clause says
 *   so in the same file, and the link survives later changes to the aligner;
 * - a rejected link leaves the links and is kept, with the decision, in
 *   `rejectedLinks`. Rejecting a link alignment did not make is a mistake the
 *   check reports (the entry would otherwise be silently inert).
 *
 * Decisions are keyed by clause ids, which come from the printed numbering
 * (art-24, art-18-item-1), so they hold across rebuilds and re-imports.
 */
import type { ClauseRecord, DocumentRecord, LinkRecord } from '../corpus/export-contract';
import { LinkReviews, type LinkReviewEntry } from '../content/schema';
import { parseYamlWith } from '../content/parse-content';
import { contentError, type ContentMessage } from '../content/message';
import { globalId, splitGlobalId } from '../content/corpus-index';

export type LinkReviewFile = { path: string; documentId: string; text: string };

type Input = { documents: DocumentRecord[]; clauses: ClauseRecord[]; links: LinkRecord[] };
export type ReviewedLinks = { links: LinkRecord[]; rejectedLinks: LinkRecord[]; problems: ContentMessage[] };

export function applyLinkReviews(files: LinkReviewFile[], corpus: Input): ReviewedLinks {
  const problems: ContentMessage[] = [];
  const docIds = new Set(corpus.documents.map((d) => d.id));
  const clauseIds = new Set(corpus.clauses.map((c) => globalId(c.documentId, c.id)));
  const linkAt = new Map<string, number>();
  corpus.links.forEach((l, i) => linkAt.set(key(l.from, l.to), i));

  const decided = new Map<string, { entry: LinkReviewEntry; file: string; line: number }>();
  for (const file of files) {
    const err = (line: number, rule: string, message: string, column?: number) =>
      problems.push(contentError(file.path, line, rule, message, { column, documentId: file.documentId }));
    if (!docIds.has(file.documentId)) {
      err(1, 'unknown-document', `这是 ${file.documentId} 的条款链接审核表，但没有编号为 ${file.documentId} 的文件`);
      continue;
    }
    const parsed = parseYamlWith(LinkReviews, file.path, file.text);
    problems.push(...parsed.problems.map((p) => ({ ...p, documentId: file.documentId })));
    if (!parsed.data) continue;
    const seen = new Map<string, number>();
    parsed.data.forEach((entry, i) => {
      const at = (field?: string) => parsed.positionOf(field ? [i, field] : [i]);
      const from = globalId(file.documentId, entry.from);
      const to = splitGlobalId(entry.to);
      let ok = true;
      if (!clauseIds.has(from)) {
        const p = at('from');
        err(p.line, 'unknown-clause', `from：${file.documentId} 中没有编号为 ${entry.from} 的条款`, p.column);
        ok = false;
      }
      if (!docIds.has(to.documentId)) {
        const p = at('to');
        err(p.line, 'unknown-document', `to：没有编号为 ${to.documentId} 的文件`, p.column);
        ok = false;
      } else if (!clauseIds.has(entry.to)) {
        const p = at('to');
        err(p.line, 'unknown-clause', `to：${to.documentId} 中没有编号为 ${to.clauseId} 的条款`, p.column);
        ok = false;
      }
      const line = at().line;
      const k = key(from, entry.to);
      const first = seen.get(k);
      if (first !== undefined) {
        err(line, 'duplicate-link-review', `${entry.from} → ${entry.to} 的审核意见重复（第 ${first} 行已有）`);
        return;
      }
      seen.set(k, line);
      if (ok && entry.decision === 'rejected' && !linkAt.has(k)) {
        err(line, 'unknown-link', `否决的链接 ${entry.from} → ${entry.to} 不存在：系统没有推定这条链接，无需否决`);
        ok = false;
      }
      if (ok) decided.set(k, { entry, file: file.path, line });
    });
  }

  // Ranks run per provision and parent document for `implements` links, per provision for `similar` ones (link-corpus.ts).
  const rankGroup = (l: Pick<LinkRecord, 'from' | 'to' | 'kind'>) => (l.kind === 'similar' ? `${l.from}\u0000similar` : `${l.from}\u0000${splitGlobalId(l.to).documentId}`);
  const links: LinkRecord[] = [];
  const rejectedLinks: LinkRecord[] = [];
  const lastRank = new Map<string, number>();
  for (const l of corpus.links) {
    lastRank.set(rankGroup(l), Math.max(lastRank.get(rankGroup(l)) ?? 0, l.rank ?? 1));
    const d = decided.get(key(l.from, l.to));
    if (!d) {
      links.push({ ...l, review: { status: 'inferred' } });
      continue;
    }
    const review = { status: d.entry.decision, ...(d.entry.note ? { note: d.entry.note } : {}), declaredAt: { file: d.file, line: d.line } };
    (d.entry.decision === 'rejected' ? rejectedLinks : links).push({ ...l, review });
  }
  // A rejected best link must not leave 另见 (rank 2) standing alone: the rest move up.
  const moved = new Set(rejectedLinks.map(rankGroup));
  if (moved.size) {
    const next = new Map<string, number>();
    const order = links.map((l, i) => i).filter((i) => moved.has(rankGroup(links[i]))).sort((a, b) => (links[a].rank ?? 1) - (links[b].rank ?? 1));
    for (const i of order) {
      const group = rankGroup(links[i]);
      const rank = (next.get(group) ?? 0) + 1;
      next.set(group, rank);
      links[i] = { ...links[i], rank };
    }
    for (const [from, rank] of next) lastRank.set(from, rank);
    for (const from of moved) if (!next.has(from)) lastRank.set(from, 0);
  }
  for (const [k, d] of decided) {
    if (linkAt.has(k) || d.entry.decision !== 'confirmed') continue;
    const [from, to] = k.split('\u0000');
    const group = rankGroup({ from, to, kind: 'implements' });
    const rank = (lastRank.get(group) ?? 0) + 1;
    lastRank.set(group, rank);
    links.push({
      from,
      to,
      kind: 'implements',
      score: 1,
      evidence: { sharedTerms: [], hints: [] },
      rank,
      review: { status: 'added', ...(d.entry.note ? { note: d.entry.note } : {}), declaredAt: { file: d.file, line: d.line } },
    });
  }
  return { links, rejectedLinks, problems };
}

function key(from: string, to: string): string {
  return `${from}\u0000${to}`;
}
