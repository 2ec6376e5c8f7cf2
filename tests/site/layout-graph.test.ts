/**
 * The relation graphs' layout: boxes never overlap, no line runs through a
 * box (the fault of the hand-placed drawing: a line behind a box made one
 * text seem to hang off another), and every line starts on the box it
 * comes from and ends, arrowhead and all, on the box it points to.
 */
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../helpers/corpus';
import { relationGraph } from '../../lib/refs/relations-graph';
import { collectionLayout } from '../../lib/site/collection-layout';
import { layoutGraph, wrap, type GraphLayout, type Point } from '../../lib/site/layout-graph';
import { neighbourhoodGraph } from '../../lib/site/neighbourhood-graph';

type Box = { x: number; y: number };

/** Does the segment a→b pass through the inside of the box (its border excluded by `inset`)? Liang–Barsky clipping. */
function crossesInterior(a: Point, b: Point, box: Box, w: number, h: number, inset = 1): boolean {
  const [x0, x1, y0, y1] = [box.x + inset, box.x + w - inset, box.y + inset, box.y + h - inset];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ]) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return t1 - t0 > 1e-9;
}

const onBorder = (p: Point, box: Box, w: number, h: number) => {
  const inX = p.x >= box.x - 1 && p.x <= box.x + w + 1;
  const inY = p.y >= box.y - 1 && p.y <= box.y + h + 1;
  const nearX = Math.abs(p.x - box.x) <= 1 || Math.abs(p.x - box.x - w) <= 1;
  const nearY = Math.abs(p.y - box.y) <= 1 || Math.abs(p.y - box.y - h) <= 1;
  return (inX && nearY) || (inY && nearX);
};

function expectReadable<N extends { id: string }, E extends { from: string; to: string }>(layout: GraphLayout<N, E>) {
  const { w, h } = layout.node;
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const a of layout.nodes) {
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.y).toBeGreaterThanOrEqual(0);
    expect(a.x + w).toBeLessThanOrEqual(layout.width);
    expect(a.y + h).toBeLessThanOrEqual(layout.height);
    for (const b of layout.nodes) {
      if (a === b) continue;
      const apart = a.x + w <= b.x || b.x + w <= a.x || a.y + h <= b.y || b.y + h <= a.y;
      expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
    }
  }
  for (const e of layout.edges) {
    const pts = e.points;
    expect(pts.length).toBeGreaterThanOrEqual(2);
    expect(onBorder(pts[0], at.get(e.from)!, w, h), `${e.from}→${e.to} starts on its box`).toBe(true);
    expect(onBorder(pts.at(-1)!, at.get(e.to)!, w, h), `${e.from}→${e.to} ends on the box it points to`).toBe(true);
    for (let i = 1; i < pts.length; i++)
      for (const n of layout.nodes) expect(crossesInterior(pts[i - 1], pts[i], n, w, h), `${e.from}→${e.to} runs through ${n.id}`).toBe(false);
  }
}

describe('crossesInterior', () => {
  // The checker itself must be able to fail.
  it('sees a line through a box, and not one beside it or ending on its border', () => {
    const box = { x: 10, y: 10 };
    expect(crossesInterior({ x: 0, y: 20 }, { x: 50, y: 20 }, box, 20, 20)).toBe(true);
    expect(crossesInterior({ x: 0, y: 0 }, { x: 50, y: 0 }, box, 20, 20)).toBe(false);
    expect(crossesInterior({ x: 20, y: 0 }, { x: 20, y: 10 }, box, 20, 20)).toBe(false);
    expect(crossesInterior({ x: 20, y: 0 }, { x: 20, y: 15 }, box, 20, 20)).toBe(true);
  });
});

describe('collectionLayout', () => {
  const { corpus } = realCorpus();
  const graph = relationGraph(corpus.documents, corpus.citations, corpus.links);
  const layout = collectionLayout(graph);

  it('places every parent above the texts that declare it, 中央 in the top row', () => {
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const e of graph.edges) expect(at.get(e.to)!.y, `${e.to} above ${e.from}`).toBeLessThan(at.get(e.from)!.y);
    const top = Math.min(...layout.nodes.map((n) => n.y));
    expect(layout.nodes.filter((n) => n.y === top).every((n) => n.level === 'central')).toBe(true);
  });

  it('keeps boxes apart and lines out of boxes, ending on the box they point to', () => {
    expect(layout.edges).toHaveLength(graph.edges.length);
    expectReadable(layout);
  });

  it('stays readable on a larger, tangled collection', () => {
    // Three national laws, eight provincial measures, twenty city rules; cities also cite a second province and some a law directly.
    const nodes = [
      ...[0, 1, 2].map((i) => ({ id: `n${i}`, label: `全国法律${i}`, level: 'central' as const })),
      ...Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, label: `某省实施办法${i}`, level: 'provincial' as const })),
      ...Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, label: `某市实施细则第${i}号`, level: 'prefecture' as const })),
    ];
    const edges = [
      ...Array.from({ length: 8 }, (_, i) => ({ from: `n${i % 3}`, to: `p${i}` })),
      ...Array.from({ length: 20 }, (_, i) => ({ from: `p${i % 8}`, to: `c${i}` })),
      ...Array.from({ length: 20 }, (_, i) => ({ from: `p${(i * 3 + 1) % 8}`, to: `c${i}` })),
      ...[0, 5, 11, 17].map((i) => ({ from: `n${i % 3}`, to: `c${i}` })),
    ].filter((e, i, all) => all.findIndex((x) => x.from === e.from && x.to === e.to) === i);
    const level = (id: string) => ({ n: 0, p: 1, c: 2 })[id[0] as 'n' | 'p' | 'c'];
    const big = layoutGraph({ nodes, edges }, { direction: 'TB', span: (a, b) => level(b) - level(a) });
    expect(big.edges).toHaveLength(edges.length);
    expectReadable(big);
  });
});

describe('a document neighbourhood, left to right', () => {
  const doc = (id: string) => ({ id, title: `《${id}》全称`, shortTitle: id });
  const input = {
    self: doc('self'),
    parents: [{ held: doc('law') }, { citedKey: 'key:某规定', title: '某规定', shortTitle: '某规定' }],
    implementers: Array.from({ length: 9 }, (_, i) => ({ ...doc(`city${i}`), note: '据此制定' })),
    older: { ...doc('old'), note: '前一版本' },
    newer: null,
  };
  const graph = neighbourhoodGraph(input);
  const layout = layoutGraph(graph, { direction: 'LR', width: 168, height: 64, lineChars: 10 });

  it('puts parents and the older version left of the document, implementers right, the rest as one box', () => {
    const x = (id: string) => layout.nodes.find((n) => n.id === id)!.x;
    for (const id of ['law', 'missing:key:某规定', 'old']) expect(x(id)).toBeLessThan(x('self'));
    for (const id of ['city0', 'city4', 'more:implementers']) expect(x(id)).toBeGreaterThan(x('self'));
    expect(graph.nodes.filter((n) => n.role === 'implementer')).toHaveLength(5);
    expect(graph.nodes.find((n) => n.role === 'more')!.label).toBe('另 4 件据此制定的文件');
    expectReadable(layout);
  });

  it('hangs a text made under the older version off that version', () => {
    const g = neighbourhoodGraph({ ...input, implementers: [{ ...doc('city0'), note: '据此制定', via: 'old' }, { ...doc('city1'), note: '据此制定', via: 'self' }] });
    expect(g.edges.filter((e) => e.to.startsWith('city')).map((e) => [e.from, e.to])).toEqual([
      ['old', 'city0'],
      ['self', 'city1'],
    ]);
  });

  it('draws one more implementer rather than 「另 1 件」', () => {
    const six = neighbourhoodGraph({ ...input, implementers: input.implementers.slice(0, 6) });
    expect(six.nodes.filter((n) => n.role === 'implementer')).toHaveLength(6);
    expect(six.nodes.some((n) => n.role === 'more')).toBe(false);
  });
});

describe('wrap', () => {
  it('breaks a label into lines and ends an overlong one in an ellipsis', () => {
    expect(wrap('一二三四五', 3, 2)).toEqual(['一二三', '四五']);
    expect(wrap('一二三四五六七', 3, 2)).toEqual(['一二三', '四五…']);
    expect(wrap('一二三', 3, 2)).toEqual(['一二三']);
  });
});
