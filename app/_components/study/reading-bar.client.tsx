'use client';
/**
 * The reading bar on a document page, kept at the top while reading:
 * breadcrumbs (首页 › 层级 › 文件 › 章) that follow the clause being read,
 * 上一条 / 下一条 between article-level clauses, and A− / A+ for the text
 * size (kept in this browser, applied through --reading-scale).
 */
import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';
import type { ReadingOutline } from './reading-outline';

const SCALES = [0.9, 1, 1.1, 1.2, 1.35, 1.5];
const SCALE_KEY = 'fagui-kb:reading-scale';
/** A clause counts as being read once its top passes this far below the bar. */
const READ_LINE = 96;

type Crumb = { href: string; label: string };

export function ReadingBar({ crumbs, outline }: { crumbs: Crumb[]; outline: ReadingOutline }) {
  const [current, setCurrent] = useState<number>(-1);
  const [scale, setScale] = useState(1);

  const locate = useCallback(() => {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    let at = -1;
    outline.articles.forEach((a, i) => {
      const el = document.getElementById(a.id);
      if (el && el.getBoundingClientRect().top <= READ_LINE) at = i;
    });
    // A clause opened by its address is the current one, even near the end where it cannot scroll to the top.
    const byHash = outline.articles.findIndex((a) => a.id === hash);
    const target = byHash >= 0 ? document.getElementById(hash)?.getBoundingClientRect() : undefined;
    if (target && target.top < window.innerHeight && target.bottom > 0 && byHash > at) at = byHash;
    setCurrent(at);
  }, [outline.articles]);

  useEffect(() => {
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(locate);
    };
    // The browser may scroll to the address's clause after hydration: look again on the next frame.
    locate();
    frame = requestAnimationFrame(locate);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('hashchange', locate);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('hashchange', locate);
      cancelAnimationFrame(frame);
    };
  }, [locate]);

  useEffect(() => {
    const saved = Number(readScale());
    if (SCALES.includes(saved)) apply(saved, setScale);
  }, []);

  const go = (i: number) => {
    const a = outline.articles[i];
    if (a) window.location.hash = a.id;
  };
  const resize = (dir: 1 | -1) => {
    const next = SCALES[Math.min(SCALES.length - 1, Math.max(0, SCALES.indexOf(scale) + dir))];
    apply(next, setScale);
    writeScale(String(next));
  };

  const article = outline.articles[current];
  const heading = outline.headings.find((h) => h.id === article?.headingId);
  return (
    <div className="reading-bar no-print flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
      <nav aria-label="位置" className="crumbs min-w-0 text-muted">
        <ol>
          {crumbs.map((c) => (
            <li key={c.href}>
              <Link href={c.href} prefetch={false}>
                {c.label}
              </Link>
            </li>
          ))}
          {heading ? (
            <li>
              <a href={`#${heading.id}`}>{heading.name}</a>
            </li>
          ) : null}
          {article ? <li aria-current="location">{article.name}</li> : null}
        </ol>
      </nav>
      <div className="flex items-center gap-2">
        <button type="button" className="reading-button" disabled={current <= 0} onClick={() => go(current - 1)}>
          上一条
        </button>
        <button type="button" className="reading-button" disabled={current >= outline.articles.length - 1} onClick={() => go(current + 1)}>
          下一条
        </button>
        <span role="group" aria-label="正文字号" className="ml-2 flex items-center gap-1">
          <button type="button" className="reading-button" title="减小字号" disabled={scale <= SCALES[0]} onClick={() => resize(-1)}>
            A−<span className="sr-only">减小字号</span>
          </button>
          <span className="reading-scale-value w-10 text-center text-xs text-muted" aria-live="polite">
            {Math.round(scale * 100)}%
          </span>
          <button type="button" className="reading-button" title="增大字号" disabled={scale >= SCALES[SCALES.length - 1]} onClick={() => resize(1)}>
            A+<span className="sr-only">增大字号</span>
          </button>
        </span>
      </div>
    </div>
  );
}

function apply(scale: number, set: (n: number) => void): void {
  document.documentElement.style.setProperty('--reading-scale', String(scale));
  set(scale);
}
function readScale(): string | null {
  try {
    return window.localStorage.getItem(SCALE_KEY);
  } catch {
    return null;
  }
}
function writeScale(value: string): void {
  try {
    window.localStorage.setItem(SCALE_KEY, value);
  } catch {
    // Storage switched off: the size holds for this visit.
  }
}
