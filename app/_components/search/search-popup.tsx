/** The search box's list: examples, or hits grouped by document, and what state the search is in. */
import type { CitedProvision, FoundDocument, SearchHit, SearchResult } from '@/lib/search/search-engine';
import { HitSnippet } from './hit-snippet';
import { versionNote, hitPlace, searchPageHref, sectionHits, sectionLabel } from './hit-links';
import type { SearchState } from './use-search';

export type PopupOption =
  | { kind: 'example'; text: string }
  | { kind: 'cited'; cited: CitedProvision; href: string }
  | { kind: 'document'; document: FoundDocument; href: string } | { kind: 'hit'; hit: SearchHit; href: string } | { kind: 'all'; href: string };

type Props = {
  id: string;
  optionId: (i: number) => string;
  options: PopupOption[];
  active: number;
  onHover: (i: number) => void;
  onChoose: (i: number) => void;
  state: SearchState;
  query: string;
};

const OPTION = 'block cursor-pointer px-3 py-2 text-ink hover:no-underline';
const ACTIVE = 'bg-[#eef3fa]';

export function SearchPopup(props: Props) {
  const { id, options, state, query } = props;
  const hits = options.flatMap((o, i) => (o.kind === 'hit' ? [{ i, hit: o.hit }] : []));
  const indexOf = new Map(hits.map(({ i, hit }) => [hit, i]));
  const all = options.findIndex((o) => o.kind === 'all');
  const documents = options.flatMap((o, i) => (o.kind === 'document' ? [{ i, document: o.document, href: o.href }] : []));
  return (
    // Keep focus in the input while the pointer picks an option.
    <div className="absolute right-0 top-full z-40 mt-1 max-h-[70vh] w-[min(40rem,calc(100vw-2rem))] overflow-auto rounded border border-rule bg-white text-left shadow-lg" onMouseDown={(e) => e.preventDefault()}>
      {!query ? <p className="px-3 pt-2 text-sm text-muted">输入词语或一句话检索条款，例如：</p> : null}
      <div role="listbox" id={id} aria-label={query ? '检索结果' : '检索示例'} className={query ? '' : 'flex flex-wrap gap-2 px-3 py-2'}>
        {query && options[0]?.kind === 'cited' ? <CitedOption {...props} cited={options[0].cited} href={options[0].href} /> : null}
        {query && documents.length ? (
          <div role="group" aria-labelledby={`${id}-documents`}>
            <div id={`${id}-documents`} className="border-t border-rule bg-paper px-3 py-1 text-xs font-bold text-muted">
              文件
            </div>
            {documents.map(({ i, document, href }) => (
              <a key={document.documentId} role="option" id={props.optionId(i)} aria-selected={props.active === i} tabIndex={-1} href={href} onMouseEnter={() => props.onHover(i)} data-found-document={document.documentId} className={`${OPTION} ${props.active === i ? ACTIVE : ''}`}>
                <span className="font-serif text-sm font-bold">{document.title}</span> <span className="text-xs text-muted">{versionNote(document)}</span>
              </a>
            ))}
          </div>
        ) : null}
        {!query
          ? options.map((o, i) => (o.kind === 'example' ? <Example key={o.text} {...props} i={i} text={o.text} /> : null))
          : sectionHits(hits.map((h) => h.hit)).map((section, k, all) =>
              section.groups.map((g, j) => {
                const gid = `${id}-${section.match}-${g.documentId}`;
                const tier = (all.length > 1 || section.match !== 'phrase') && j === 0 ? sectionLabel(section.match, state.result?.common ?? []) : null;
                return (
                  <div role="group" key={gid} aria-labelledby={gid}>
                    {tier ? <div className={`px-3 pt-2 text-xs text-seal ${k ? 'border-t-2 border-rule' : ''}`}>{tier}</div> : null}
                    <div id={gid} className="border-t border-rule bg-paper px-3 py-1 text-xs font-bold text-muted">
                      {g.title}
                    </div>
                    {g.hits.map((hit) => (
                      <HitOption key={`${hit.documentId}#${hit.unitId}`} {...props} i={indexOf.get(hit)!} hit={hit} />
                    ))}
                  </div>
                );
              }),
            )}
        {all >= 0 ? (
          <a role="option" id={props.optionId(all)} aria-selected={props.active === all} tabIndex={-1} href={(options[all] as { href: string }).href} onMouseEnter={() => props.onHover(all)} className={`${OPTION} border-t border-rule text-sm text-link ${props.active === all ? ACTIVE : ''}`}>
            查看全部 {state.result?.total} 条结果，可按层级、地区、文件筛选 →
          </a>
        ) : null}
      </div>
      <PopupStatus state={state} query={query} />
    </div>
  );
}

function Example({ i, text, active, optionId, onHover, onChoose }: Props & { i: number; text: string }) {
  return (
    <div role="option" id={optionId(i)} aria-selected={active === i} onMouseEnter={() => onHover(i)} onClick={() => onChoose(i)} className={`cursor-pointer rounded-full border border-rule px-3 py-0.5 text-sm ${active === i ? `${ACTIVE} border-link` : ''}`}>
      {text}
    </div>
  );
}

function HitOption({ i, hit, active, optionId, onHover, options }: Props & { i: number; hit: SearchHit }) {
  const href = (options[i] as { href: string }).href;
  return (
    <a role="option" id={optionId(i)} aria-selected={active === i} tabIndex={-1} href={href} onMouseEnter={() => onHover(i)} data-clause-id={hit.clauseId} data-document-id={hit.documentId} className={`${OPTION} ${active === i ? ACTIVE : ''}`}>
      <span className="flex items-baseline gap-2 text-sm">
        <span className="shrink-0 font-bold">{hit.label || '条款'}</span>
        <span className="truncate text-xs text-muted">{hit.path.join(' › ')}</span>
      </span>
      <span className="mt-0.5 line-clamp-2 font-serif text-[0.92rem] leading-6" title={hitPlace(hit)}>
        <HitSnippet snippet={hit.snippet} />
      </span>
    </a>
  );
}

/** The provision a citation query names, first in the list: Enter goes straight there. */
function CitedOption({ cited, href, active, optionId, onHover }: Props & { cited: CitedProvision; href: string }) {
  return (
    <a role="option" id={optionId(0)} aria-selected={active === 0} tabIndex={-1} href={href} onMouseEnter={() => onHover(0)} data-cited={`${cited.documentId}#${cited.clauseId}`} className={`${OPTION} border-b-2 border-rule ${active === 0 ? ACTIVE : ''}`}>
      <span className="text-xs text-seal">直达条文 · {versionNote(cited)}</span>
      <span className="block text-sm font-bold">
        《{cited.documentTitle}》{cited.label}
      </span>
      <span className="mt-0.5 line-clamp-2 font-serif text-[0.92rem] leading-6">{cited.text}</span>
    </a>
  );
}

function PopupStatus({ state, query }: { state: SearchState; query: string }) {
  let text: React.ReactNode = null;
  if (!query) text = null;
  else if (state.status === 'error') text = <span className="text-warn">检索出错：{state.error}</span>;
  else if (state.status !== 'done') text = '正在检索…';
  else if (state.result && state.result.total === 0 && !state.result.cited) text = <NoResult phrase={state.result.phrase} query={query} suggestion={state.result.suggestion} />;
  else if (state.result?.correctedFrom)
    text = (
      <>
        <Corrected result={state.result} href={searchPageHref(state.result.correctedFrom, true)} />共 {state.result.total} 条结果
      </>
    );
  else if (state.result?.suggestion) text = <Suggestion suggestion={state.result.suggestion} />;
  return (
    <div aria-live="polite" className={text ? 'border-t border-rule px-3 py-2 text-sm text-muted' : 'sr-only'}>
      {text ?? (state.status === 'done' && state.result ? `共 ${state.result.total} 条结果${state.result.synonyms.length ? `（含同义词：${state.result.synonyms.join('、')}）` : ''}` : '')}
    </div>
  );
}

/** 以下是“约谈”的结果 — what was searched instead of a query read as a typo; `href` searches the query as typed. */
export function Corrected({ result, href }: { result: Pick<SearchResult, 'query' | 'correctedFrom'>; href: string }) {
  if (!result.correctedFrom) return null;
  return (
    <span className="block" data-corrected={result.query}>
      没有条款含有“{result.correctedFrom}”，以下是“<strong>{result.query}</strong>”的结果。仍然检索：
      <a href={href} data-search-instead>
        {result.correctedFrom}
      </a>
    </span>
  );
}

/** 您是不是要找：约谈 — a link to the search for the suggested query. */
export function Suggestion({ suggestion }: { suggestion: string | null }) {
  if (!suggestion) return null;
  return (
    <span className="block" data-suggestion>
      您是不是要找：
      <a href={searchPageHref(suggestion)} className="font-bold">
        {suggestion}
      </a>
    </span>
  );
}

export function NoResult({ phrase, query, suggestion = null }: { phrase: string; query: string; suggestion?: string | null }) {
  return (
    <span>
      <Suggestion suggestion={suggestion} />
      没有找到包含“{query}”的条款。可以减少检索词或换用更短的说法，也请检查是否有错别字。
      {phrase && phrase !== query ? <span className="block text-xs">已按统一写法“{phrase}”比对（繁体、全角和标点已归并）。</span> : null}
    </span>
  );
}
