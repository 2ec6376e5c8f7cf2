/**
 * Lays out a relation graph for a server-rendered SVG with dagre (layered
 * layout: ranks, crossing reduction, coordinates, and edges routed through
 * the gaps between boxes — a long edge passes its middle ranks as a
 * placeholder with room kept for it, so no line runs behind a box). A pure
 * function run at build time; the page ships only the SVG.
 *
 * Edges run from upstream to downstream (a parent to the text made under
 * it, an older version to the newer): each path starts on the border of
 * its `from` box and ends on the border of its `to` box, where the
 * arrowhead goes.
 */
import dagre from '@dagrejs/dagre';

export type GraphInput<N extends { id: string; label: string }, E extends { from: string; to: string }> = {
  nodes: N[];
  edges: E[];
};

/** TB: upstream above (the national picture); LR: upstream to the left (a document's neighbourhood, one column per step). */
export type Direction = 'TB' | 'LR';

export type LayoutOptions = {
  direction: Direction;
  /** Box size in px. */
  width?: number;
  height?: number;
  /** Characters per line of a box's label (CJK glyphs are one em wide) and lines at most. */
  lineChars?: number;
  maxLines?: number;
  /** Extra ranks an edge should span (e.g. a county rule under a national law skips the provincial row). */
  span?: (from: string, to: string) => number;
};

export type Point = { x: number; y: number };
/** x, y: the box's top-left corner. */
export type PlacedNode<N> = N & { x: number; y: number; lines: string[] };
export type PlacedEdge<E> = E & { points: Point[]; path: string };
export type GraphLayout<N, E> = { width: number; height: number; node: { w: number; h: number }; nodes: PlacedNode<N>[]; edges: PlacedEdge<E>[] };

const MARGIN = 12;
/** An edge meets a box at least this far from its corners, so the arrowhead sits on the face. */
const INSET = 14;

export function layoutGraph<N extends { id: string; label: string }, E extends { from: string; to: string }>(graph: GraphInput<N, E>, options: LayoutOptions): GraphLayout<N, E> {
  const w = options.width ?? 212;
  const h = options.height ?? 74;
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: options.direction, nodesep: 24, edgesep: 16, ranksep: options.direction === 'LR' ? 56 : 64, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes) g.setNode(n.id, { width: w, height: h });
  graph.edges.forEach((e, i) => {
    if (e.from === e.to || !g.hasNode(e.from) || !g.hasNode(e.to)) return;
    g.setEdge(e.from, e.to, { minlen: Math.max(1, options.span?.(e.from, e.to) ?? 1) }, String(i));
  });
  dagre.layout(g);
  const label = g.graph();
  const nodes = graph.nodes.map((n) => {
    const p = g.node(n.id);
    return { ...n, x: p.x - w / 2, y: p.y - h / 2, lines: wrap(n.label, options.lineChars ?? 14, options.maxLines ?? 2) };
  });
  const axis = options.direction === 'TB' ? { along: 'y', across: 'x', depth: h, breadth: w } as const : { along: 'x', across: 'y', depth: w, breadth: h } as const;
  const rows = [...new Set(graph.nodes.map((n) => g.node(n.id)[axis.along]))];
  const edges = graph.edges.flatMap((e, i) => {
    const routed = g.edge({ v: e.from, w: e.to, name: String(i) });
    if (!routed?.points?.length) return [];
    const points = route(routed.points, g.node(e.from), g.node(e.to), rows, axis).map((p) => ({ x: round(p.x), y: round(p.y) }));
    return [{ ...e, points, path: `M${points.map((p) => `${p.x},${p.y}`).join(' L')}` }];
  });
  return { width: Math.ceil(label.width ?? 0), height: Math.ceil(label.height ?? 0), node: { w, h }, nodes, edges };
}

const round = (n: number) => Math.round(n * 10) / 10;

type Axis = { along: 'x' | 'y'; across: 'x' | 'y'; depth: number; breadth: number };

/**
 * dagre's route kept to the gaps between rows of boxes. dagre ends an edge
 * where the line to its next point leaves the box, which for a shallow
 * edge is the box's side — the line then runs along the row through the
 * neighbouring boxes. Here an edge leaves from the face towards the next
 * row and enters its target's facing side; a bend dagre put inside a row
 * (a long edge's place in a row it passes) becomes a straight passage
 * across that row at the place dagre kept free for it. Every other point
 * lies between rows, so no segment enters a box.
 */
function route(points: Point[], from: Point, to: Point, rows: number[], axis: Axis): Point[] {
  const { along, across, depth, breadth } = axis;
  const at = (a: number, c: number): Point => (along === 'y' ? { x: c, y: a } : { x: a, y: c });
  const inner = points.slice(1, -1);
  const face = (box: Point, toward: Point) => {
    const side = toward[along] >= box[along] ? 1 : -1;
    const c = Math.min(Math.max(toward[across], box[across] - breadth / 2 + INSET), box[across] + breadth / 2 - INSET);
    return at(box[along] + (side * depth) / 2, c);
  };
  const out: Point[] = [face(from, inner[0] ?? to)];
  const forward = to[along] >= from[along] ? 1 : -1;
  for (const p of inner) {
    // Boxes share one size and dagre centres each row on a line, so a row is the band of `depth` around its centre.
    const row = rows.find((r) => Math.abs(p[along] - r) < depth / 2);
    if (row === undefined) out.push(p);
    else out.push(at(row - (forward * depth) / 2, p[across]), at(row + (forward * depth) / 2, p[across]));
  }
  out.push(face(to, inner.at(-1) ?? from));
  return out;
}

/** `maxLines` lines of `chars` at most; a longer title ends in an ellipsis. */
export function wrap(title: string, chars: number, maxLines: number): string[] {
  const glyphs = [...title];
  const lines: string[] = [];
  for (let at = 0; at < glyphs.length && lines.length < maxLines; at += chars) lines.push(glyphs.slice(at, at + chars).join(''));
  if (glyphs.length > chars * maxLines) lines[maxLines - 1] = [...lines[maxLines - 1]].slice(0, chars - 1).join('') + '…';
  return lines;
}
