/**
 * One document's neighbourhood as a small graph: the parents it declares
 * (held or not), the document, the texts made under its work (the first
 * few, the rest as one 「另 N 件」 box leading to the paged list), and the
 * versions either side of it. Edges run downstream — parent → implementer,
 * older → newer version — so laid out left to right the page reads
 * 上位依据 · 前一版本 | 本文件 | 据此制定 · 后一版本.
 */
export type NeighbourRole = 'self' | 'parent' | 'implementer' | 'older' | 'newer' | 'more';

export type NeighbourNode = {
  id: string;
  role: NeighbourRole;
  /** Shown in the box: the short title. */
  label: string;
  /** The full title, for the box's tooltip and accessible name. */
  title: string;
  /** The document a box links to; null for a parent the collection lacks and for 「另 N 件」. */
  documentId: string | null;
  /** A parent the collection lacks: its key among the cited documents (lib/refs/group-cited-documents.ts). */
  citedKey?: string;
  /** The second line: what the box is to this document (上位依据, 据此制定, 前一版本…). */
  note: string;
};

export type NeighbourEdge = { from: string; to: string; kind: 'parent' | 'version' };

type Doc = { id: string; title: string; shortTitle: string };

export type NeighbourhoodInput = {
  self: Doc;
  parents: ({ held: Doc } | { citedKey: string; title: string; shortTitle: string })[];
  /** The work's implementers, in the order to show them; `via`: the version of the work each was made under. */
  implementers: (Doc & { note: string; via?: string | null })[];
  older: (Doc & { note: string }) | null;
  newer: (Doc & { note: string }) | null;
};

/** Implementer boxes drawn before the rest become one 「另 N 件」 box. */
const NEIGHBOUR_IMPLEMENTERS = 5;

export function neighbourhoodGraph(input: NeighbourhoodInput, shown = NEIGHBOUR_IMPLEMENTERS): { nodes: NeighbourNode[]; edges: NeighbourEdge[] } {
  const { self } = input;
  const nodes: NeighbourNode[] = [{ id: self.id, role: 'self', label: self.shortTitle, title: self.title, documentId: self.id, note: '本文件' }];
  const edges: NeighbourEdge[] = [];
  const seen = new Set([self.id]);
  const add = (node: NeighbourNode, edge: NeighbourEdge) => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    nodes.push(node);
    edges.push(edge);
  };
  for (const p of input.parents) {
    const node: NeighbourNode =
      'held' in p
        ? { id: p.held.id, role: 'parent', label: p.held.shortTitle, title: p.held.title, documentId: p.held.id, note: '上位依据' }
        : { id: `missing:${p.citedKey}`, role: 'parent', label: p.shortTitle, title: p.title, documentId: null, citedKey: p.citedKey, note: '上位依据 · 未收录' };
    add(node, { from: node.id, to: self.id, kind: 'parent' });
  }
  if (input.older) add({ id: input.older.id, role: 'older', label: input.older.shortTitle, title: input.older.title, documentId: input.older.id, note: input.older.note }, { from: input.older.id, to: self.id, kind: 'version' });
  if (input.newer) add({ id: input.newer.id, role: 'newer', label: input.newer.shortTitle, title: input.newer.title, documentId: input.newer.id, note: input.newer.note }, { from: self.id, to: input.newer.id, kind: 'version' });
  const others = input.implementers.filter((d) => !seen.has(d.id));
  // 「另 1 件」 would take the box the one document needs: show it instead.
  const cut = others.length > shown + 1 ? shown : others.length;
  // A text made under the older version shown hangs off that version, not off this one.
  const versions = new Set([input.older?.id, input.newer?.id].filter(Boolean));
  for (const d of others.slice(0, cut)) add({ id: d.id, role: 'implementer', label: d.shortTitle, title: d.title, documentId: d.id, note: d.note }, { from: d.via && versions.has(d.via) ? d.via : self.id, to: d.id, kind: 'parent' });
  if (others.length > cut) {
    const rest = others.length - cut;
    add({ id: 'more:implementers', role: 'more', label: `另 ${rest} 件据此制定的文件`, title: `另 ${rest} 件据此制定的文件`, documentId: null, note: '查看全部 →' }, { from: self.id, to: 'more:implementers', kind: 'parent' });
  }
  return { nodes, edges };
}
