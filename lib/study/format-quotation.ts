/**
 * What 复制引用 copies: the clause's citation (lib/clause, the name the page
 * shows), its text in quotation marks, and, in brackets, what tells the
 * document apart and which text was quoted —
 * 《市健全落实综治维稳领导责任制实施办法》第二十二条：“……”（河北省唐山市；据原文，〔〕内为编者校订）
 * The text is the one on screen: the 校订本, or the 原文 with every editor's
 * change marked in 〔〕 where it applies, never silently included.
 */
import type { ClauseRecord, Correction } from '../corpus/export-contract';
import { citationName, displayLabel, sourceHead, type ClauseIndex } from '../clause';
import { splitRegion, NATIONWIDE_REGION } from '../site/split-region';

export type QuotedDocument = { title: string; region?: string | null; docNumber?: string | null };
export type TextShown = 'corrected' | 'source';

export function formatQuotation(
  document: QuotedDocument,
  clause: ClauseRecord,
  index: ClauseIndex,
  shown: TextShown = 'corrected',
  corrections: readonly Pick<Correction, 'id' | 'kind' | 'original' | 'corrected'>[] = [],
): string {
  const subtree = [clause, ...index.descendants(clause)];
  const byId = new Map(corrections.map((c) => [c.id, c]));
  const changed = subtree.flatMap((c) => c.head.filter((r) => r.correctionId && byId.has(r.correctionId)));
  const body = shown === 'source' ? subtree.map((c) => sourceWithMarks(c, index, byId)).join('\n') : clause.text;
  const label = displayLabel(clause.label);
  const own = (shown === 'source' ? stripLabel(body, clause.label) : label && body.startsWith(label) ? body.slice(label.length) : body).replace(/^[\s\u3000]+/, '');
  // Quotation marks inside a quotation become single ones.
  const inner = own.replace(/“/g, '‘').replace(/”/g, '’');
  const notes = [...identify(document), ...textNote(shown, changed.length)];
  return `${citationName(document, clause, index)}：“${inner}”${notes.length ? `（${notes.join('；')}）` : ''}`;
}

/** Region and 文号, where known and not already plain from the title (北京市信访条例 says 北京市). */
function identify(d: QuotedDocument): string[] {
  const out: string[] = [];
  if (d.region) {
    const { province, city } = splitRegion(d.region);
    if (province !== NATIONWIDE_REGION && !d.title.includes(city ?? province)) out.push(d.region);
  }
  if (d.docNumber) out.push(d.docNumber);
  return out;
}

function textNote(shown: TextShown, changes: number): string[] {
  if (!changes) return [];
  return shown === 'source' ? ['据原文，〔〕内为编者校订'] : [`据校订本，含编者校订 ${changes} 处`];
}

/**
 * A clause's own source line with the corrections marked: an insertion as
 * 〔补：X〕, a substitution as the source's words then 〔校为：X〕, a deletion as
 * the source's words then 〔校删〕. Display runs are the source's characters
 * with punctuation swapped one for one (lib/fidelity/render-runs), so the
 * source under each run is found by length.
 */
export function sourceWithMarks(record: ClauseRecord, index: ClauseIndex, byId: Map<string, Pick<Correction, 'kind' | 'original' | 'corrected'>>): string {
  const raw = sourceHead(record, index.children(record.id));
  const sourceLength = (r: ClauseRecord['head'][number]) => (r.correctionId ? (byId.get(r.correctionId)?.original.length ?? r.text.length) : r.text.length);
  const length = record.head.reduce((n, r) => n + sourceLength(r), 0);
  const lead = raw.slice(0, raw.length - length);
  // Anything but the label and spacing before the text means the runs do not line up: quote the source unmarked rather than mark the wrong words.
  if (length > raw.length || !isLabelLead(lead, record.label)) return raw;
  const out = [lead];
  let at = lead.length;
  for (const r of record.head) {
    const c = r.correctionId ? byId.get(r.correctionId) : undefined;
    const n = sourceLength(r);
    const printed = raw.slice(at, at + n);
    at += n;
    if (!c) out.push(printed);
    else if (c.kind === 'insertion') out.push(`〔补：${c.corrected}〕`);
    else if (c.kind === 'deletion') out.push(`${printed}〔校删〕`);
    else out.push(`${printed}〔校为：${c.corrected}〕`);
  }
  return out.join('');
}

function isLabelLead(lead: string, label: string): boolean {
  return lead.replace(/[\s\u3000\u00a0]+/g, '') === label.replace(/[\s\u3000\u00a0]+/g, '');
}

function stripLabel(text: string, label: string): string {
  const trimmed = text.replace(/^[\s\u3000\u00a0]+/, '');
  return label && trimmed.startsWith(label) ? trimmed.slice(label.length) : trimmed;
}
