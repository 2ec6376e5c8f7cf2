/**
 * 文件关系: a table of parent works, each with the number of documents that
 * implement it by province, linking to paged lists (it grows with the
 * number of parents, so it holds at national size). A small collection
 * also gets the picture: national → provincial → local as an SVG, with
 * missing parents as 「未收录」 placeholders, and the same as a nested
 * list. At thousands of documents one graph is unreadable and building it
 * compares every link with every document, so it is left out; each
 * document page shows its own neighbourhood (parents, implementers,
 * versions) instead.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { getCorpus } from '../_data/corpus';
import { docHref } from '../_lib/routes';
import { LEVEL_LABEL } from '@/lib/content/labels';
import { relationGraph, type RelationGraph, type RelationNode } from '@/lib/refs/relations-graph';
import { collectionLayout } from '@/lib/site/collection-layout';
import { RelationsSvg } from '../_components/refs/relations-svg';
import { GraphFrame } from '../_components/refs/graph-frame';
import { citedEntryHref } from '../_data/site-lists';
import { withBase } from '../_lib/with-base';
import { ParentTableSection } from '../_components/refs/parent-table';
import '../_components/refs/refs.css';

/** Collections up to this size also get the graph. */
const GRAPH_MAX = 60;

export const metadata: Metadata = { title: '文件关系' };

export default function RelationsPage() {
  const index = getCorpus();
  const small = index.documents.length <= GRAPH_MAX;
  return (
    <div className="space-y-5">
      <header className="max-w-3xl">
        <h1 className="font-serif text-2xl font-bold">文件关系</h1>
        <p className="mt-2 text-[0.95rem] leading-7 text-muted">
          各文件的上位依据（文件声明，或从标题、第一条制定依据查得）汇总为下表：每件上位文件有多少件库内文件据以制定，分地区计数，点数字看文件列表。标「未收录」的上位文件本库没有收录。每件文件的页面上另列出它的上位依据、据它制定的文件和它的各个版本。
        </p>
        <p className="mt-1 text-sm">
          <Link href="/cited/">全部未收录的被引文件</Link>
        </p>
      </header>
      <ParentTableSection page={1} />
      {small ? <SmallGraph /> : null}
    </div>
  );
}

/** The whole collection as one picture and one nested list: readable, and cheap to build, only while it is small. */
function SmallGraph() {
  const index = getCorpus();
  const graph = relationGraph(index.documents, index.data.citations, index.data.links);
  const placed = collectionLayout(graph);
  const citedHrefOf = (key: string) => {
    const href = citedEntryHref(key);
    return href ? withBase(href) : null;
  };
  const layout = {
    ...placed,
    nodes: placed.nodes.map((n) => ({
      ...n,
      href: n.documentId ? withBase(docHref(n.documentId)) : citedHrefOf(n.citedKey!),
      note: n.documentId ? `已收录${n.level ? ' · ' + LEVEL_LABEL[n.level] : ''}` : '未收录',
      tone: n.documentId ? ('held' as const) : ('missing' as const),
    })),
    edges: placed.edges.map((e) => ({ ...e, tone: e.held ? ('held' as const) : ('missing' as const) })),
  };
  const roots = graph.nodes.filter((n) => !graph.edges.some((e) => e.from === n.id));
  return (
    <>
      <p className="max-w-3xl text-sm leading-6 text-muted">
        关系图从中央到地方排列，箭头从上位文件指向据以制定的文件。实线框是本库收录的文件，虚线框是被声明为上位依据但本库未收录的文件（标「未收录」）。收录了上位文件的，逐条标出「上位依据」；未收录的，只给出与库内其他文件的「相似条款」。
      </p>
      <GraphFrame width={layout.width}>
        <RelationsSvg layout={layout} label="文件上下位关系图" id="collection" />
      </GraphFrame>
      <section aria-labelledby="tree-h" className="rel-tree max-w-3xl text-sm leading-6">
        <h2 id="tree-h" className="mb-1 text-lg font-bold">
          上下位关系（列表）
        </h2>
        <ul className="!ml-0 !border-0 !pl-0">
          {roots.map((n) => (
            <TreeNode key={n.id} node={n} graph={graph} seen={new Set()} />
          ))}
        </ul>
      </section>
      {graph.unrelated.length ? (
        <section aria-labelledby="other-h" className="max-w-3xl text-sm leading-6">
          <h2 id="other-h" className="mb-1 text-lg font-bold">
            未声明上下位关系的文件
          </h2>
          <ul className="list-disc pl-5">
            {graph.unrelated.map((id) => (
              <li key={id}>
                <Link href={docHref(id)}>{index.document(id)?.title ?? id}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function TreeNode({ node, graph, seen, via }: { node: RelationNode; graph: RelationGraph; seen: Set<string>; via?: string }) {
  const index = getCorpus();
  const children = graph.edges.filter((e) => e.to === node.id);
  const again = seen.has(node.id);
  seen.add(node.id);
  return (
    <li data-tree-node={node.id}>
      {via ? <span className="text-muted">{via}：</span> : null}
      {node.documentId ? (
        <Link href={docHref(node.documentId)}>{node.title}</Link>
      ) : (
        <span>
          《{node.title}》<span className="cited-mark ml-1" data-held="false">未收录</span>
        </span>
      )}
      <span className="ml-2 text-muted">{node.level ? LEVEL_LABEL[node.level] : '层级不详'}</span>
      {node.related.length ? (
        <span className="ml-2 text-muted">
          相关：
          {node.related.map((id, i) => (
            <span key={id}>
              {i ? '、' : ''}
              <Link href={docHref(id)}>{index.document(id)?.shortTitle ?? id}</Link>
            </span>
          ))}
        </span>
      ) : null}
      {again ? <span className="ml-2 text-muted">（见上）</span> : null}
      {!again && children.length ? (
        <ul>
          {children.map((e) => {
            const child = graph.nodes.find((n) => n.id === e.from)!;
            // Provisions are aligned only when both texts are held; an uncollected child (a placeholder in a chain) has none to count.
            return <TreeNode key={e.from} node={child} graph={graph} seen={seen} via={e.held && child.documentId ? `据此制定，逐条对应 ${e.implementing} 条` : '声明据此制定'} />;
          })}
        </ul>
      ) : null}
    </li>
  );
}
