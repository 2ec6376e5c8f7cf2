/**
 * Which document each provision belongs to, and each document's level,
 * region, field, weight in ranking and whether it is a superseded version, for the filters and
 * their counts: one small file, a few bytes a document, read with the first
 * query.
 */
import type { DocMapShard, SearchManifest } from './index-format';
import { decodeIds, decodeNumbers } from './postings';

export class DocMap {
  private readonly docOfUnit: Int32Array;
  private readonly start: number[];
  private readonly unitCount: number;
  private readonly level: (string | null)[];
  private readonly region: (string | null)[];
  private readonly area: (string | null)[];
  private readonly authority: number[];
  private readonly superseded: Set<number>;

  constructor(m: SearchManifest, data: DocMapShard) {
    const start = decodeIds(data.start);
    this.start = start;
    this.unitCount = m.unitCount;
    this.docOfUnit = new Int32Array(m.unitCount).fill(-1);
    start.forEach((s, d) => this.docOfUnit.fill(d, s, start[d + 1] ?? m.unitCount));
    this.level = decodeNumbers(data.level).map((c) => m.levels[c - 1] ?? null);
    this.region = decodeNumbers(data.region).map((c) => m.regions[c - 1] ?? null);
    this.area = decodeNumbers(data.area).map((c) => m.areas[c - 1] ?? null);
    this.authority = decodeNumbers(data.authority).map((w) => w / 100);
    this.superseded = new Set(decodeIds(data.superseded));
  }

  get documentCount(): number {
    return this.level.length;
  }

  /** The provisions of a document: [first, end). */
  unitsOf(doc: number): [number, number] {
    return [this.start[doc] ?? this.unitCount, this.start[doc + 1] ?? this.unitCount];
  }

  docOf(unit: number): number {
    return this.docOfUnit[unit] ?? -1;
  }

  levelOf(doc: number): string | null {
    return this.level[doc] ?? null;
  }

  regionOf(doc: number): string | null {
    return this.region[doc] ?? null;
  }

  areaOf(doc: number): string | null {
    return this.area[doc] ?? null;
  }

  /** The document's weight in ranking (rank.ts authorityWeight). */
  authorityOf(doc: number): number {
    return this.authority[doc] ?? 1;
  }

  /** Is the document a version its work has replaced, or a repealed text: not searched by default? */
  isSuperseded(doc: number): boolean {
    return this.superseded.has(doc);
  }
}
