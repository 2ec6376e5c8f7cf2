/**
 * Marks a search's matches in a page that was opened from a result
 * (/r/<doc>/?hl=<query>#<clause>): text nodes are split and the matched
 * characters wrapped in <mark> elements, never rewritten as HTML. Matching
 * folds the page text as the search does, so 一票否決 marks 一票否决, and a
 * match may run across elements (a label and the text after it).
 */
import { foldWithMap } from '@/lib/search/fold';
import { matchSpans } from '@/lib/search/match-spans';
import { parseQuery } from '@/lib/search/parse-query';

export const HIT_ATTR = 'data-search-hit';
const HIT_CLASS = 'rounded-sm bg-[#fde68a] px-px text-inherit';
const TARGET_CLASS = 'rounded-sm bg-[#f59e0b]/60 px-px text-inherit outline outline-1 outline-[#b45309]';

type Piece = { node: Text; start: number };

/** Mark every match of `hl` under `root`; those inside `target` stand out. Returns the marks, target's first. */
export function highlightMatches(root: Element, hl: string, target: Element | null): HTMLElement[] {
  const terms = parseQuery(hl).terms;
  if (!terms.length) return [];
  const pieces = visibleText(root);
  const whole = pieces.map((p) => p.node.data).join('');
  const map = foldWithMap(whole);
  const spans = matchSpans(map.text, terms).map(([a, b]) => [map.start[a], map.end[b - 1]] as [number, number]);
  const marks: HTMLElement[] = [];
  // Right to left, so that splitting a node leaves the offsets still to do intact.
  for (let s = spans.length - 1; s >= 0; s--) {
    const [from, to] = spans[s];
    for (let k = pieces.length - 1; k >= 0; k--) {
      const { node, start } = pieces[k];
      const a = Math.max(from, start) - start;
      const b = Math.min(to, start + node.data.length) - start;
      if (a < b) marks.unshift(wrap(node, a, b, target));
    }
  }
  return [...marks.filter((m) => m.dataset.searchHit === 'target'), ...marks.filter((m) => m.dataset.searchHit !== 'target')];
}

/** Undo highlightMatches: every mark becomes plain text again. */
export function clearHighlights(root: Element): void {
  for (const m of root.querySelectorAll(`mark[${HIT_ATTR}]`)) {
    const parent = m.parentNode!;
    parent.replaceChild(document.createTextNode(m.textContent ?? ''), m);
    parent.normalize();
  }
}

/** Text nodes a reader sees, in document order, with their offsets in the joined text. */
function visibleText(root: Element): Piece[] {
  const pieces: Piece[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(n) {
      const el = n.parentElement;
      if (!el || el.closest('script,style,noscript,textarea,input,[hidden]')) return NodeFilter.FILTER_REJECT;
      // Hidden alternatives (the source text behind the corrected one, tooltips) are not what the reader sees.
      if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    pieces.push({ node, start: at });
    at += node.data.length;
  }
  return pieces;
}

/** Wrap node.data[a, b) in a mark; the node keeps the text before it. */
function wrap(node: Text, a: number, b: number, target: Element | null): HTMLElement {
  const middle = node.splitText(a);
  middle.splitText(b - a);
  const mark = document.createElement('mark');
  const inTarget = !!target && target.contains(node);
  mark.setAttribute(HIT_ATTR, inTarget ? 'target' : 'page');
  mark.className = inTarget ? TARGET_CLASS : HIT_CLASS;
  middle.replaceWith(mark);
  mark.appendChild(middle);
  return mark;
}
