/**
 * A file's path in a collection → what its folders and name say: the
 * 效力位阶 and 法律部门 of LawRefBook's national folders, the province of
 * its local folders (DLC/<省>地方法规/地方性法规/<省>/), the ministry of
 * 部门规章/<部门>/, and the short title and version date in the file name.
 * Plain trees say nothing but the name.
 */
import type { Rank } from '../content/schema';
import { FILE_NAME_DATE, LOCAL_FOLDER, NATIONAL_FOLDERS, provinceName } from './patterns';

export type CorpusPath = {
  /** The file name without extension and date: LawRefBook's short title. */
  stem: string;
  /** The date in the file name, YYYY-MM-DD, or null. */
  nameDate: string | null;
  rank: Rank | null;
  area: string | null;
  /** Why rank and area were read so (the folder), for the `note` of inferred fields. */
  folderNote: string | null;
  areaNote: string | null;
  /** Full province name for a local regulation (山东省), else null. */
  province: string | null;
  /** 部门规章/<部门>/: the ministry folder. */
  ministry: string | null;
  national: boolean;
};

export function corpusPath(relPath: string): CorpusPath {
  const parts = relPath.split('/').filter(Boolean);
  const name = (parts.at(-1) ?? '').replace(/\.[^.]+$/, '');
  const dated = FILE_NAME_DATE.exec(name);
  const base = { stem: dated ? dated[1] : name, nameDate: dated ? dated[2] : null };
  const folders = parts.slice(0, -1);
  const none = { rank: null, area: null, folderNote: null, areaNote: null, province: null, ministry: null, national: false };

  const local = folders[0] === 'DLC' && folders[1] ? LOCAL_FOLDER.exec(folders[1]) : null;
  if (local) {
    const province = provinceName(local[1]);
    return {
      ...base,
      ...none,
      rank: 'local-regulation',
      folderNote: `收录于“${folders.slice(0, 3).join('/')}”文件夹`,
      province,
    };
  }
  const top = folders.find((f) => f in NATIONAL_FOLDERS);
  if (!top) return { ...base, ...none };
  const entry = NATIONAL_FOLDERS[top];
  const ministryAt = folders.indexOf('部门规章');
  return {
    ...base,
    rank: entry.rank,
    area: entry.area,
    folderNote: `收录于“${top}”文件夹`,
    areaNote: entry.area ? (entry.areaNote ?? `收录于“${top}”文件夹`) : null,
    province: null,
    ministry: ministryAt >= 0 && folders[ministryAt + 1] ? folders[ministryAt + 1] : null,
    national: true,
  };
}
