'use client';
/**
 * On a page opened from a search result (?hl=…#clause), mark the matches:
 * strongly inside the target clause, lightly elsewhere in the page. The
 * marking code (with the folding tables) loads only when `hl` is present.
 */
import { useCallback, useEffect, useState } from 'react';

export type PageHighlight = { text: string; count: number; inTarget: number; clear(): void } | null;

export function usePageHighlight(): PageHighlight {
  const [state, setState] = useState<{ text: string; count: number; inTarget: number } | null>(null);

  useEffect(() => {
    const hl = new URLSearchParams(window.location.search).get('hl');
    const root = document.getElementById('main');
    if (!hl || !root) return;
    let cancelled = false;
    void import('./page-highlight').then(({ highlightMatches }) => {
      if (cancelled) return;
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      const marks = highlightMatches(root, hl, target);
      const inTarget = marks.filter((m) => target?.contains(m)).length;
      (inTarget ? marks[0] : (target ?? marks[0]))?.scrollIntoView({ block: 'center' });
      setState({ text: hl, count: marks.length, inTarget });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const clear = useCallback(() => {
    const root = document.getElementById('main');
    if (root) void import('./page-highlight').then(({ clearHighlights }) => clearHighlights(root));
    const url = new URL(window.location.href);
    url.searchParams.delete('hl');
    window.history.replaceState(window.history.state, '', url);
    setState(null);
  }, []);

  return state ? { ...state, clear } : null;
}
