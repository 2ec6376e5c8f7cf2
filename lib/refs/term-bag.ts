/**
 * The comparable content of a clause: words from the segmenter (with the
 * legal-term dictionary) and CJK character bigrams. Words give readable
 * evidence; bigrams keep a match alive where a scrape dropped a character
 * (科学运用 → 科用) or a local text renames a term (挂牌督办 → 挂账督办).
 * Labels, self-references and internal article numbers are removed: they
 * differ between documents by construction.
 */
import { CJK_RUN, INTERNAL_ARTICLE, LEADING_LABEL, WORDLIKE } from './patterns';

export type Segmenter = { cut(text: string): string[] };

export type TermBag = { words: string[]; grams: string[] };

/** Function words and drafting boilerplate: frequent in every clause, evidence of nothing. */
const STOP = new Set(
  (
    '的 了 和 与 及 或 或者 以及 等 在 对 由 为 是 其 之 将 把 应当 应 要 并 可 可以 以 于 从 向 中 上 下 内 有 各 本 所 该 按照 依照 根据 ' +
    '有关 进行 相应 相关 规定 实施 其他 予以 给予 必要 必要时 及时 认真 切实 积极 主动 加强 做好 一 二 三 四 五 六 七 八 九 十 下列 情形 之一 以上 以下 ' +
    '本规定 本办法 本细则 本实施办法 本实施细则 本条例 本意见 本方案 所列 执行 包括 关于 通过 同时 每年 年度 一年 半年'
  ).split(' '),
);

/** The text without its label and without references to its own document's article numbers. */
function alignableText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(LEADING_LABEL, ''))
    .join('\n')
    .replace(INTERNAL_ARTICLE, ' ');
}

export function termBag(text: string, segmenter: Segmenter): TermBag {
  const t = alignableText(text);
  const words = segmenter.cut(t).filter((w) => w.length >= 2 && WORDLIKE.test(w) && !STOP.has(w));
  return { words, grams: charGrams(t) };
}

/** Bigrams inside runs of CJK characters: punctuation breaks a run. */
export function charGrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}
