/**
 * Punctuation that readers treat as the same mark, after NFKC has already
 * turned full-width ASCII forms (，（）：；！？) into their ASCII twins.
 * Each variant maps to one representative, so a query typed with an ASCII
 * keyboard finds the Chinese form and the reverse.
 */
const GROUPS: [string, string][] = [
  ['"', '“”„‟「」『』〝〞〟＂″'],
  ["'", '‘’‚‛′＇'],
  ['.', '。｡．'],
  [',', '、､﹐﹑'],
  ['[', '【〔〖［﹝'],
  [']', '】〕〗］﹞'],
  ['<', '《〈‹«﹤'],
  ['>', '》〉›»﹥'],
  ['-', '—–―‒−‐‑﹣－'],
  ['~', '〜～∼'],
  ['·', '・•‧･∙⋅'],
];

/** Variant → representative; characters absent here are left as they are. */
export const PUNCTUATION_VARIANTS: ReadonlyMap<string, string> = new Map(
  GROUPS.flatMap(([to, variants]) => [...variants].map((v) => [v, to] as [string, string])),
);

/** Marks that NFKC leaves alone but that spell out as ASCII ("⋯" is "…" set mid-line). */
export const PUNCTUATION_EXPANSIONS: ReadonlyMap<string, string> = new Map([['⋯', '...']]);
