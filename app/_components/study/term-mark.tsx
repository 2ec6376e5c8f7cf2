/**
 * A glossary term in the regulation text: dotted underline, focusable, its
 * definition in a tooltip on hover and on keyboard focus (aria-describedby,
 * so a screen reader reads the definition after the term). Not printed.
 */
import type { ReactNode } from 'react';
import type { GlossaryEntry } from '@/lib/content/schema';
import './study.css';

export function TermMark({ entry, tipId, children }: { entry: GlossaryEntry; tipId: string; children: ReactNode }) {
  return (
    <span className="term tip-host" tabIndex={0} aria-describedby={tipId} data-term={entry.id}>
      {children}
      <span role="tooltip" id={tipId} className="tip">
        <b>{entry.term}</b>　{entry.definition}
      </span>
    </span>
  );
}
