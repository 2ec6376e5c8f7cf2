/**
 * The whole collection's relation graph laid out top to bottom: 中央 above
 * 省级 above 地市级, a parent above the texts made under it. Edges are
 * turned to run from the parent down to the text that declares it, and
 * span as many rows as the levels between them, so a county rule under a
 * national law leaves the provincial row to the provincial texts.
 */
import { LEVEL_ORDER } from '../content/labels';
import type { RelationEdge, RelationGraph, RelationNode } from '../refs/relations-graph';
import { layoutGraph, type GraphLayout } from './layout-graph';

export type CollectionNode = RelationNode & { label: string };
/** from: the parent; to: the text that declares it. */
export type CollectionEdge = RelationEdge & { child: string; parent: string };

export function collectionLayout(graph: RelationGraph): GraphLayout<CollectionNode, CollectionEdge> {
  const level = new Map(graph.nodes.map((n) => [n.id, LEVEL_ORDER.indexOf(n.level)]));
  return layoutGraph(
    {
      nodes: graph.nodes.map((n) => ({ ...n, label: n.shortTitle })),
      edges: graph.edges.map((e) => ({ ...e, from: e.to, to: e.from, child: e.from, parent: e.to })),
    },
    { direction: 'TB', span: (from, to) => level.get(to)! - level.get(from)! },
  );
}
