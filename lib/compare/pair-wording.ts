/**
 * What a comparison calls things. On a page where one side is the other's
 * parent, an unpaired local clause is 「地方新增」 and an unpaired parent
 * clause 「地方未规定」; between two documents of equal standing, an
 * unpaired clause is simply 「仅见于《…》」.
 */
import type { DocumentRecord } from '../corpus/export-contract';
import { bookTitle } from '../clause';
import type { ComparePair } from './compare-pairs';
import type { CsvWording } from './compare-csv';
import type { RowKind } from './model';

export type SideRole = 'local' | 'parent' | 'peer';
type Side = 'local' | 'parent';

export type PairWording = {
  roles: Record<Side, SideRole>;
  /** The label of each kind of row, as the page and the CSV print it. */
  rowKind: Record<RowKind, string>;
  /** The summary's name for each count. */
  count: Record<RowKind, string>;
  /** Column headings. */
  column: Record<Side, string>;
  /** What an empty cell on that side says (the other side has a clause with no counterpart here). */
  missing: Record<Side, string>;
  /** Each side in a few characters: "地方", "上位法", "《…》". */
  noun: Record<Side, string>;
  csv: CsvWording;
  /** Which kind of row holds parent provisions with no local counterpart, if one side is the parent. */
  unimplemented: Exclude<RowKind, 'aligned'> | null;
  /** One sentence on how the rows were paired. */
  basis: string;
};

export function pairWording(pair: ComparePair, local: DocumentRecord, parent: DocumentRecord, viaTitles: string[] = []): PairWording {
  const roles = rolesOf(pair);
  // Two versions of one law share a title: each side is named by its version too.
  const versions = pair.relation === 'versions';
  const titled = (doc: DocumentRecord) => (versions ? `${bookTitle(doc.shortTitle)}（${versionLabel(doc)}）` : bookTitle(doc.shortTitle));
  const only = (side: Side, doc: DocumentRecord) =>
    roles[side] === 'local' ? '地方新增' : roles[side] === 'parent' ? '地方未规定' : `仅见于${titled(doc)}`;
  const counted = (side: Side, doc: DocumentRecord) =>
    roles[side] === 'local' ? '地方新增' : roles[side] === 'parent' ? '上位法未实施' : `仅见于${titled(doc)}`;
  const prefix = (side: Side, doc: DocumentRecord) => (roles[side] === 'local' ? '地方' : roles[side] === 'parent' ? '上位' : versions ? `${doc.shortTitle}（${versionLabel(doc)}）` : doc.shortTitle);
  const name = (side: Side, doc: DocumentRecord) => (roles[side] === 'local' ? '地方' : roles[side] === 'parent' ? '上位法' : titled(doc));
  return {
    roles,
    rowKind: { aligned: '对齐', 'local-only': only('local', local), 'parent-only': only('parent', parent) },
    count: { aligned: '对齐', 'local-only': counted('local', local), 'parent-only': counted('parent', parent) },
    column: versions ? { local: `新：${titled(local)}`, parent: `旧：${titled(parent)}` } : { local: columnTitle(roles.local, local), parent: columnTitle(roles.parent, parent) },
    missing: { local: `${name('local', local)}无对应条款`, parent: `${name('parent', parent)}无对应条款` },
    noun: { local: name('local', local), parent: name('parent', parent) },
    csv: {
      local: prefix('local', local),
      parent: prefix('parent', parent),
      localName: name('local', local),
      parentName: name('parent', parent),
      kinds: { aligned: '对齐', 'local-only': only('local', local), 'parent-only': only('parent', parent) },
    },
    unimplemented: roles.parent === 'parent' ? 'parent-only' : roles.local === 'parent' ? 'local-only' : null,
    basis: basisOf(pair, local, parent, viaTitles),
  };
}

/** The title of a comparison: page heading, page title, on-demand view. */
export function pairTitle(local: DocumentRecord, parent: DocumentRecord): string {
  if (local.workId === parent.workId && local.id !== parent.id) return `${bookTitle(local.shortTitle)}新旧对照：${versionLabel(local)}与${versionLabel(parent)}`;
  return `${bookTitle(local.shortTitle)}与${bookTitle(parent.shortTitle)}条文对照`;
}

/** A version named by its date: 2024年3月11日版. */
export function versionLabel(doc: DocumentRecord): string {
  if (!doc.versionDate) return '版本日期不详';
  // versionDate is YYYY-MM-DD (the content schema checks it).
  const [y, m, d] = doc.versionDate.split('-');
  return `${y}年${Number(m)}月${Number(d)}日版`;
}

function rolesOf(pair: ComparePair): Record<Side, SideRole> {
  if (pair.relation === 'implements') return { local: 'local', parent: 'parent' };
  if (pair.relation === 'implemented-by') return { local: 'parent', parent: 'local' };
  return { local: 'peer', parent: 'peer' };
}

function columnTitle(role: SideRole, doc: DocumentRecord): string {
  const title = bookTitle(doc.shortTitle);
  return role === 'local' ? `地方：${title}` : role === 'parent' ? `上位法：${title}` : title;
}

function basisOf(pair: ComparePair, local: DocumentRecord, parent: DocumentRecord, viaTitles: string[]): string {
  const l = bookTitle(local.shortTitle);
  const p = bookTitle(parent.shortTitle);
  switch (pair.relation) {
    case 'implements':
      return `${l}声明依据${p}制定；按条款之间的实施关系逐条对齐。`;
    case 'implemented-by':
      return `${p}声明依据${l}制定；按条款之间的实施关系逐条对齐。`;
    case 'siblings':
      return `两件文件都依据${viaTitles.map(bookTitle).join('、')}制定；对应上位法同一条款的两条相互对齐。`;
    case 'versions':
      return `${l}的${versionLabel(local)}与${versionLabel(parent)}是同一法律文件的两个版本（新旧对照）；按条文用语的相似程度逐条对齐。`;
    case 'similar':
      return '两件文件之间没有声明的上下位关系；按条文用语的相似程度对齐，仅供参考。';
  }
}
