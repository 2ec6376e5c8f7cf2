/**
 * A word of the query that names a place the collection has regulations of
 * (杭州, 北京市, 浙江省): a provision of those regulations holds it, whether
 * or not its text repeats the name, as a local regulation's articles rarely
 * do ("北京市哪些室外区域禁止吸烟" asks for 北京市控制吸烟条例). Regions are
 * the index's own (the manifest's list, 浙江省杭州市); a province names its
 * cities' regulations too. Pure.
 */
import { NATIONWIDE } from '../site/patterns';

/** Administrative units as printed in a region: 省, 自治区, 市, 自治州, 地区, 盟, 县, 自治县, 区. */
const PLACE = /.+?(?:特别行政区|自治区|自治州|自治县|省|市|地区|盟|县|区)/g;
const SUFFIX = /(?:特别行政区|自治区|自治州|自治县|省|市|地区|盟|县|区)$/;

/** The names a region answers to: each unit in it, with and without its suffix (浙江省杭州市 → 浙江省 浙江 杭州市 杭州). */
export function regionNames(region: string): string[] {
  const out = new Set<string>();
  for (const place of region.match(PLACE) ?? []) {
    out.add(place);
    const stem = place.replace(SUFFIX, '');
    // One character (a 县 called 某) names nothing on its own.
    if ([...stem].length >= 2) out.add(stem);
  }
  return [...out];
}

/** For each place name, the documents (by number) whose region it names. */
export function documentsByPlace(docs: { documentCount: number; regionOf(doc: number): string | null }): Map<string, number[]> {
  const names = new Map<string, string[]>();
  const map = new Map<string, number[]>();
  for (let d = 0; d < docs.documentCount; d++) {
    const region = docs.regionOf(d);
    if (!region) continue;
    let list = names.get(region);
    if (!list) names.set(region, (list = regionNames(region)));
    for (const name of list) {
      const of = map.get(name);
      if (of) of.push(d);
      else map.set(name, [d]);
    }
  }
  return map;
}

/**
 * Which documents' rules apply in a place the query names (in any, where it
 * names several to compare them): a region's rules apply in it and in each
 * place within it, national ones everywhere, and a document of no region is
 * not taken for another place's. So where 郑州 is named, 河南省郑州市 and
 * 河南省 apply, 北京市 and 河南省洛阳市 do not; where 山东 is named, 山东省
 * and each of its cities do. A place named beside one inside it narrows to
 * that one (河南 郑州 is 郑州). `places`: documentsByPlace.
 */
export function appliesIn(named: string[], places: Map<string, number[]>, regionOf: (doc: number) => string | null): (doc: number) => boolean {
  const regionsOf = (name: string) => new Set((places.get(name) ?? []).map(regionOf).filter((r): r is string => r !== null));
  const all = named.map(regionsOf);
  const contains = (outer: Set<string>, inner: Set<string>) => inner.size > 0 && inner.size < outer.size && [...inner].every((r) => outer.has(r));
  const within = all.filter((outer) => !all.some((inner) => contains(outer, inner)));
  const byRegion = new Map<string, boolean>();
  return (doc) => {
    const region = regionOf(doc);
    if (region === null || NATIONWIDE.test(region)) return true;
    let applies = byRegion.get(region);
    if (applies === undefined) {
      // A region applies in a place inside it: its name begins the inner region's (河南省 → 河南省郑州市).
      applies = within.some((regions) => [...regions].some((r) => r.startsWith(region)));
      byRegion.set(region, applies);
    }
    return applies;
  };
}
