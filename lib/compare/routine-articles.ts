/**
 * Routine articles: the boilerplate every regulation carries — who
 * interprets it (解释权), when it takes effect (施行日期, often with what it
 * repeals), the authority to make implementing rules (授权制定实施办法), its
 * scope (适用范围) and its purpose (立法目的). A local text that does not
 * restate the parent's 施行日期 has not failed to implement anything, so a
 * comparison lists these apart from the provisions of substance.
 *
 * Recognised by their wording alone, the whole unit being one such
 * statement (short, opening with 本条例 / 本办法 … or 为了 … 制定本…):
 * a long article that merely mentions 施行 or 适用于 is substance.
 */
export type RoutineKind = 'interpretation' | 'effective-date' | 'implementing-rules' | 'scope' | 'purpose';

/** 本条例, 本办法, 本实施细则, 本法…: how a regulation names itself. */
const SELF = '本(?:[^，。；、\\s]{0,6}?)(?:条例|办法|规定|细则|法|决定|规则|意见|准则|实施办法|实施细则)';
const RULES: { kind: RoutineKind; pattern: RegExp; max: number }[] = [
  { kind: 'effective-date', pattern: new RegExp(`^${SELF}[^。]{0,40}?(?:自|从)[^。]{0,40}?(?:起)?施行`), max: 160 },
  { kind: 'interpretation', pattern: new RegExp(`^${SELF}[^。]{0,50}?解释`), max: 100 },
  { kind: 'implementing-rules', pattern: new RegExp(`根据${SELF}[^。]{0,30}?制定[^。]{0,10}?(?:实施|具体)[^。]{0,6}?(?:办法|细则|规定)`), max: 140 },
  { kind: 'scope', pattern: new RegExp(`^(?:在[^。]{1,30}?，)?${SELF}适用于|^${SELF}所称[^。]{0,40}?适用`), max: 150 },
  { kind: 'purpose', pattern: new RegExp(`^为(?:了)?[^。]{4,160}?制定${SELF}。?$`), max: 200 },
];

/** The kind of routine statement `text` (a unit's text, without its label) is, or null for substance. */
export function routineKind(text: string): RoutineKind | null {
  const t = text.replace(/\s+/g, '');
  for (const r of RULES) if (t.length <= r.max && r.pattern.test(t)) return r.kind;
  return null;
}
