/**
 * A metadata value with its provenance: stated values plainly, inferred ones
 * with a 「推定」 mark that explains the inference, unknown ones as 「不详」.
 */
import type { ReactNode } from 'react';
import type { MetaField } from '@/lib/content/schema';
import { NoteMark } from '../ui/note-mark';

export function MetaValue<T>({ id, field, show }: { id: string; field: MetaField<T>; show?: (v: T) => ReactNode }) {
  if (field.value === null || field.basis === 'unknown') {
    return (
      <span className="mark-unknown" data-basis="unknown">
        不详{field.note ? <span className="ml-1 text-xs">（{field.note}）</span> : null}
      </span>
    );
  }
  const value = show ? show(field.value) : String(field.value);
  return (
    <span data-basis={field.basis}>
      {value}
      {field.basis === 'inferred' ? <InferredMark id={id} note={field.note ?? ''} /> : null}
      {field.basis === 'stated' && field.evidence ? (
        <span className="ml-1 text-xs text-muted" data-evidence>
          （原文：<q>{field.evidence}</q>）
        </span>
      ) : null}
      {field.basis === 'stated' && field.note ? <span className="ml-1 text-xs text-muted">（{field.note}）</span> : null}
    </span>
  );
}

export function InferredMark({ id, note }: { id: string; note: string }) {
  return <NoteMark id={id} className="mark-inferred" label="推定" note={<>编者推定：{note}</>} />;
}
