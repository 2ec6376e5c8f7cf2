/**
 * Patterns the site's browsing reads from metadata values. A region is
 * written as the province followed by the city or county (山东省济南市,
 * 云南省德宏傣族景颇族自治州, 上海市); browsing by region goes province
 * first, then city.
 */

/**
 * The province-level head of a region: a 省, an 自治区 (内蒙古, 广西壮族…,
 * up to 新疆维吾尔), one of the four 直辖市, or a 特别行政区. A 市 counts
 * only for the four municipalities, so 唐山市 alone is not taken for one.
 */
export const REGION_PROVINCE = /^(?<province>[\u4e00-\u9fa5]{2,3}省|[\u4e00-\u9fa5]{2,7}?自治区|(?:北京|天津|上海|重庆)市|(?:香港|澳门)特别行政区)(?<rest>.*)$/u;

/** Regions that mean the whole country rather than a place. */
export const NATIONWIDE = /^(?:全国|中央|中华人民共和国)$/;
