/**
 * Every regular expression the works stage uses (versions of one law,
 * parents named by a title or a 制定依据 article, repeal notices), with
 * table-driven tests in tests/works/patterns.test.ts. Texts arrive cleaned
 * (lib/refs/clean-text.ts): brackets in one width, 〈〉 for angle brackets.
 */

/**
 * A title that names the law it implements or applies: 实施《X》办法,
 * 贯彻实施《X》的若干规定, 关于适用《X》若干问题的解释, 执行《X》确定罪名的
 * 补充规定, 《X》实施细则. Titles that amend or repeal X (关于修改《X》的决定)
 * are not implementing it and do not match.
 */
export const TITLE_IMPLEMENTS = /(?:实施|贯彻|执行|适用)[《〈](?<named>[^《》〈〉]{2,80})[》〉]|[《〈](?<before>[^《》〈〉]{2,80})[》〉](?:的)?实施(?:办法|细则|条例|意见|规定|若干规定)/;

/**
 * A national implementing instrument that names its law without 《》:
 * 中华人民共和国专利法实施细则, …管理暂行规定实施办法. The law's name must end
 * like a law's (法, 条例, 规定), so 票据管理实施办法 names none.
 */
export const BARE_IMPLEMENTS = /^(?<named>.{2,60}?(?:法|条例|规定))实施(?:条例|细则|办法)$/;

/**
 * The 制定依据 sentence: 根据/依据/依照 …… 制定本条例 (本办法, 本法…). What it
 * cites (《X》 in the `cited` part) is the document's legal basis.
 */
export const BASIS_SENTENCE = /(?:根据|依据|依照)(?<cited>[^。；]{1,400}?)(?:特)?制定本(?:实施细则|实施办法|条例|办法|规定|细则|法|决定|规则|解释|准则|意见)/;

/** The constitution named as a basis, with or without 《》 (根据宪法, 根据《中华人民共和国宪法》). */
export const CONSTITUTION = /^(?:中华人民共和国)?宪法$/;

/** The word that repeals, outside 《》: 同时废止, 即行废止, 自本条例施行之日起废止, 予以废止. */
export const REPEAL_WORD = /(?:同时|即行|一并|予以|自行|均|亦)?废止/g;

/**
 * Between the last repealed title (and its parenthesis: 文号, 以下简称) and
 * the word that repeals it: a short run (自本条例施行之日起) …
 */
export const REPEAL_GAP = /^(?:（[^（）]{0,60}）)?[^《》〈〉。；，]{0,24}$/;
/** … that says nothing else of X: "《X》规定应当废止的" or "修改或者废止" is not a repeal of X. */
export const REPEAL_GAP_VETO = /修改|修正|应当|可以|规定的|不得|或者|申请/;

/** Sentences: repeal notices and 制定依据 are read one sentence at a time. */
export const SENTENCE_END = /[。；\n]/;

/** A date printed before a repealed title ("1988年8月6日国务院发布的《X》"): it names the version repealed. */
export const PRINTED_DATE = /(?<y>(?:19|20)[0-9]{2})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日/g;

/** A region's name without its level (河南省 → 河南), as titles print it (《河南省…》, 郑州市 in 《郑州市…》). */
export const REGION_SUFFIX = /(?:省|市|自治区|自治州|县|区)$/;
