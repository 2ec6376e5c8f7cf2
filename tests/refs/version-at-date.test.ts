/** Which version a dated citation means, how versions are ordered, and which one a work calls current. */
import { describe, expect, it } from 'vitest';
import { compareVersions, documentDate, versionAt, workVersions, type DatedVersion } from '../../lib/refs/version-at-date';
import type { DocumentRecord } from '../../lib/corpus/export-contract';

const v = (documentId: string, date: string | null, from?: string | null): DatedVersion => ({ documentId, date, from });

describe('versionAt', () => {
  const versions = [v('a-2005', '2005-01-10'), v('a-2022', '2022-02-25', '2022-05-01')];

  it.each([
    ['2010-06-01', 'a-2005', null],
    ['2022-02-25', 'a-2005', null], // adopted that day, in force only from 1 May
    ['2022-04-30', 'a-2005', null],
    ['2022-05-01', 'a-2022', null],
    ['2030-01-01', 'a-2022', null],
  ])('a text dated %s cites %s', (date, id, note) => expect(versionAt(versions, date, 'a-2022')).toEqual({ documentId: id, note }));

  it('an effective date before the version date (the original 施行 date kept in a revision) does not move the version earlier', () => {
    const kept = [v('b-1997', '1997-03-14'), v('b-2020', '2020-12-26', '1997-10-01')];
    expect(versionAt(kept, '2001-01-01', 'b-2020').documentId).toBe('b-1997');
  });

  it('with no date, or one before every version, takes the current version and says so', () => {
    expect(versionAt(versions, null, 'a-2022')).toEqual({ documentId: 'a-2022', note: expect.stringContaining('日期不详') });
    expect(versionAt(versions, '1990-01-01', 'a-2022')).toEqual({ documentId: 'a-2022', note: expect.stringContaining('早于') });
  });

  it('a work of one version is that version, whatever the date', () => {
    expect(versionAt([v('c', '2019-01-01')], '2000-01-01', null)).toEqual({ documentId: 'c', note: null });
  });
});

describe('compareVersions', () => {
  it('orders undated first, then by date, then by id', () => {
    const sorted = [v('z', '2001-01-01'), v('b', '2001-01-01'), v('u', null), v('a', '1999-01-01')].sort(compareVersions);
    expect(sorted.map((x) => x.documentId)).toEqual(['u', 'a', 'b', 'z']);
  });
});

describe('documentDate', () => {
  it('takes the version date, else effective, else issued, else the latest date of the printed history', () => {
    expect(documentDate({ versionDate: '2020-01-01', effective: '2020-05-01', issued: null })).toBe('2020-01-01');
    expect(documentDate({ versionDate: null, effective: '2020-05-01', issued: '2019-01-01' })).toBe('2020-05-01');
    expect(documentDate({ versionDate: null, effective: null, issued: null, meta: { history: [{ date: '2001-02-03' }, { date: '2011-02-03' }, { date: null }] as never } })).toBe('2011-02-03');
    expect(documentDate({ versionDate: null, effective: null, issued: null })).toBeNull();
  });
});

describe('workVersions', () => {
  const doc = (id: string, workId: string, versionDate: string | null, status: DocumentRecord['status']) => ({ id, workId, versionDate, effective: null, issued: null, status }) as DocumentRecord;

  it('sorts each work oldest first and calls the last version in force current', () => {
    const works = workVersions([doc('x-2', 'x', '2020-01-01', 'amended'), doc('x-1', 'x', '2010-01-01', 'amended'), doc('x-3', 'x', '2024-01-01', 'in-force')]);
    expect(works.get('x')).toEqual({ versions: [v('x-1', '2010-01-01', null), v('x-2', '2020-01-01', null), v('x-3', '2024-01-01', null)], current: 'x-3' });
  });

  it('with no version in force, the newest is current; of two copies in force, the later', () => {
    expect(workVersions([doc('y-1', 'y', '2010-01-01', 'unknown'), doc('y-2', 'y', '2012-01-01', 'repealed')]).get('y')!.current).toBe('y-2');
    expect(workVersions([doc('z-b', 'z', '2010-01-01', 'in-force'), doc('z-a', 'z', '2010-01-01', 'in-force')]).get('z')!.current).toBe('z-b');
  });
});
