'use client';
/**
 * The full results page. The query and the filters live in the URL
 * (?q=…&level=…&region=…&area=…&doc=…&all=1&exact=1) so a search can be shared or bookmarked;
 * results follow the input as it is typed, outside IME composition.
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { SearchFilters } from '@/lib/search/search-engine';
import { useImeInput } from './use-ime-input';
import { orderNotes } from '@/lib/search/order-notes';
import { withBase } from '@/app/_lib/with-base';
import { useSearch } from './use-search';
import { allWordsLabel, citedHref, documentHref, EXACT_PARAM, searchedQuery, searchPageHref, versionNote } from './hit-links';
import type { CitedProvision, FoundDocument } from '@/lib/search/search-engine';
import { SearchFilterBar } from './search-filters';
import { SearchResults } from './search-results';
import { Corrected, NoResult, Suggestion } from './search-popup';

const PAGE = 50;
const PARAMS = { q: 'q', level: 'level', region: 'region', area: 'area', documentId: 'doc', allVersions: 'all', exact: EXACT_PARAM } as const;

export function SearchPage({ examples }: { examples: string[] }) {
  const box = useImeInput();
  const [filters, setFilters] = useState<SearchFilters>({});
  const [limit, setLimit] = useState(PAGE);
  // 仍然检索 holds for the query it was asked for; once another is typed, that one reads typos again too.
  const [exactFor, setExactFor] = useState<string | null>(null);
  const query = box.committed.trim();
  const exact = exactFor === query || undefined;
  useEffect(() => {
    if (exactFor !== null && exactFor !== query) setExactFor(null);
  }, [exactFor, query]);
  const state = useSearch(box.committed, { limit, filters, exact }, 80);

  useEffect(() => {
    const read = () => {
      const p = new URLSearchParams(window.location.search);
      box.set(p.get(PARAMS.q) ?? '');
      setExactFor(p.get(PARAMS.exact) === '1' ? (p.get(PARAMS.q) ?? '').trim() : null);
      setFilters({ level: p.get(PARAMS.level), region: p.get(PARAMS.region), area: p.get(PARAMS.area), documentId: p.get(PARAMS.documentId), allVersions: p.get(PARAMS.allVersions) === '1' || undefined });
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
    // Read once on mount and again on back/forward: the URL is the source of truth then.
  }, []);

  useEffect(() => {
    setLimit(PAGE);
    const url = new URL(window.location.href);
    url.search = searchParamsFor(query, filters, exact);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, [query, filters, exact]);

  const result = state.result;
  // While a new search runs, the previous results stay in view, marked busy; data-results-for
  // names the query and filters they answer, in the URL's own form, so nothing reads them as the new ones.
  const answeredOptions = state.status === 'done' ? (JSON.parse(state.optionsKey) as { filters?: SearchFilters; exact?: boolean }) : null;
  const answered = answeredOptions ? searchParamsFor(state.query.trim(), answeredOptions.filters ?? {}, answeredOptions.exact) : '';
  return (
    <div className="max-w-4xl space-y-4" onKeyDown={moveWithArrows}>
      <h1 className="text-xl font-bold">检索条款</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()} className="flex gap-2">
        <label htmlFor="search-page-input" className="sr-only">
          检索词
        </label>
        <input id="search-page-input" type="search" autoComplete="off" spellCheck={false} enterKeyHint="search" placeholder="输入词语或一句话，多个词用空格分开" data-searched-query={state.status === 'done' ? state.query : ''} className="min-w-0 flex-1 rounded border border-rule bg-white px-3 py-2" {...box.inputProps} />
      </form>
      <SearchFilterBar hits={result?.hits ?? []} filters={filters} facets={result?.facets ?? null} onChange={setFilters} />
      <div aria-live="polite" className="text-sm text-muted" data-search-summary>
        {!query ? null : state.status === 'error' ? <span className="text-warn">检索出错：{state.error}</span> : state.status !== 'done' || !result ? '正在检索…' : result.total === 0 && !result.cited ? <NoResult phrase={result.phrase} query={query} suggestion={result.suggestion} /> : <Summary state={state} filters={filters} />}
      </div>
      {!query ? (
        <EmptyState examples={examples} />
      ) : result ? (
        <div aria-busy={state.status !== 'done'} data-results-for={answered} className={`space-y-6 ${state.status === 'done' ? '' : 'opacity-60'}`}>
          {result.cited ? <CitedCard cited={result.cited} /> : null}
          {state.documents.length ? <FoundDocuments documents={state.documents} /> : null}
          <SearchResults hits={result.hits} query={searchedQuery(result, state.query)} common={result.common} />
        </div>
      ) : null}
      {result && result.hits.length < result.total ? (
        <button type="button" onClick={() => setLimit((l) => l + PAGE)} className="rounded border border-rule bg-white px-4 py-1.5 text-sm hover:border-link">
          显示更多（还有 {result.total - result.hits.length} 条）
        </button>
      ) : null}
    </div>
  );
}

/** The URL query string of a search: ?q=…&level=…&region=…&area=…&doc=…&all=1&exact=1, empty values left out. */
function searchParamsFor(query: string, filters: SearchFilters, exact?: boolean): string {
  const p = new URLSearchParams();
  const set = (k: string, v: string | null | undefined) => v && p.set(k, v);
  set(PARAMS.q, query);
  set(PARAMS.level, filters.level);
  set(PARAMS.region, filters.region);
  set(PARAMS.area, filters.area);
  set(PARAMS.documentId, filters.documentId);
  set(PARAMS.allVersions, filters.allVersions ? '1' : null);
  set(PARAMS.exact, exact ? '1' : null);
  return p.toString();
}

/** `filters`: kept by 仍然检索. */
function Summary({ state, filters }: { state: ReturnType<typeof useSearch>; filters: SearchFilters }) {
  const r = state.result!;
  const parts = [r.counts.phrase && `整句匹配 ${r.counts.phrase}`, r.counts.all && `含${allWordsLabel(r.common)} ${r.counts.all}`, r.counts.some && `含部分检索词 ${r.counts.some}`].filter(Boolean);
  return (
    <span>
      {r.correctedFrom ? <Corrected result={r} href={withBase(`/search/?${searchParamsFor(r.correctedFrom, filters, true)}`)} /> : null}
      共 <strong className="text-ink">{r.total}</strong> 条（{parts.join('，')}），用时 <span data-search-ms>{Math.round(state.ms ?? 0)}</span> 毫秒
      {r.words.length ? <span>；分词：{r.words.join(' / ')}</span> : null}
      {r.common.length ? <span data-common-words>（常见词“{r.common.join('”“')}”只参与排序）</span> : null}
      {orderNotes(r).map((n) => (
        <span key={n.kind} data-order-note={n.kind}>
          ；{n.text}
        </span>
      ))}
      {r.synonyms.length ? <span data-synonyms>；含同义词：{r.synonyms.join('、')}</span> : null}
      <Suggestion suggestion={r.suggestion} />
    </span>
  );
}

/** The documents the query names by title or short name (the finder), above the clauses. */
function FoundDocuments({ documents }: { documents: FoundDocument[] }) {
  return (
    <section aria-labelledby="found-h" data-found-documents>
      <h2 id="found-h" className="text-sm font-bold text-seal">
        文件
      </h2>
      <ul className="mt-1 divide-y divide-rule">
        {documents.map((d) => (
          <li key={d.documentId} data-document-id={d.documentId} className="flex flex-wrap items-baseline gap-x-3 py-1.5">
            <a href={documentHref(d)} data-result-link className="font-serif font-bold">
              {d.title}
            </a>
            <span className="text-xs text-muted">{versionNote(d)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The provision a citation query (信访条例第十四条) names, in the version in force, above the results. */
function CitedCard({ cited }: { cited: CitedProvision }) {
  return (
    <section aria-labelledby="cited-h" data-cited={`${cited.documentId}#${cited.clauseId}`} className="rounded border border-link bg-white p-4">
      <h2 id="cited-h" className="text-sm font-bold text-seal">
        直达条文 <span className="font-normal text-muted">· {versionNote(cited)}</span>
      </h2>
      <a href={citedHref(cited)} data-result-link className="mt-1 block font-bold">
        《{cited.documentTitle}》{cited.label}
      </a>
      <p className="mt-1 whitespace-pre-line font-serif leading-7">{cited.text}</p>
    </section>
  );
}

function EmptyState({ examples }: { examples: string[] }) {
  return (
    <div className="rounded border border-rule bg-white p-4 text-sm leading-7">
      <p>按条款检索全部文件的校订文本。可以输入：</p>
      <ul className="mt-1 list-disc pl-6 text-muted">
        <li>一个词或短语，如“约谈”“一票否决”，结果与逐字查找完全一致；</li>
        <li>用空格分开的几个词，如“约谈 整改”，同时含有各词的条款排在前面；</li>
        <li>一句问话，如“重大情报信息多长时间内上报”；</li>
        <li>文件名加条号，如“信访条例第十四条”“反恐怖主义法 第三十二条第（一）项”，直达该条（现行有效的版本）。</li>
      </ul>
      <p className="mt-2">繁体、全角字符和中英文标点会自动归并。示例：</p>
      <p className="mt-1 flex flex-wrap gap-2">
        {examples.map((e) => (
          <a key={e} href={searchPageHref(e)} className="rounded-full border border-rule px-3 py-0.5 hover:no-underline">
            {e}
          </a>
        ))}
      </p>
    </div>
  );
}

/** Up and down arrows move between the search field and the result links. */
function moveWithArrows(e: KeyboardEvent<HTMLDivElement>) {
  if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || e.nativeEvent.isComposing) return;
  const stops = [document.getElementById('search-page-input'), ...e.currentTarget.querySelectorAll<HTMLElement>('[data-result-link]')].filter((x): x is HTMLElement => !!x);
  const at = stops.indexOf(e.target as HTMLElement);
  if (at < 0) return;
  const next = stops[at + (e.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}
