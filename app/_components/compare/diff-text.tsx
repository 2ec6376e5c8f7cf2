/**
 * One side of an aligned pair with its differences marked. The left column
 * reads as a revision of the right: text only the left has is <ins>, text
 * only the right has is <del>. Both are marked by more than colour (see
 * compare.css), so a black-and-white print keeps them apart.
 */
import { Fragment } from 'react';
import type { DiffSegment } from '@/lib/compare/model';
import { isLayoutOnly } from '@/lib/compare/diff-clauses';

export function DiffText({ segments, side }: { segments: DiffSegment[]; side: 'local' | 'parent' }) {
  return (
    <>
      {segments.map((s, i) => {
        if (s.op === 'equal') return <Fragment key={i}>{side === 'parent' ? (s.parentText ?? s.text) : s.text}</Fragment>;
        // A paragraph break only one side has is layout: kept, but not marked as a difference.
        if (isLayoutOnly(s)) return (side === 'local') === (s.op === 'delete') ? <Fragment key={i}>{s.text}</Fragment> : null;
        if (side === 'local' && s.op === 'delete') return <ins key={i}>{s.text}</ins>;
        if (side === 'parent' && s.op === 'insert') return <del key={i}>{s.text}</del>;
        return null;
      })}
    </>
  );
}
