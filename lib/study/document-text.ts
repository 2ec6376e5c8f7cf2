/**
 * A document as plain text for 下载 TXT: title, metadata, the clauses with
 * their printed labels (headings set apart by blank lines), and the note of
 * corrections, so a reader who pastes it elsewhere still sees what was
 * changed from the source.
 */
import type { Handout } from './handout-model';

/** Printed Chinese indents each paragraph by two characters. */
const INDENT = '\u3000\u3000';

export function documentText(h: Handout, site: string): string {
  const lines: string[] = [h.title, '', ...h.meta, `来源：${site}（校订本）`, ''];
  for (const b of h.blocks) {
    if (b.kind === 'heading') lines.push('', b.text, '');
    else lines.push(INDENT + b.label + b.text);
  }
  lines.push('', '校订说明');
  if (h.corrections.length) lines.push(`本文本据网页转载的原文整理，共校订 ${h.corrections.length} 处：`, ...h.corrections);
  else lines.push('本文本未作文字校订；标点按中文规范显示。');
  return lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
