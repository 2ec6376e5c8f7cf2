'use client';
/**
 * The header's search box, on every page: a combobox whose list shows the
 * best matching clauses as you type, grouped by document. Press / to reach
 * it; arrows move through the results, Enter opens one (or, with none
 * chosen, the full results page), Escape closes the list. It also marks the
 * matches on a page opened from a result.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { withBase } from '@/app/_lib/with-base';
import { loadSearchEngine } from './search-client';
import { useImeInput } from './use-ime-input';
import { useSearch } from './use-search';
import { usePageHighlight } from './use-page-highlight';
import { citedHref, documentHref, hitHref, searchedQuery, searchPageHref } from './hit-links';
import { SearchPopup, type PopupOption } from './search-popup';

const LIMIT = 8;

export function SearchBox({ examples }: { examples: string[] }) {
  const box = useImeInput();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const state = useSearch(open ? box.committed : '', { limit: LIMIT });
  const highlight = usePageHighlight();
  const [ready, setReady] = useState(false);
  useSlashToFocus(inputRef);
  // Marks the box as live (hydrated, listening for "/"), for tests and styles.
  useEffect(() => setReady(true), []);

  const query = box.committed.trim();
  const options: PopupOption[] = !query
    ? examples.map((e) => ({ kind: 'example', text: e }))
    : [
        ...(state.result?.cited ? [{ kind: 'cited' as const, cited: state.result.cited, href: citedHref(state.result.cited) }] : []),
        ...state.documents.map((document) => ({ kind: 'document' as const, document, href: documentHref(document) })),
        ...(state.result?.hits ?? []).map((hit) => ({ kind: 'hit' as const, hit, href: hitHref(hit, searchedQuery(state.result, query)) })),
        ...(state.result?.total ? [{ kind: 'all' as const, href: searchPageHref(query) }] : []),
      ];
  const optionId = useCallback((i: number) => `${listId}-opt-${i}`, [listId]);

  // The list changes when the result comes, and again when the documents found by title do: the highlight starts over.
  useEffect(() => setActive(-1), [box.committed, state.result, state.documents]);
  useEffect(() => {
    // Keep the option the arrows reached visible in the scrolling list.
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, optionId]);

  const choose = (i: number) => {
    const o = options[i];
    if (!o) return;
    if (o.kind === 'example') {
      box.set(o.text);
      setActive(-1);
    } else window.location.assign(o.href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // -1 is the input itself: the cycle runs input → options → input.
      setActive((a) => (options.length ? ((a + 1 + step + options.length + 1) % (options.length + 1)) - 1 : -1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0 && active < options.length) choose(active);
      else if (query) window.location.assign(searchPageHref(query));
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else box.set('');
    }
  };

  return (
    <div className="relative" data-search-ready={ready ? '' : undefined} onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setOpen(false)}>
      <form role="search" action={withBase('/search/')} method="get" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${listId}-input`} className="sr-only">
          检索条款
        </label>
        <input
          ref={inputRef}
          id={`${listId}-input`}
          name="q"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 && active < options.length ? optionId(active) : undefined}
          aria-keyshortcuts="/"
          data-searched-query={state.status === 'done' ? state.query : ''}
          placeholder="检索条款"
          className="w-full rounded border border-rule bg-white py-1.5 pr-9 pl-3 text-[0.95rem] sm:w-72"
          {...box.inputProps}
          onFocus={() => {
            setOpen(true);
            // First use: fetch the query code and the index manifest while the user types.
            void loadSearchEngine()
              .then((e) => e.manifest())
              .catch(() => undefined);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
        />
        {/* The "/" shortcut is offered only where there is a keyboard (globals.css: .key-hint); aria-keyshortcuts tells assistive technology. */}
        <kbd className="key-hint" aria-hidden="true">
          /
        </kbd>
      </form>
      {open ? <SearchPopup id={listId} optionId={optionId} options={options} active={active} onHover={setActive} onChoose={choose} state={state} query={query} /> : null}
      {highlight ? (
        <div role="status" className="no-print fixed bottom-3 left-1/2 z-40 flex -translate-x-1/2 items-center gap-3 rounded-full border border-rule bg-white px-4 py-1.5 text-sm shadow">
          <span>
            已标出“{highlight.text}”{highlight.count} 处
          </span>
          <button type="button" onClick={highlight.clear} className="text-link underline">
            清除标记
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** "/" anywhere but in a text field puts the cursor in the search box. */
function useSlashToFocus(ref: React.RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [ref]);
}
