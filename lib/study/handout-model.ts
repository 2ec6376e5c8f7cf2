/**
 * One document as a handout, before it is written out as plain text or as
 * Word: its title, metadata lines, the clauses in order (headings apart) and
 * a note of every correction. The two writers only lay this out.
 */
import type { ClauseRecord, Correction, DocumentRecord } from '../corpus/export-contract';
import type { MetaField } from '../content/schema';
import { ClauseIndex, SPACED_LABEL, clauseName, displayLabel, isHeadingKind } from '../clause';

export type HandoutBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'clause'; id: string; label: string; text: string; depth: number };

export type Handout = {
  title: string;
  meta: string[];
  blocks: HandoutBlock[];
  /** 〔1〕第一条：原文作“…”，校订为“…”。依据：… */
  corrections: string[];
};


export function buildHandout(doc: DocumentRecord, clauses: ClauseRecord[], corrections: Correction[]): Handout {
  const m = doc.meta;
  const meta = [
    metaLine('发文机关', m.issuer),
    metaLine('文号', m.docNumber),
    metaLine('发布日期', m.issued, chineseDate),
    metaLine('施行日期', m.effective, chineseDate),
  ].filter((x): x is string => x !== null);
  const tree = new ClauseIndex(clauses);
  const blocks: HandoutBlock[] = [];
  for (const c of clauses) {
    // The title is printed once, above; a compilation's numbered title line would repeat it.
    if (c.kind === 'title') continue;
    const own = c.head.map((r) => r.text).join('');
    const label = displayLabel(c.label);
    // 第N章 is set off from its title by a full-width space; an outline number (一、) is not.
    if (isHeadingKind(c.kind)) blocks.push({ kind: 'heading', level: c.kind === 'section' ? 2 : 1, text: label + (SPACED_LABEL.test(label) && own ? '\u3000' : '') + own });
    else blocks.push({ kind: 'clause', id: c.id, label: label && SPACED_LABEL.test(label) ? `${label}\u3000` : label, text: own, depth: tree.ancestors(c).filter((p) => !isHeadingKind(p.kind)).length });
  }
  return { title: doc.title, meta, blocks, corrections: correctionNotes(tree, corrections) };
}

function metaLine<T>(label: string, field: MetaField<T>, show: (v: T) => string = String): string | null {
  if (field.value === null || field.basis === 'unknown') return null;
  return `${label}：${show(field.value)}${field.basis === 'inferred' ? '（编者推定）' : ''}`;
}

/** 2016-02-27 → 2016年2月27日 */
export function chineseDate(iso: string): string {
  const [y, mo, d] = iso.split('-').map(Number);
  return `${y}年${mo}月${d}日`;
}

function correctionNotes(tree: ClauseIndex, corrections: Correction[]): string[] {
  return corrections
    .slice()
    .sort((a, b) => a.span.start - b.span.start)
    .map((c, i) => {
      const clause = tree.all.find((k) => k.head.some((r) => r.correctionId === c.id));
      const where = clause ? clauseName(clause, tree) : '正文';
      const what = c.original ? `原文作“${c.original}”` : '原文无此字';
      const to = c.corrected ? `校订为“${c.corrected}”` : '已删去';
      return `〔${i + 1}〕${where}：${what}，${to}。依据：${c.evidence}`;
    });
}
