/**
 * The box a relation graph sits in: it scrolls sideways when the graph is
 * wider than the screen, with shadows at the edges where more lies beyond
 * (refs.css: .rel-scroll) and, on a narrow screen, a line saying so — a
 * graph is never cut off without a cue.
 */
import type { ReactNode } from 'react';

/** The narrowest content width the site lays out for (a 360 px phone less the page margins). */
const NARROW = 328;

export function GraphFrame({ width, children }: { width: number; children: ReactNode }) {
  return (
    <div className="space-y-1">
      {width > NARROW ? (
        <p className="rel-scroll-hint text-sm text-muted" data-scroll-hint>
          图较宽，可左右滑动查看全图 ⇆
        </p>
      ) : null}
      <div className="rel-scroll rounded border border-rule p-2" tabIndex={0} role="region" aria-label="关系图（可左右滚动）">
        {children}
      </div>
    </div>
  );
}
