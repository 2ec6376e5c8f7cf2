/**
 * Questions, synonyms, typos and citations on the whole national corpus
 * (`npm run bench -- --national-queries`, after `--corpus` has built it under
 * bench/corpora/national/): for each query set in bench/queries/, whether the
 * provision a user wants is among the first three shown (lib/bench/query-set.ts).
 * The engine is the site's, over the built index files; the wanted articles
 * are found in the build's per-document comparison data.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ClauseRecord } from '../../../lib/corpus/export-contract';
import { parseQuerySet, rankOf, summarize, type KindSummary, type QueryEntry, type QueryOutcome } from '../../../lib/bench/query-set';
import { createSearchEngine, type SearchResult } from '../../../lib/search/search-engine';
import { formatMessage } from '../../../lib/content/message';
import { fileShardLoader } from '../search-index-files';

export type QuerySetResult = { file: string; summary: KindSummary[]; outcomes: QueryOutcome[] };

export async function runNationalQueries(root: string, setsDir = 'bench/queries'): Promise<QuerySetResult[]> {
  const search = join(root, 'public', 'data', 'search');
  if (!existsSync(join(search, 'manifest.json'))) throw new Error(`${root} 中没有全部语料的构建结果：先运行 npm run bench -- --corpus。`);
  const engine = createSearchEngine(fileShardLoader(search));
  const clausesOf = documentClauses(join(root, 'public', 'data', 'compare', 'doc'));
  const results: QuerySetResult[] = [];
  for (const name of readdirSync(setsDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(setsDir, name);
    const { entries, problems } = parseQuerySet(file, readFileSync(file, 'utf8'));
    if (problems.length) throw new Error(problems.map(formatMessage).join('\n'));
    const outcomes: QueryOutcome[] = [];
    for (const entry of entries) {
      const wanted = new Set(entry.want.map((w) => `${w.doc}#${articleId(clausesOf(w.doc, file), w.article, file, entry)}`));
      const first = await engine.search(entry.q, { limit: 3, snippetLength: 1 });
      const shown = shownKeys(first);
      let rank = rankOf(shown, wanted);
      let viaSuggestion: string | null = null;
      if (rank === null && first.suggestion) {
        const again = shownKeys(await engine.search(first.suggestion, { limit: 3, snippetLength: 1 }));
        rank = rankOf(again, wanted);
        if (rank !== null) viaSuggestion = first.suggestion;
      }
      outcomes.push({ entry, rank, viaSuggestion, shown: shown.slice(0, 3) });
    }
    results.push({ file, summary: summarize(outcomes), outcomes });
  }
  return results;
}

/** What the page lists first: the cited provision, then the hits, each as its provision's own clause. */
function shownKeys(r: SearchResult): string[] {
  const hits = r.hits.map((h) => `${h.documentId}#${h.unitId}`);
  return r.cited ? [`${r.cited.documentId}#${r.cited.clauseId}`, ...hits] : hits;
}

function documentClauses(dir: string): (id: string, file: string) => ClauseRecord[] {
  const cache = new Map<string, ClauseRecord[]>();
  return (id, file) => {
    let clauses = cache.get(id);
    if (!clauses) {
      const path = join(dir, `${id}.json`);
      if (!existsSync(path)) throw new Error(`${file}：文件 ${id} 不在本库中`);
      clauses = (JSON.parse(readFileSync(path, 'utf8')) as { clauses: ClauseRecord[] }).clauses;
      cache.set(id, clauses);
    }
    return clauses;
  };
}

/** The article so numbered (the shallowest clause with that label), by its id. */
function articleId(clauses: ClauseRecord[], label: string, file: string, entry: QueryEntry): string {
  const found = clauses.filter((c) => c.label === label.trim()).sort((a, b) => a.depth - b.depth)[0];
  if (!found) throw new Error(`${file}：“${entry.q}”要找的 ${label} 不在 ${entry.want[0].doc} 中`);
  return found.id;
}

export function nationalQueriesTable(results: QuerySetResult[]): string {
  const pct = (n: number, d: number) => (d ? `${n}/${d} = ${((n / d) * 100).toFixed(0)}%` : '–');
  const out: string[] = [];
  for (const r of results) {
    const all = r.summary.reduce((a, s) => ({ count: a.count + s.count, top1: a.top1 + s.top1, top3: a.top3 + s.top3, via: a.via + s.viaSuggestion }), { count: 0, top1: 0, top3: 0, via: 0 });
    out.push(`## ${r.file}`, '', '| 类型 | 查询 | 第一条即是 | 前三条之内 | 经“您是不是要找”一次点击 |', '|---|---:|---:|---:|---:|');
    for (const s of r.summary) out.push(`| ${s.kind} | ${s.count} | ${pct(s.top1, s.count)} | ${pct(s.top3, s.count)} | ${s.viaSuggestion} |`);
    out.push(`| 合计 | ${all.count} | ${pct(all.top1, all.count)} | ${pct(all.top3, all.count)} | ${all.via} |`, '');
    const missed = r.outcomes.filter((o) => o.rank === null);
    if (missed.length) {
      out.push('未进前三：', '');
      for (const o of missed) out.push(`- ${o.entry.kind}「${o.entry.q}」要 ${o.entry.want.map((w) => `${w.doc} ${w.article}`).join(' 或 ')}；前三：${o.shown.join('、') || '（无）'}`);
      out.push('');
    }
  }
  return out.join('\n');
}
