'use client';
/**
 * A text input whose value is "committed" only outside an IME composition:
 * while the user is still choosing characters (拼音 on the way to 约谈),
 * the box shows what they type but nothing is searched.
 */
import { useRef, useState, type ChangeEvent, type CompositionEvent } from 'react';

export function useImeInput(initial = '') {
  const [value, setValue] = useState(initial);
  const [committed, setCommitted] = useState(initial);
  const composing = useRef(false);

  const inputProps = {
    value,
    // What is handed to search, for tests and tools: it lags the shown value during a composition.
    'data-committed': committed,
    onChange(e: ChangeEvent<HTMLInputElement>) {
      setValue(e.target.value);
      // Some browsers fire input before compositionend: isComposing says which.
      if (!composing.current && !(e.nativeEvent as InputEvent).isComposing) setCommitted(e.target.value);
    },
    onCompositionStart() {
      composing.current = true;
    },
    onCompositionEnd(e: CompositionEvent<HTMLInputElement>) {
      composing.current = false;
      setCommitted(e.currentTarget.value);
    },
  };

  const set = (v: string) => {
    setValue(v);
    setCommitted(v);
  };

  return { value, committed, set, inputProps };
}
