'use client';
/**
 * Search as the user types: debounced, latest query wins, and the time each
 * search took (index loading included the first time) kept for display.
 */
import { useEffect, useRef, useState } from 'react';
import type { FoundDocument, SearchOptions, SearchResult } from '@/lib/search/search-engine';
import { loadSearchEngine } from './search-client';

export type SearchState = {
  status: 'idle' | 'loading' | 'done' | 'error';
  /** The query the shown result answers. */
  query: string;
  /** The options (filters, limit, exact) the shown result answers, as JSON: the result may lag the options while a search runs. */
  optionsKey: string;
  result: SearchResult | null;
  /** Documents the query names by title (the finder), filled in after the result: its data is read on first use. */
  documents: FoundDocument[];
  ms: number | null;
  error: string | null;
};

const IDLE: SearchState = { status: 'idle', query: '', optionsKey: '', result: null, documents: [], ms: null, error: null };

export function useSearch(query: string, options: SearchOptions, delay = 120): SearchState {
  const [state, setState] = useState<SearchState>(IDLE);
  const seq = useRef(0);
  const optionsKey = JSON.stringify(options);

  useEffect(() => {
    const mine = ++seq.current;
    if (!query.trim()) {
      setState(IDLE);
      return;
    }
    setState((s) => ({ ...s, status: 'loading' }));
    const timer = setTimeout(async () => {
      const started = performance.now();
      try {
        const engine = await loadSearchEngine();
        const result = await engine.search(query, JSON.parse(optionsKey) as SearchOptions);
        if (mine !== seq.current) return;
        setState({ status: 'done', query, optionsKey, result, documents: [], ms: performance.now() - started, error: null });
        // The finder only adds to the result: if its data cannot be read, the result stands without it.
        const documents = await engine.findDocuments(query).catch(() => []);
        if (mine === seq.current && documents.length) setState((s) => (s.query === query ? { ...s, documents } : s));
      } catch (e) {
        if (mine === seq.current) setState({ status: 'error', query, optionsKey, result: null, documents: [], ms: null, error: e instanceof Error ? e.message : String(e) });
      }
    }, delay);
    return () => clearTimeout(timer);
  }, [query, optionsKey, delay]);

  return state;
}
