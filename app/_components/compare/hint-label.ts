/**
 * Why the aligner paired two provisions, in Chinese. The aligner names its
 * structural hints in code; hints already written in Chinese (such as a
 * pairing through a common parent) are shown as they are, unknown codes not
 * at all.
 */
const LABEL: Record<string, string> = {
  'cites-parent': '地方条文引用此条',
  'same-internal-reference': '引用的条款相互对应',
  heading: '小标题相符',
  'lead-paragraph': '首段最相近',
  'same-list': '列项相互对应',
  'chapter-theme': '所在章主题相同',
  'same-position': '位置相当',
  sequence: '前后条款顺序相符',
  'same-duty': '处罚的是同一项义务',
};

export function hintLabel(hint: string): string | null {
  if (LABEL[hint]) return LABEL[hint];
  return /[\u4e00-\u9fff]/.test(hint) ? hint : null;
}
