/**
 * The results page's filters: level, region, field and document, each with
 * the number of hits it would keep, and whether superseded versions are
 * searched too (by default only the versions in force are). The choices
 * come from the hits (a value no hit has would keep nothing), never from a
 * list of the whole collection: at national size that list alone would
 * outweigh the page.
 */
import type { Facets, SearchFilters, SearchHit } from '@/lib/search/search-engine';
import type { Level } from '@/lib/content/schema';
import { LEVEL_LABEL, LEVEL_ORDER } from '@/lib/content/labels';

type Props = { hits: SearchHit[]; filters: SearchFilters; facets: Facets | null; onChange: (f: SearchFilters) => void };

export function SearchFilterBar({ hits, filters, facets, onChange }: Props) {
  const count = (list: { value: string; count: number }[] | undefined, v: string) => {
    if (!facets) return '';
    return `（${list?.find((x) => x.value === v)?.count ?? 0}）`;
  };
  /** A facet's values, and the chosen one even when no hit has it. */
  const values = (list: { value: string }[] | undefined, chosen: string | null | undefined) => [...new Set([...(list?.map((x) => x.value) ?? []), ...(chosen ? [chosen] : [])])];
  const present = values(facets?.level, filters.level);
  const levels = LEVEL_ORDER.filter((l): l is Level => !!l && present.includes(l));
  const regions = values(facets?.region, filters.region);
  const areas = values(facets?.area, filters.area);
  // Documents are named by the hits shown: the facet lists ids only, and naming them all would fetch every document table.
  const shown = new Map(hits.flatMap((h) => (h.document ? [[h.document.id, h.document.shortTitle] as const] : [])));
  if (filters.documentId && !shown.has(filters.documentId)) shown.set(filters.documentId, filters.documentId);
  const any = !!(filters.level || filters.region || filters.area || filters.documentId || filters.allVersions);
  return (
    <fieldset className="flex flex-wrap items-end gap-3 text-sm">
      <legend className="sr-only">筛选</legend>
      <Select label="层级" value={filters.level ?? ''} onChange={(v) => onChange({ ...filters, level: v || null })} all="全部层级">
        {levels.map((l) => (
          <option key={l} value={l}>
            {LEVEL_LABEL[l]}
            {count(facets?.level, l)}
          </option>
        ))}
      </Select>
      <Select label="地区" value={filters.region ?? ''} onChange={(v) => onChange({ ...filters, region: v || null })} all="全部地区">
        {regions.map((r) => (
          <option key={r} value={r}>
            {r}
            {count(facets?.region, r)}
          </option>
        ))}
      </Select>
      <Select label="法律部门" value={filters.area ?? ''} onChange={(v) => onChange({ ...filters, area: v || null })} all="全部部门">
        {areas.map((a) => (
          <option key={a} value={a}>
            {a}
            {count(facets?.area, a)}
          </option>
        ))}
      </Select>
      <Select label="文件" value={filters.documentId ?? ''} onChange={(v) => onChange({ ...filters, documentId: v || null })} all="全部文件">
        {[...shown].map(([id, name]) => (
          <option key={id} value={id}>
            {name}
            {count(facets?.document, id)}
          </option>
        ))}
      </Select>
      <label className="flex items-center gap-1.5 py-1.5">
        <input type="checkbox" checked={!!filters.allVersions} onChange={(e) => onChange({ ...filters, allVersions: e.target.checked || undefined })} data-all-versions />
        <span>
          包括已被修订、废止的版本
          {facets && !filters.allVersions ? `（另有 ${facets.superseded} 条）` : ''}
        </span>
      </label>
      {any ? (
        <button type="button" onClick={() => onChange({})} className="rounded border border-rule bg-white px-3 py-1.5 hover:border-link">
          清除筛选
        </button>
      ) : null}
    </fieldset>
  );
}

function Select({ label, value, onChange, all, children }: { label: string; value: string; onChange: (v: string) => void; all: string; children: React.ReactNode }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-muted">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} className="max-w-[16rem] rounded border border-rule bg-white px-2 py-1.5">
        <option value="">{all}</option>
        {children}
      </select>
    </label>
  );
}
