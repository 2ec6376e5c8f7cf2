/**
 * `kb ingest` arguments, read strictly: a flag without its value, an id the
 * schema would reject, an unknown option or a second file is an error that
 * names it, rather than a guess (an empty --id once became doc-<hash>, and
 * `--id foo file.txt` took foo for the file).
 */
import { ID_PATTERN } from '../../lib/content/schema';

const INGEST_USAGE = '用法：kb ingest <文件> [--id <编号>]';

export type IngestArgs = { file: string; id: string | null };

export function parseIngestArgs(argv: string[]): IngestArgs | string {
  let file: string | null = null;
  let id: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--id' || a.startsWith('--id=')) {
      const value = a === '--id' ? argv[++i] : a.slice('--id='.length);
      if (value === undefined || (a === '--id' && value.startsWith('--'))) return '--id 缺少取值：请写 --id <编号>';
      if (!ID_PATTERN.test(value)) return `--id ${JSON.stringify(value)} 不是有效的编号：编号只能由小写英文字母、数字和连字符组成，并以字母或数字开头`;
      id = value;
    } else if (a.startsWith('-') && a !== '-') return `不认识的选项 ${a}。${INGEST_USAGE}`;
    else if (file !== null) return `一次只能导入一个文件，多出了 ${JSON.stringify(a)}。${INGEST_USAGE}`;
    else file = a;
  }
  if (file === null) return INGEST_USAGE;
  return { file, id };
}
