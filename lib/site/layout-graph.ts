/**
 * Places a relation graph for a server-rendered SVG: one row per level
 * (中央 at the top), nodes ordered within a row by the average place of
 * the nodes they connect to (two sweeps, enough for a collection this size),
 * edges as curves from a child's top to its parent's bottom.
 */
import type { Level } from '../content/schema';
import { LEVEL_ORDER } from '../content/labels';
import type { RelationGraph, RelationNode } from '../refs/relations-graph';

export type PlacedNode = RelationNode & { x: number; y: number; lines: string[] };
export type PlacedEdge = { from: string; to: string; held: boolean; path: string; implementing: number };
export type GraphLayout = { width: number; height: number; node: { w: number; h: number }; rows: { level: Level | null; y: number }[]; nodes: PlacedNode[]; edges: PlacedEdge[] };

const W = 212;
const H = 74;
const GAP_X = 28;
const GAP_Y = 70;
const LEFT = 64;
const TOP = 16;
/** Characters per line of a node's title (CJK glyphs are one em wide). */
const LINE_CHARS = 14;

export function layoutGraph(graph: RelationGraph): GraphLayout {
  const rows = LEVEL_ORDER.map((level) => graph.nodes.filter((n) => n.level === level)).filter((r) => r.length);
  const order = orderRows(rows, graph);
  const widest = Math.max(...order.map((r) => r.length));
  const width = LEFT + widest * (W + GAP_X);
  const xs = placeRows(order, graph, width);
  const placed = new Map<string, PlacedNode>();
  order.forEach((row, r) => row.forEach((n) => placed.set(n.id, { ...n, x: xs.get(n.id)!, y: TOP + r * (H + GAP_Y), lines: wrap(n.shortTitle) })));
  const edges = graph.edges.map((e) => {
    const a = placed.get(e.from)!;
    const b = placed.get(e.to)!;
    const [x1, y1, x2, y2] = [a.x + W / 2, a.y, b.x + W / 2, b.y + H];
    const mid = (y1 + y2) / 2;
    return { ...e, path: `M${x1},${y1} C${x1},${mid} ${x2},${mid} ${x2},${y2}` };
  });
  return {
    width,
    height: TOP + order.length * (H + GAP_Y) - GAP_Y + TOP,
    node: { w: W, h: H },
    rows: order.map((row, r) => ({ level: row[0].level, y: TOP + r * (H + GAP_Y) })),
    nodes: [...placed.values()],
    edges,
  };
}

/**
 * x of every node: rows packed and centred, then pulled towards the nodes
 * they connect to (children below, then parents above), keeping each row's
 * order and spacing — a chain of texts stands in a column where it can.
 */
function placeRows(order: RelationNode[][], graph: RelationGraph, width: number): Map<string, number> {
  const x = new Map<string, number>();
  order.forEach((row) => {
    const offset = LEFT + (width - LEFT - row.length * (W + GAP_X)) / 2;
    row.forEach((n, i) => x.set(n.id, offset + i * (W + GAP_X)));
  });
  const mean = (ids: string[]) => (ids.length ? ids.reduce((s, id) => s + x.get(id)!, 0) / ids.length : null);
  const pull = (row: RelationNode[], dir: 'up' | 'down') => {
    const ideal = row.map((n) => mean(graph.edges.filter((e) => (dir === 'up' ? e.from === n.id : e.to === n.id)).map((e) => (dir === 'up' ? e.to : e.from))) ?? x.get(n.id)!);
    for (let i = 0; i < row.length; i++) ideal[i] = Math.max(ideal[i], i ? ideal[i - 1] + W + GAP_X : LEFT);
    for (let i = row.length - 1; i >= 0; i--) ideal[i] = Math.min(ideal[i], i < row.length - 1 ? ideal[i + 1] - W - GAP_X : width - W - GAP_X);
    row.forEach((n, i) => x.set(n.id, Math.max(LEFT, ideal[i])));
  };
  for (let r = order.length - 2; r >= 0; r--) pull(order[r], 'down');
  for (let r = 1; r < order.length; r++) pull(order[r], 'up');
  return x;
}

/** Barycentre ordering: down by parents' places, then up by children's. */
function orderRows(rows: RelationNode[][], graph: RelationGraph): RelationNode[][] {
  const pos = new Map<string, number>();
  const place = (row: RelationNode[]) => row.forEach((n, i) => pos.set(n.id, i));
  const neighbours = (id: string, dir: 'up' | 'down') => graph.edges.filter((e) => (dir === 'up' ? e.from === id : e.to === id)).map((e) => (dir === 'up' ? e.to : e.from));
  const bary = (n: RelationNode, dir: 'up' | 'down', fallback: number) => {
    const ps = neighbours(n.id, dir).map((id) => pos.get(id)).filter((p): p is number => p !== undefined);
    return ps.length ? ps.reduce((s, p) => s + p, 0) / ps.length : fallback;
  };
  // Held documents first in the top row, so the collection's own parents lead.
  const out = rows.map((r) => [...r]);
  out[0].sort((a, b) => Number(Boolean(b.documentId)) - Number(Boolean(a.documentId)));
  place(out[0]);
  for (let sweep = 0; sweep < 3; sweep++) {
    for (let r = 1; r < out.length; r++) {
      out[r] = sortBy(out[r], (n, i) => bary(n, 'up', i));
      place(out[r]);
    }
    for (let r = out.length - 2; r >= 0; r--) {
      out[r] = sortBy(out[r], (n, i) => bary(n, 'down', i));
      place(out[r]);
    }
  }
  return out;
}

function sortBy<T>(xs: T[], key: (x: T, i: number) => number): T[] {
  return xs.map((x, i) => ({ x, k: key(x, i), i })).sort((a, b) => a.k - b.k || a.i - b.i).map((e) => e.x);
}

/** Two lines of title at most; a longer title ends in an ellipsis. */
function wrap(title: string): string[] {
  const chars = [...title];
  if (chars.length <= LINE_CHARS) return [title];
  const second = chars.slice(LINE_CHARS);
  return [chars.slice(0, LINE_CHARS).join(''), second.length > LINE_CHARS ? second.slice(0, LINE_CHARS - 1).join('') + '…' : second.join('')];
}
