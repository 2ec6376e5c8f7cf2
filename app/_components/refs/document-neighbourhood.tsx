/**
 * 关系图 on a document page: the document among its parents, the texts
 * made under its work and the versions either side (lib/site/
 * neighbourhood-graph.ts), laid out left to right at build time. Small by
 * construction — a law with hundreds of implementers shows a few and a box
 * leading to the paged list — and scrolled sideways with a cue on a phone.
 */
import type { CorpusIndex } from '@/lib/content/corpus-index';
import type { DocumentRecord } from '@/lib/corpus/export-contract';
import { placeholder } from '@/lib/refs/relations-graph';
import { layoutGraph } from '@/lib/site/layout-graph';
import { neighbourhoodGraph, type NeighbourhoodInput, type NeighbourNode } from '@/lib/site/neighbourhood-graph';
import { versionPanel } from '@/lib/site/version-panel';
import { splitRegion } from '@/lib/site/split-region';
import { citedEntryHref, implementersOf } from '@/app/_data/site-lists';
import { docHref, implementersHref } from '@/app/_lib/routes';
import { withBase } from '@/app/_lib/with-base';
import { formatDate } from '@/app/_lib/format';
import { RelationsSvg, type SvgNode } from './relations-svg';
import { GraphFrame } from './graph-frame';

export function DocumentNeighbourhood({ doc, index }: { doc: DocumentRecord; index: CorpusIndex }) {
  const row = implementersOf(doc.workId);
  const { newer, older } = versionPanel(index.work(doc.workId), doc.id);
  const version = (id: string | null, side: string) => {
    const d = id ? index.document(id) : undefined;
    return d ? { ...d, note: `${side} · ${d.versionDate ? formatDate(d.versionDate) : '日期不详'}` } : null;
  };
  const parents: NeighbourhoodInput['parents'] = [];
  for (const p of doc.parents) {
    // A version's own work is no parent of it (implementer-table.ts does the same).
    if (p.workId && p.workId === doc.workId) continue;
    const held = p.documentId ? index.document(p.documentId) : undefined;
    if (held) parents.push({ held });
    else {
      const node = placeholder(p, doc.level);
      parents.push({ citedKey: node.citedKey!, title: node.title, shortTitle: node.shortTitle });
    }
  }
  const implementers = (row?.documents ?? []).map((d) => ({
    ...d,
    note: `据此制定${d.region ? ' · ' + splitRegion(d.region).province : ''}`,
    via: d.parents.find((p) => p.workId === doc.workId)?.documentId,
  }));
  if (!parents.length && !implementers.length && !newer && !older) return null;

  const graph = neighbourhoodGraph({ self: doc, parents, implementers, older: version(older, '前一版本'), newer: version(newer, '后一版本') });
  const placed = layoutGraph(graph, { direction: 'LR', width: 196, height: 72, lineChars: 12 });
  const hrefOf = (n: NeighbourNode) => {
    const href = n.documentId ? docHref(n.documentId) : n.role === 'more' && row ? implementersHref(row.slug) : citedEntryHref(n.citedKey ?? '');
    return href ? withBase(href) : null;
  };
  const toneOf = (n: NeighbourNode): SvgNode['tone'] => (n.role === 'self' ? 'self' : n.role === 'more' ? 'more' : n.documentId ? 'held' : 'missing');
  const missing = new Set(graph.nodes.filter((n) => n.role === 'parent' && !n.documentId).map((n) => n.id));
  const layout = {
    ...placed,
    nodes: placed.nodes.map((n) => ({ ...n, href: hrefOf(n), tone: toneOf(n) })),
    edges: placed.edges.map((e) => ({ ...e, tone: e.kind === 'version' ? ('version' as const) : missing.has(e.from) ? ('missing' as const) : ('held' as const) })),
  };
  return (
    <section aria-labelledby="neighbourhood-h" className="mt-4 rounded border border-rule bg-white px-3 py-2 text-sm" data-neighbourhood={doc.id}>
      <h2 id="neighbourhood-h" className="font-bold">
        关系图
      </h2>
      <p className="mt-1 mb-2 text-muted">箭头从上位文件指向据以制定的文件，从旧版本指向新版本（点线）；虚线框是本库未收录的文件。点击方框打开该文件。</p>
      <GraphFrame width={layout.width}>
        <RelationsSvg layout={layout} label={`${doc.shortTitle}的上位依据、据此制定的文件和相邻版本`} id={`n-${doc.id}`} />
      </GraphFrame>
    </section>
  );
}
