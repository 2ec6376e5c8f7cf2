/** The status line and the 版本 panel of a document page. */
import { describe, expect, it } from 'vitest';
import { statusStatement, versionPanel } from '../../lib/site/version-panel';
import type { WorkRecord } from '../../lib/corpus/export-contract';

const work: WorkRecord = {
  id: 'law-1982',
  title: '中华人民共和国国务院组织法',
  versions: [
    { documentId: 'law-2024', versionDate: '2024-03-11', status: 'in-force' },
    { documentId: 'law-2000', versionDate: '2000-01-01', status: 'amended' },
    { documentId: 'law-1982', versionDate: '1982-12-10', status: 'amended' },
  ],
  current: 'law-2024',
};

describe('statusStatement', () => {
  it('points an amended version at the version in force', () => {
    expect(statusStatement({ id: 'law-1982', status: 'amended', statusEvidence: null, supersededBy: 'law-2000' }, work)).toEqual({ kind: 'amended', current: 'law-2024', evidence: null });
  });
  it('falls back to the next version when the collection does not say which is in force', () => {
    expect(statusStatement({ id: 'law-1982', status: 'amended', statusEvidence: null, supersededBy: 'law-2000' }, { ...work, current: null })).toMatchObject({ current: 'law-2000' });
  });
  it('quotes the evidence of a repeal', () => {
    expect(statusStatement({ id: 'x', status: 'repealed', statusEvidence: '本条例自2020年1月1日起废止', supersededBy: null }, undefined)).toEqual({ kind: 'repealed', evidence: '本条例自2020年1月1日起废止' });
  });
});

describe('versionPanel', () => {
  it('marks this version and names its neighbours, newer first', () => {
    const p = versionPanel(work, 'law-2000');
    expect(p.rows.map((r) => [r.documentId, r.self])).toEqual([
      ['law-2024', false],
      ['law-2000', true],
      ['law-1982', false],
    ]);
    expect([p.newer, p.older]).toEqual(['law-2024', 'law-1982']);
  });
  it('has no newer neighbour for the newest, no older for the oldest', () => {
    expect(versionPanel(work, 'law-2024')).toMatchObject({ newer: null, older: 'law-2000' });
    expect(versionPanel(work, 'law-1982')).toMatchObject({ newer: 'law-2000', older: null });
  });
  it('is empty for a work of one version or a document outside the work', () => {
    expect(versionPanel({ ...work, versions: work.versions.slice(0, 1) }, 'law-2024').rows).toEqual([]);
    expect(versionPanel(work, 'other').rows).toEqual([]);
    expect(versionPanel(undefined, 'law-2024').rows).toEqual([]);
  });
});
