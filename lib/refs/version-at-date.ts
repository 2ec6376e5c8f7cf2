/**
 * Which version of a work a citation means: the one in force at the citing
 * document's date, i.e. the latest version dated on or before it. Used both
 * for parents (lib/works) and for citations in the text (document-resolver).
 */
import type { DocumentRecord } from '../corpus/export-contract';

/** `date` orders versions (adoption or amendment); `from`, where known, is when the version took effect, which can be months later. */
export type DatedVersion = { documentId: string; date: string | null; from?: string | null };

/** A document's own date: its version date, else its effective or issue date, else the latest date of its printed history. */
export function documentDate(d: Pick<DocumentRecord, 'versionDate' | 'effective' | 'issued'> & { meta?: Partial<DocumentRecord['meta']> }): string | null {
  if (d.versionDate ?? d.effective ?? d.issued) return d.versionDate ?? d.effective ?? d.issued;
  const dates = (d.meta?.history ?? []).map((h) => h.date).filter((x): x is string => Boolean(x));
  return dates.length ? dates.sort().at(-1)! : null;
}

export type VersionChoice = { documentId: string; note: string | null };

/**
 * `versions` oldest first; `current` the version in force today (or null).
 * A version counts from the day it took effect where that is known: a text
 * dated between a revision's adoption and its entry into force still meant
 * the version before it.
 * With no date to go by, or a date before every version, the current
 * version is taken and the note says so.
 */
export function versionAt(versions: DatedVersion[], date: string | null, current: string | null): VersionChoice {
  const fallback = current ?? versions.at(-1)!.documentId;
  if (versions.length === 1) return { documentId: versions[0].documentId, note: null };
  if (!date) return { documentId: fallback, note: '引用文件日期不详，取本库所收现行版本' };
  const before = versions.filter((v) => {
    // A revised text often keeps the original 施行 date ("本法自1997年10月1日起施行"): an effective date only ever delays a version.
    const from = v.from && v.date && v.from > v.date ? v.from : v.date;
    return from && from <= date;
  });
  if (!before.length) return { documentId: fallback, note: `引用文件日期（${date}）早于本库所收各版本，取现行版本` };
  return { documentId: before.at(-1)!.documentId, note: null };
}

/** Versions oldest first: by date (undated first: nothing places them later), then id, so the order is deterministic. */
export function compareVersions(a: DatedVersion, b: DatedVersion): number {
  if (a.date !== b.date) return a.date === null ? -1 : b.date === null ? 1 : a.date < b.date ? -1 : 1;
  return a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0;
}

export type WorkVersions = { versions: DatedVersion[]; current: string | null };

/** Each work's versions, oldest first, and its current version (the one in force, else the newest). */
export function workVersions(documents: DocumentRecord[]): Map<string, WorkVersions> {
  const out = new Map<string, WorkVersions>();
  const inForce = new Set(documents.filter((d) => d.status === 'in-force').map((d) => d.id));
  for (const d of documents) {
    const w = out.get(d.workId) ?? { versions: [], current: null };
    w.versions.push({ documentId: d.id, date: documentDate(d), from: d.effective });
    out.set(d.workId, w);
  }
  for (const w of out.values()) {
    w.versions.sort(compareVersions);
    // Of two texts in force (copies of one date), the later in version order, as the work's record says (lib/works).
    w.current = w.versions.findLast((v) => inForce.has(v.documentId))?.documentId ?? w.versions.at(-1)!.documentId;
  }
  return out;
}
