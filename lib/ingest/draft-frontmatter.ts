/**
 * Draft metadata → the text of a new `content/documents/<id>.mdx`, through
 * draftYaml so an odd file name or title reads back as written.
 */
import type { DraftMeta } from './draft-meta';
import { draftYaml } from './draft-yaml';

const WHY = '由 kb ingest 从原文推测，待编辑核对。';
const BODY = '待编辑核对：标题、发布机关、层级、地区和上位依据。\n';

type Field = { value: string | null; basis: 'stated' | 'inferred' | 'unknown'; note?: string };

function field(value: string | null, stated: boolean): Field {
  if (value === null) return { value: null, basis: 'unknown' };
  return stated ? { value, basis: 'stated' } : { value, basis: 'inferred', note: WHY };
}

export function draftFrontmatter(m: DraftMeta, sourceName: string): string {
  const unknown = field(null, false);
  const meta = {
    title: field(m.title, true),
    shortTitle: unknown,
    issuer: unknown,
    docNumber: field(m.docNumber, true),
    level: field(m.level, false),
    region: unknown,
    issued: unknown,
    effective: field(m.effective, true),
    status: unknown,
    docType: 'regulation',
    parents: [],
    source: { file: sourceName, lines: `1-${m.lines}`, ...(m.titleLine ? { titleLines: [m.titleLine] } : {}) },
  };
  return `---\n${draftYaml(meta, { flowFields: true })}---\n${BODY}`;
}
