/**
 * The collection as a graph of declared parents: national → provincial →
 * local. A declared parent that is not in the collection becomes a
 * placeholder node (one per cited document, however many texts declare
 * it), placed at the level its title or issuer names. Notices and
 * interpretations that cite a node are attached to it as related texts.
 */
import { missingKey } from './group-cited-documents';
import type { CitationRecord, DocumentRecord, LinkRecord } from '../corpus/export-contract';
import type { Level, ParentRef } from '../content/schema';
import type { FoundDocumentCitation } from './model';
import { cleanText } from './clean-text';
import { tokenizeCitations } from './tokenize-citations';
import { findCitations } from './find-citations';
import { parseTitle, titleKey } from './title-key';
import { CENTRAL_ISSUER, JURISDICTION, TITLE_BRACKETS } from './patterns';

export type RelationNode = {
  id: string;
  /** In the collection (a document id) or a placeholder for a missing parent. */
  documentId: string | null;
  title: string;
  shortTitle: string;
  level: Level | null;
  issuer: string | null;
  docNumber: string | null;
  /** Notices and interpretations in the collection that cite this document. */
  related: string[];
  /** A placeholder's key among the cited documents (group-cited-documents.ts). */
  citedKey?: string;
};

/** child → declared parent; `implementing` counts the child's provisions linked to it. */
export type RelationEdge = { from: string; to: string; held: boolean; implementing: number };

export type RelationGraph = { nodes: RelationNode[]; edges: RelationEdge[]; unrelated: string[] };

const LEVELS: Level[] = ['central', 'provincial', 'prefecture', 'county'];

export function relationGraph(documents: DocumentRecord[], citations: CitationRecord[], links: LinkRecord[]): RelationGraph {
  const nodes = new Map<string, RelationNode>();
  const edges: RelationEdge[] = [];
  const docNode = (d: DocumentRecord): RelationNode => ({ id: d.id, documentId: d.id, title: d.title, shortTitle: d.shortTitle, level: d.level, issuer: d.issuer, docNumber: d.docNumber, related: [] });
  for (const d of documents) {
    for (const p of d.parents) {
      const parent = p.documentId ? documents.find((x) => x.id === p.documentId) : undefined;
      const node = parent ? docNode(parent) : placeholder(p, d.level);
      if (!nodes.has(node.id)) nodes.set(node.id, node);
      if (!nodes.has(d.id)) nodes.set(d.id, docNode(d));
      const implementing = parent ? links.filter((l) => l.kind === 'implements' && l.from.startsWith(`${d.id}#`) && l.to.startsWith(`${parent.id}#`) && l.rank === 1 && !l.from.includes('-item-')).length : 0;
      edges.push({ from: d.id, to: node.id, held: Boolean(parent), implementing });
      // An uncollected parent's declared parents continue the chain through its placeholder (city → province → centre).
      if (!parent) {
        for (const g of p.parents ?? []) {
          const held = g.documentId ? documents.find((x) => x.id === g.documentId) : undefined;
          const up = held ? docNode(held) : placeholder(g, node.level);
          if (!nodes.has(up.id)) nodes.set(up.id, up);
          if (!edges.some((e) => e.from === node.id && e.to === up.id)) edges.push({ from: node.id, to: up.id, held: Boolean(held), implementing: 0 });
        }
      }
    }
  }
  for (const c of citations) {
    const doc = documents.find((d) => d.id === c.documentId);
    const node = c.targetDocumentId ? nodes.get(c.targetDocumentId) : undefined;
    if (!doc || !node || c.kind !== 'document' || !['notice', 'interpretation'].includes(doc.docType)) continue;
    if (!node.related.includes(doc.id)) node.related.push(doc.id);
  }
  const related = new Set([...nodes.values()].flatMap((n) => n.related));
  const unrelated = documents.filter((d) => !nodes.has(d.id) && !related.has(d.id)).map((d) => d.id);
  return { nodes: [...nodes.values()], edges, unrelated };
}

/** A declared parent missing from the collection, keyed by its title so every text declaring it meets at one node. */
export function placeholder(p: Pick<ParentRef, 'citation'>, childLevel: Level | null): RelationNode {
  const text = cleanText(p.citation);
  const found = findCitations(text, tokenizeCitations(text)).filter((c): c is FoundDocumentCitation => c.kind === 'document' && c.role !== 'notice');
  const main = found[0];
  const title = main?.title ?? p.citation.replace(TITLE_BRACKETS, '');
  // The box has room for the title, not for the issuers printed in front of it.
  const parsed = parseTitle(title);
  const short = parsed.issuer ? title.slice(parsed.issuer.length) : title;
  return {
    id: `missing:${titleKey(title)}`,
    documentId: null,
    title,
    shortTitle: short,
    level: levelOf(title, main?.issuer ?? null, childLevel),
    issuer: main?.issuer ?? null,
    docNumber: main?.docNumber?.raw ?? null,
    related: [],
    citedKey: missingKey(title),
  };
}

/** The level a title or issuer names; failing that, one above the declaring text. */
export function levelOf(title: string, issuer: string | null, childLevel: Level | null): Level | null {
  const said = `${issuer ?? ''}${title}`;
  if (CENTRAL_ISSUER.test(said)) return 'central';
  const j = JURISDICTION.exec(titleKey(title)) ?? JURISDICTION.exec(issuer ?? '');
  const level = j?.groups?.level;
  if (level === '省' || level === '自治区') return 'provincial';
  if (level === '市' || level === '州' || level === '盟') return 'prefecture';
  if (level === '县' || level === '区' || level === '旗') return 'county';
  const at = childLevel ? LEVELS.indexOf(childLevel) : -1;
  return at > 0 ? LEVELS[at - 1] : 'central';
}
