'use client';
/**
 * 复制引用: copies the clause's citation and text (《…》第二十四条：“……”).
 * The Clipboard API where the page may use it; otherwise a selected text
 * area and the older copy command; failing both, the text is shown for the
 * reader to copy by hand.
 */
import { useState } from 'react';

type State = 'idle' | 'done' | 'manual';

export function CopyCitation({ citation, quotation }: { citation: string; quotation: string }) {
  const [state, setState] = useState<State>('idle');
  const copy = async () => {
    const ok = (await viaClipboard(quotation)) || viaSelection(quotation);
    setState(ok ? 'done' : 'manual');
    if (ok) window.setTimeout(() => setState('idle'), 2000);
    else window.prompt('请复制以下引文：', quotation);
  };
  return (
    <button type="button" className="clause-tool" data-state={state} data-quotation={quotation} onClick={copy} title={citation}>
      {state === 'done' ? '已复制' : '复制引用'}
      <span className="sr-only">：{citation}</span>
    </button>
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
