'use client';
/**
 * The reading bar's state: which unit a reader cites (lib/clause) is being read (the
 * last whose top has passed under the bar, or the one the address names),
 * and the reader's text size, kept in this browser's localStorage.
 */
import { useCallback, useEffect, useState } from 'react';
import type { OutlineArticle } from './reading-outline';

/** A clause counts as being read once its top passes this far below the window's top. */
const READ_LINE = 96;
const SCALES = [0.9, 1, 1.1, 1.2, 1.35, 1.5];
const SCALE_KEY = 'fagui-kb:reading-scale';

/** Index into `articles` of the clause being read; -1 above the first. */
export function useCurrentArticle(articles: OutlineArticle[]): number {
  const [current, setCurrent] = useState(-1);
  const locate = useCallback(() => {
    let at = -1;
    articles.forEach((a, i) => {
      const el = document.getElementById(a.id);
      if (el && el.getBoundingClientRect().top <= READ_LINE) at = i;
    });
    // A clause opened by its address is the current one, even near the end where it cannot scroll to the top.
    const hash = decodeURIComponent(window.location.hash.slice(1));
    const byHash = articles.findIndex((a) => a.id === hash);
    const box = byHash >= 0 ? document.getElementById(hash)?.getBoundingClientRect() : undefined;
    if (box && box.top < window.innerHeight && box.bottom > 0 && byHash > at) at = byHash;
    setCurrent(at);
  }, [articles]);

  useEffect(() => {
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(locate);
    };
    // The browser may scroll to the address's clause after hydration: look again on the next frame.
    locate();
    later();
    window.addEventListener('scroll', later, { passive: true });
    window.addEventListener('hashchange', locate);
    return () => {
      window.removeEventListener('scroll', later);
      window.removeEventListener('hashchange', locate);
      cancelAnimationFrame(frame);
    };
  }, [locate]);
  return current;
}

export function useReadingScale() {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const saved = Number(storage('get'));
    if (SCALES.includes(saved)) setScale(saved);
  }, []);
  useEffect(() => {
    document.documentElement.style.setProperty('--reading-scale', String(scale));
  }, [scale]);
  const resize = (dir: 1 | -1) => {
    const next = SCALES[Math.min(SCALES.length - 1, Math.max(0, SCALES.indexOf(scale) + dir))];
    setScale(next);
    storage('set', String(next));
  };
  return { scale, canShrink: scale > SCALES[0], canGrow: scale < SCALES[SCALES.length - 1], resize };
}

function storage(op: 'get' | 'set', value = ''): string | null {
  try {
    if (op === 'get') return window.localStorage.getItem(SCALE_KEY);
    window.localStorage.setItem(SCALE_KEY, value);
  } catch {
    // Storage switched off: the size holds for this visit.
  }
  return null;
}
