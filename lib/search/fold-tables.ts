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

/**
 * Standard simplified characters that OpenCC's Taiwan variant table reads as
 * variants of another character (么 of 幺, 著 of 着). In simplified text they
 * are words of their own (什么, 显著), so folding leaves them as they are.
 */
export const SIMPLIFIED_KEPT: ReadonlySet<string> = new Set(['么', '著']);
