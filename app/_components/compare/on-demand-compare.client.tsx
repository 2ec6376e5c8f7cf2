'use client';
/**
 * /compare/?local=…&parent=…: any two documents, compared in the browser.
 * The site pre-generates only some pairs (lib/compare/compare-pairs.ts);
 * for the rest this loads the two documents' comparison data (and their
 * common parents', for two texts that implement the same one) and runs the
 * same alignment and diff as the build, so the view equals the page the
 * build would make. Without a pair in the query it shows `children`, the
 * index of pre-generated pages.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useSearchParams } from 'next/navigation';
import type { Comparison } from '@/lib/compare/build-comparison';
import { declaredParents, relate } from '@/lib/compare/compare-pairs';
import { onDemandComparison, type CompareDocumentData } from '@/lib/compare/compare-document-data';
import { compareDocumentFile } from '@/lib/site/compare-href';
import { comparisonCsv } from '@/lib/compare/compare-csv';
import { TEXT_MODES, type TextMode } from '@/lib/compare/model';
import { pairTitle } from '@/lib/compare/pair-wording';
import { SITE_NAME } from '@/lib/site/site-name';
import { withBase } from '@/app/_lib/with-base';
import { ComparisonView } from './comparison-view';

type State = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; comparison: Comparison; csv: Record<TextMode, string> };

export function OnDemandCompare({ children }: { children: ReactNode }) {
  const query = useSearchParams();
  const local = query.get('local');
  const parent = query.get('parent');
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    if (!local || !parent) return;
    let live = true;
    let urls: string[] = [];
    setState({ kind: 'loading' });
    compare(local, parent).then(
      (comparison) => {
        if (!live) return;
        const csv = csvBlobs(comparison);
        urls = Object.values(csv);
        setState({ kind: 'ready', comparison, csv });
        // The static page's title is the index's; name the pair as its pre-generated page would.
        document.title = `${pairTitle(comparison.local, comparison.parent)}｜${SITE_NAME}`;
      },
      (e: unknown) => live && setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
      urls.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [local, parent]);

  // The browser looked for #row-… before the rows existed: go there once they do.
  useEffect(() => {
    if (state.kind !== 'ready' || !window.location.hash) return;
    try {
      document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
    } catch {
      // A malformed #… names no row.
    }
  }, [state.kind]);

  if (!local || !parent) return <>{children}</>;
  if (state.kind === 'ready') return <ComparisonView comparison={state.comparison} csv={state.csv} />;
  return (
    <p className="cmp-on-demand-status" role={state.kind === 'failed' ? 'alert' : 'status'}>
      {state.kind === 'failed' ? `无法对照这两件文件：${state.message}` : '正在浏览器中对照这两件文件……'}
    </p>
  );
}

async function compare(local: string, parent: string): Promise<Comparison> {
  if (local === parent) throw new Error('请选择两件不同的文件');
  const [a, b] = await Promise.all([load(local), load(parent)]);
  const parentsOf = new Map([a, b].map((d) => [d.document.id, declaredParents(d.document)]));
  const pair = relate(a.document, b.document, parentsOf);
  const via = await Promise.all(pair.via.map(load));
  return onDemandComparison([a, b, ...via], pair);
}

async function load(id: string): Promise<CompareDocumentData> {
  const res = await fetch(withBase(compareDocumentFile(id)));
  // Every document has its file: no file, no such document.
  if (res.status === 404) throw new Error(`本库没有编号为“${id}”的文件`);
  if (!res.ok) throw new Error(`读取“${id}”的对照数据失败（HTTP ${res.status}）`);
  return (await res.json()) as CompareDocumentData;
}

/** The CSV the pre-generated pages link to, made here as a download. */
function csvBlobs(c: Comparison): Record<TextMode, string> {
  const url = (mode: TextMode) => URL.createObjectURL(new Blob([comparisonCsv(c, mode)], { type: 'text/csv' }));
  return Object.fromEntries(TEXT_MODES.map((m) => [m, url(m)])) as Record<TextMode, string>;
}
