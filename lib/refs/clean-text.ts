/**
 * Stage 1 (clean): fold the width variants scrapes mix — full-width digits
 * and letters, ASCII parentheses, angle brackets — into one form so the
 * patterns stay simple. Every replacement is one character for one, so an
 * offset into the cleaned text is the same offset into the clause text and
 * citation spans need no mapping back.
 */
const FOLD: Record<string, string> = {
  '(': '（',
  ')': '）',
  '<': '〈',
  '>': '〉',
  '＜': '〈',
  '＞': '〉',
  '‹': '〈',
  '›': '〉',
  '﹝': '〔',
  '﹞': '〕',
};

export function cleanText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // Full-width ASCII (０-９, Ａ-Ｚ, ａ-ｚ) sits at a fixed offset from ASCII.
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
      out += String.fromCharCode(code - 0xfee0);
    } else {
      out += FOLD[ch] ?? ch;
    }
  }
  return out;
}
