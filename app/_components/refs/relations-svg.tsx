/**
 * A laid-out relation graph (lib/site/layout-graph.ts) drawn as SVG on the
 * server: a box per document — solid for one the collection holds, dashed
 * and marked 「未收录」 for a declared parent it lacks, emphasised for the
 * page's own document — each a link; a line per relation, routed between
 * the boxes, its arrowhead on the box it points to. Lines are drawn before
 * boxes, and the layout keeps them out of boxes, so none hides behind one.
 */
import type { GraphLayout, PlacedNode } from '@/lib/site/layout-graph';

export type SvgNode = {
  id: string;
  label: string;
  /** The full name, for the tooltip and the link's accessible name. */
  title: string;
  /** The box's second line: status or role. */
  note: string;
  /** Base-path-safe URL (the SVG's links are plain anchors). */
  /** Where the box leads; null for a box with nowhere to go (a declared parent no text cites, so /cited/ has no entry). */
  href: string | null;
  tone: 'held' | 'missing' | 'self' | 'more';
};
export type SvgEdge = { from: string; to: string; tone: 'held' | 'missing' | 'version' };

export function RelationsSvg({ layout, label, id }: { layout: GraphLayout<SvgNode, SvgEdge>; label: string; id: string }) {
  const { w, h } = layout.node;
  const marker = `${id}-arrow`;
  return (
    <svg className="rel-graph" viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={label} width={layout.width} height={layout.height} data-graph={id}>
      <defs>
        {/* The tip is the path's last point, which lies on the border of the box pointed to. */}
        <marker id={marker} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" className="arrow" />
        </marker>
      </defs>
      {layout.edges.map((e) => (
        <path key={`${e.from}>${e.to}`} className="edge" data-tone={e.tone} data-edge={`${e.from}>${e.to}`} d={e.path} markerEnd={`url(#${marker})`} />
      ))}
      {layout.nodes.map((n) => (
        <Node key={n.id} node={n} w={w} h={h} />
      ))}
    </svg>
  );
}

function Node({ node: n, w, h }: { node: PlacedNode<SvgNode>; w: number; h: number }) {
  const Box = n.href ? 'a' : 'g';
  return (
    <Box href={n.href ?? undefined} className="node" data-tone={n.tone} data-held={n.tone !== 'missing'} data-node={n.id}>
      <title>{`${n.title}（${n.note}）`}</title>
      <rect x={n.x} y={n.y} width={w} height={h} rx={6} />
      <text x={n.x + 10} y={n.y + 21} className="node-title">
        {n.lines.map((line, i) => (
          <tspan key={i} x={n.x + 10} dy={i ? 18 : 0}>
            {line}
          </tspan>
        ))}
      </text>
      <text x={n.x + 10} y={n.y + h - 9} className="node-note">
        {n.note}
      </text>
    </Box>
  );
}
