'use client';
/**
 * On the 404 page: an address of a comparison the site does not
 * pre-generate, such as a related pair seen the other way round (a pair has
 * one page, lib/compare/compare-pairs.ts), goes on to the same pair compared
 * in the browser, so a saved or shared link still opens the comparison,
 * at its row.
 */
import { useEffect } from 'react';
import { onDemandHref } from '@/lib/site/compare-href';
import { withBase, withoutBase } from '@/app/_lib/with-base';

const PAIR_PATH = /^\/compare\/([^/?#]+)\/([^/?#]+)\/?$/;

export function MovedComparePage() {
  useEffect(() => {
    const m = PAIR_PATH.exec(withoutBase(window.location.pathname));
    if (!m) return;
    try {
      // The view switches (?view=…) and the row (#row-…) carry over: the rows are named alike.
      const extra = new URLSearchParams(window.location.search);
      extra.delete('local');
      extra.delete('parent');
      const rest = extra.toString();
      window.location.replace(withBase(onDemandHref(decodeURIComponent(m[1]), decodeURIComponent(m[2]))) + (rest ? `&${rest}` : '') + window.location.hash);
    } catch {
      // A malformed escape is no pair: the 404 stands.
    }
  }, []);
  return null;
}
