/**
 * Every regular expression the cross-reference pipeline uses, in one place,
 * with table-driven tests in tests/refs/patterns.test.ts. Texts are cleaned
 * first (lib/refs/clean-text.ts), so brackets and digits arrive in one width.
 */
import { CN_NUM } from '../ingest/patterns';

/** A number as printed in a reference: 十八, 18, １８. */
const REF_NUM = `(?:${CN_NUM}|[0-9]+)`;

/** 《title》, possibly holding 〈inner titles〉; no nested 《. */
export const TITLE = /《([^《》\n]{1,160})》/g;

/** 〈X〉 inside a title: the document a 关于印发〈X〉的通知 promulgates. */
export const INNER_TITLE = /〈([^〈〉\n]{1,140})〉/g;

/**
 * 关于印发〈X〉的通知 and its kin. The inner title may lack its 〈〉 when a
 * scrape dropped them, so it is captured up to 的通知.
 */
export const NOTICE_WRAPPER = /^(?<issuer>.*?)关于(?:印发|转发|发布|颁布|修订印发)〈?(?<inner>.+?)〉?的(?:通知|决定|函)$/;

/** Organisation names end in one of these; used for issuers before 关于 or before 《. */
const ORG_END = '(?:办公厅|办公室|委员会|人民政府|政府|党委|委|厅|部|局|办|院|署|会|室|组)';
const ORG = `[\\u4e00-\\u9fa5A-Za-z]{1,24}?${ORG_END}`;

/** "中共中央办公厅、国务院办公厅关于…": the issuer part printed inside a title. */
export const TITLE_ISSUER = new RegExp(`^(?<issuer>${ORG}(?:[、和及]?${ORG})*)关于(?<rest>.+)$`);

/** The issuer run printed just before 《: "中共中央办公厅、国务院办公厅《…》". Matched against the preceding text. */
export const ISSUER_BEFORE = new RegExp(`(?<issuer>${ORG}(?:[、和及]${ORG})*)$`);

/** Verbs and connectives that introduce a citation and are not part of an issuer's name. */
export const LEADING_VERB = /^(?:严格按照|严格执行|认真贯彻|贯彻落实|根据|按照|依据|依照|遵照|参照|对照|贯彻|落实|执行|结合|会同|联合|以及|由|经|和|及|与|并|将|把|对)/;

/**
 * 文号 in the forms scrapes print: 〔2016〕8号, (2012)93号, （2012）93号, [2012]5号
 * and broken pairs such as 〔2010]34号 or (2010]34号. The prefix (厅字, 中办发…)
 * is optional and may arrive with a verb in front, which callers strip.
 */
export const DOC_NUMBER = /(?<prefix>[\u4e00-\u9fa5A-Za-z]{1,10})?[〔［\[（(【](?<year>(?:19|20)[0-9]{2})[〕］\]）)】]\s*第?(?<num>[0-9]{1,5})号/g;

/**
 * An abbreviation declared in the parenthesis right after a citation:
 * （以下简称《X》）, （厅字〔2016〕8号，以下简称“X”）, （下称《X》）, and a
 * bare name that runs to the closing bracket: （以下简称反恐怖主义法）.
 */
export const ABBREVIATION_AFTER =
  /^\s*[（(][^（）()《》。；]{0,40}?(?:以下简称|下文简称|简称|以下称|下称)[为：:\s]*(?:《(?<book>[^《》]{1,30})》|“(?<quoted>[^“”]{1,30})”|「(?<corner>[^「」]{1,30})」|(?<bare>[\u4e00-\u9fa5A-Za-z0-9]{2,30})(?=[）)]))/;

/**
 * How a declared abbreviation is used later: 《X》, “X” or 「X」; a name
 * declared bare is also used bare (依照反恐怖主义法第八条). A bare use must
 * end where a word can end — at a pinpoint, punctuation or a connective —
 * so 反恐怖主义法律 is not a use of 反恐怖主义法, and 本X is the document
 * itself. Built per abbreviation.
 */
export function abbreviationUse(short: string, bare = false): RegExp {
  const s = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const marked = `《${s}》|“${s}”|「${s}」`;
  return new RegExp(bare ? `${marked}|(?<![本《“「])${s}(?=第|[，,。；;、：:）)和及与等的规有]|$)` : marked, 'g');
}

/** What a document calls itself: 本办法, 本实施细则, 本规定… (longest first). */
const SELF = '本(?:实施办法|实施细则|实施意见|实施方案|办法|细则|规定|条例|决定|意见|方案|规则|准则|制度|通知|规范|纲要)';

/**
 * 本实施办法第十八条, 第十一条第二款, 本规定第二十条第（三）项, 第（十八）项.
 * Groups: self (本X, optional), art, para, item. Bare 第N条 counts only where
 * it is not the clause's own label; callers check the position.
 */
export const INTERNAL_ARTICLE = new RegExp(
  `(?<self>${SELF})?第[（(]?(?<art>${REF_NUM})[）)]?(?<unit>条|项)` +
    `(?:第(?<para>${REF_NUM})款)?(?:第[（(]?(?<item>${REF_NUM})[）)]?项)?` +
    `(?<tail>所列(?:情形|情节|事项|职责)?|规定的(?:情形|情节))?`,
  'g',
);

/** 前款, 前两款, 本款, 本条, 前条, 上述: references resolved relative to the citing clause. */
export const RELATIVE = /前(?<count>两|二|三)?款|本款|本条(?![例])|前条|上述/g;

/** 《X》第N条: a pinpoint into another document, checked right after a title. */
export const PINPOINT_AFTER = new RegExp(`^第(?<art>${REF_NUM})条(?:第(?<para>${REF_NUM})款)?`);

/** Title endings that say what kind of instrument a document is. */
export const INSTRUMENT_TYPE = /(实施办法|实施细则|实施意见|实施方案|暂行规定|暂行办法|办法|细则|规定|条例|决定|意见|方案|规则|准则|通知|纲要|规划|法)(?:试行)?$/;

/**
 * The jurisdiction a title opens with: 省/市/县… standing alone (a name
 * dropped by the scrape) or a named place. Two titles that open with
 * different jurisdictions are different documents however alike the rest.
 */
export const JURISDICTION = /^(?<place>[\u4e00-\u9fa5X]{0,8}?)(?<level>省|自治区|市|州|盟|县|区|旗|乡|镇)(?=[\u4e00-\u9fa5])/;

/** Punctuation and brackets that carry no meaning when titles are compared. */
export const TITLE_NOISE = /[\s\u3000《》〈〉<>＜＞“”"‘’'「」『』、，,·•・．.：:；;—–\-（）()［］\[\]〔〕【】]/g;

/** A provision's printed label at the start of its text: 第二十条, （十八）, 1. — dropped before comparing words. */
export const LEADING_LABEL = new RegExp(`^(?:第${REF_NUM}[条章节编]|[（(](?:${CN_NUM}|[0-9]+)[）)]|[0-9]+[.．、]|${CN_NUM}、)[\\s\\u3000]*`);

/**
 * "（十九）追责方式。" — the heading an outline provision gives itself before
 * its first full stop; or "第十条【通报】", the bracketed heading some rules print.
 */
export const OUTLINE_HEADING = /^(?:【(?<bracketed>[^】]{2,14})】|(?<heading>[^。，；：:\n【]{2,14})。)/;

/** Book-title and angle brackets around a title: stripped when a title is named or compared. */
export const TITLE_BRACKETS = /^[《〈]|[》〉]$/g;
/** Title prefixes that do not distinguish documents: 关于…, 中华人民共和国…法. */
export const TITLE_PREFIX = /^(?:关于|中华人民共和国)/;
/** 暂行规定 is a 规定, 暂行办法 an 办法. */
export const PROVISIONAL = /^暂行/;

/** "《X》内容摘要": a collection document that holds an excerpt of X. */
export const EXCERPT_TITLE = /^《(?<of>[^》]+)》.{0,30}(?:摘要|节选|摘编|摘录)$/;

/** Between a title and its parenthesis: only an opening bracket or space, nothing that ends the citation. */
export const FOLLOWS_TITLE = /^(?:[\s（].*)?$/;
export const ENDS_CITATION = /[《》。；]/;

/** A token that can carry meaning: a CJK or Latin letter somewhere in it. */
export const WORDLIKE = /[\u4e00-\u9fa5A-Za-z]/;
/** Runs of CJK characters: bigrams are taken inside a run, never across punctuation. */
export const CJK_RUN = /[\u4e00-\u9fa5]+/g;
/** What a penalty article imposes: fines, detention, sanctions, revocation. */
export const SANCTION = /罚款|拘留|处分|吊销|没收|责令停产停业/;
/** A line that reads as a sentence rather than a heading. */
export const SENTENCE_PUNCTUATION = /[。；，：]/;

/** Issuers and titles that can only be central: a missing parent they name sits at 中央. */
export const CENTRAL_ISSUER = /中共中央|中央办公厅|国务院|全国人民代表大会|中央委员会|^中华人民共和国/;
/** 《》 inside a title, as frontmatter writes a notice's promulgated title: read as 〈〉. */
export const BOOK_MARKS = /[《》]/g;
