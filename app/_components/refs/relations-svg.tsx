/**
 * The relation graph drawn as SVG on the server: one row per level, a box
 * per document (dashed for a declared parent the collection lacks, marked
 * 「未收录」), a curve from each text to the parent it declares. Boxes link
 * to the document, or for a missing one to its entry in /cited/.
 */
import { withBase } from '@/app/_lib/with-base';
import { docHref } from '@/app/_lib/routes';
import { LEVEL_LABEL } from '@/lib/content/labels';
import type { GraphLayout, PlacedNode } from '@/lib/site/layout-graph';

export function RelationsSvg({ layout }: { layout: GraphLayout }) {
  const { w, h } = layout.node;
  return (
    <svg className="rel-graph" viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label="文件上下位关系图" width={layout.width} height={layout.height}>
      {layout.rows.map((r) => (
        <text key={r.level ?? 'none'} className="layer-label" x={4} y={r.y + h / 2 + 4}>
          {r.level ? LEVEL_LABEL[r.level] : '层级不详'}
        </text>
      ))}
      {layout.edges.map((e) => (
        <path key={`${e.from}>${e.to}`} className="edge" data-held={e.held} d={e.path} markerEnd="url(#rel-arrow)" />
      ))}
      <defs>
        <marker id="rel-arrow" viewBox="0 0 8 8" refX="4" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" fill="#8aa1ba" />
        </marker>
      </defs>
      {layout.nodes.map((n) => (
        <Node key={n.id} node={n} w={w} h={h} />
      ))}
    </svg>
  );
}

function Node({ node: n, w, h }: { node: PlacedNode; w: number; h: number }) {
  const held = Boolean(n.documentId);
  const href = held ? withBase(docHref(n.documentId!)) : withBase(`/cited/#${encodeURIComponent(n.id.replace(/^missing:/, 'key:'))}`);
  const status = held ? `已收录${n.level ? ' · ' + LEVEL_LABEL[n.level] : ''}` : '未收录';
  return (
    <a href={href} className="node" data-held={held} data-node={n.id}>
      <title>{`${n.title}（${status}）`}</title>
      <rect x={n.x} y={n.y} width={w} height={h} rx={6} />
      <text x={n.x + 10} y={n.y + 22} fontSize={14} fill="#1f2328">
        {n.lines.map((line, i) => (
          <tspan key={i} x={n.x + 10} dy={i ? 18 : 0}>
            {line}
          </tspan>
        ))}
      </text>
      <text x={n.x + 10} y={n.y + h - 9} fontSize={12} fill={held ? '#1f6b45' : '#7a5c10'}>
        {status}
      </text>
    </a>
  );
}
