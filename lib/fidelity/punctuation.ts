/**
 * Scrapes print ASCII , ( ) : ; ! ? inside Chinese sentences. For display we
 * use the standard full-width marks there, and leave numbers, Latin text and
 * document numbers such as 赣财行(2012)93号 alone. Search folds both forms
 * together, so this layer never changes what a query finds.
 */
import { CJK } from './patterns';

const SIMPLE: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

export function toChinesePunctuation(s: string, before = '', after = ''): string {
  const text = before + s + after;
  // Unchanged stretches are copied as slices, not character by character:
  // a clause of a million characters would otherwise hold a million strings.
  const out: string[] = [];
  const from = before.length;
  const to = before.length + s.length;
  let copied = from;
  const closeAt = matchParens(text);
  const openAt = new Map([...closeAt].map(([o, c]) => [c, o]));
  for (let i = from; i < to; i++) {
    const ch = text[i];
    let mark = ch;
    if (ch in SIMPLE) {
      const prev = text[i - 1] ?? '';
      const next = text[i + 1] ?? '';
      const digitsAround = /\d/.test(prev) && /\d/.test(next);
      const chineseAround = CJK.test(prev) || (ch !== ':' && CJK.test(next));
      if (chineseAround && !digitsAround) mark = SIMPLE[ch];
    } else if (ch === '(' && closeAt.has(i) && text[closeAt.get(i)!] === ')') {
      if (CJK.test(text.slice(i + 1, closeAt.get(i)))) mark = '（';
    } else if (ch === ')' && openAt.has(i) && text[openAt.get(i)!] === '(' && CJK.test(text.slice(openAt.get(i)! + 1, i))) {
      mark = '）';
    }
    if (mark === ch) continue;
    out.push(text.slice(copied, i), mark);
    copied = i + 1;
  }
  out.push(text.slice(copied, to));
  return out.join('');
}

/**
 * Opening-bracket index → matching closing-bracket index, for balanced ASCII
 * pairs. Square brackets take part in the pairing because scrapes mistype the
 * year brackets of document numbers ("赣综治办(2010]34号"); only round ones
 * are ever converted.
 */
function matchParens(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(' || text[i] === '[') open.push(i);
    else if ((text[i] === ')' || text[i] === ']') && open.length) pairs.set(open.pop()!, i);
  }
  return pairs;
}
