'use client';
/**
 * 复制引用: copies the clause's citation and text (《…》第二十四条：“……”) in
 * the text the page shows — the 校订本, or the 原文 with the editor's changes
 * marked — read from the view switch (data-view) at the moment of copying.
 * The Clipboard API where the page may use it (it refuses when the document
 * is not focused or the permission is denied); otherwise a selected text
 * area and the older copy command; failing both, the text is shown selected
 * for the reader to copy by hand.
 */
import { useEffect, useRef, useState } from 'react';

type State = 'idle' | 'done' | 'manual';

export function CopyCitation({ citation, quotation, sourceQuotation }: { citation: string; quotation: string; sourceQuotation: string }) {
  const [state, setState] = useState<State>('idle');
  // Disabled until hydrated: before that a click would do nothing and say nothing.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const manual = useRef<HTMLTextAreaElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [copied, setCopied] = useState(quotation);
  useEffect(() => {
    if (state === 'manual') manual.current?.select();
  }, [state]);

  const copy = async () => {
    const text = button.current?.closest('[data-view]')?.getAttribute('data-view') === 'source' ? sourceQuotation : quotation;
    setCopied(text);
    setState((await viaClipboard(text)) || viaSelection(text) ? 'done' : 'manual');
  };
  return (
    <>
      {/* 已复制 stays until the reader moves on, so it can be read at any pace. */}
      <button ref={button} type="button" className="clause-tool" disabled={!ready} data-state={state} data-quotation={quotation} data-source-quotation={sourceQuotation} onClick={copy} onBlur={() => state === 'done' && setState('idle')} title={citation}>
        {state === 'done' ? '已复制' : state === 'manual' ? '请手动复制' : '复制引用'}
        <span className="sr-only">：{citation}</span>
      </button>
      {state === 'manual' ? (
        <textarea ref={manual} readOnly value={copied} aria-label="引文，请按 Ctrl+C 复制" className="clause-tool-manual" rows={5} onBlur={() => setState('idle')} />
      ) : null}
    </>
  );
}

async function viaClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function viaSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
