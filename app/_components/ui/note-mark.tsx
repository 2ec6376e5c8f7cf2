/**
 * A small focusable mark whose note shows on hover and on keyboard focus
 * (and prints inline). Pure CSS, so it works before and without hydration.
 */
import type { ReactNode } from 'react';

export function NoteMark({ id, label, note, className }: { id: string; label: ReactNode; note: ReactNode; className: string }) {
  const tipId = `${id}-tip`;
  return (
    <span className={`tip-host ${className}`} tabIndex={0} aria-describedby={tipId}>
      {label}
      <span role="tooltip" id={tipId} className="tip">
        {note}
      </span>
    </span>
  );
}
