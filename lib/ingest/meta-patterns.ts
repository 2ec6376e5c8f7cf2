/** Patterns for guessing draft metadata from a new source's text. */

/** 厅字〔2016〕8号, 冀办字〔2017〕3号, 赣财行(2012)93号, broken 〔2010]34号. */
export const DOC_NUMBER = /[\u4e00-\u9fa5]{1,8}[〔［\[(（]\d{4}[〕］\])）]\d{1,4}号/;

/** 自2017年5月23日起施行, 自2018年1月1日施行, 自2013年11月1 日起施行 */
export const EFFECTIVE_DATE = /自(\d{4})年(\d{1,2})月(\d{1,2})\s*日起?(?:施行|实施|执行)/;

/** 自二○○四年十月一日起施行: the date in Chinese numerals (○ as well as 〇 for zero). */
export const EFFECTIVE_DATE_CN = /自([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日起?(?:施行|实施|执行)/;

/** 自公布之日起施行, 自通过之日起施行: in force from an event of the history; group 1 names it. */
export const EFFECTIVE_ON_EVENT = /自(公布|发布|印发|颁布|通过)之日起(?:施行|实施|执行|生效)/;

/** Who issues the rule, read from the start of its title. */
export const LEVEL_HINTS: [RegExp, 'central' | 'provincial' | 'prefecture' | 'county'][] = [
  [/^(中共中央|中央|国务院|全国人民代表大会|最高人民)/, 'central'],
  [/^(北京|天津|上海|重庆)市/, 'provincial'],
  [/^[\u4e00-\u9fa5]{2,8}(省|自治区)/, 'provincial'],
  [/^[\u4e00-\u9fa5]{1,8}(县|旗)(?!级)/, 'county'],
  [/^[\u4e00-\u9fa5]{1,8}(市|州|盟|地区)/, 'prefecture'],
];
