/**
 * A region value → its province and the place below it, for browsing by
 * region (province, then city). A value that names no province it knows
 * (a bare city, a ministry) stays whole as its own province-level group.
 */
import { NATIONWIDE, REGION_PROVINCE } from './patterns';
import { UNKNOWN_REGION } from './document-groups';

export type RegionParts = { province: string; city: string | null };

export const NATIONWIDE_REGION = '全国';

/** Provinces as every list orders them: 全国 first, 地区不详 last, the rest in Chinese collation. */
export function provinceOrder(a: string, b: string): number {
  return Number(b === NATIONWIDE_REGION) - Number(a === NATIONWIDE_REGION) || Number(a === UNKNOWN_REGION) - Number(b === UNKNOWN_REGION) || a.localeCompare(b, 'zh-CN');
}

export function splitRegion(region: string): RegionParts {
  const value = region.trim();
  if (NATIONWIDE.test(value)) return { province: NATIONWIDE_REGION, city: null };
  const m = REGION_PROVINCE.exec(value);
  if (!m?.groups) return { province: value, city: null };
  const rest = m.groups.rest.trim();
  return { province: m.groups.province, city: rest || null };
}
