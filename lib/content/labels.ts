/**
 * Chinese display names for the data's enumerations. One table per enum so
 * every page says the same thing for the same value.
 */
import type { ConflictKind, Correction, FindingKind, LinkReviewStatus } from '../corpus/export-contract';
import type { DocType, ExclusionKind, Level, Rank } from './schema';
import type { RoutineKind } from '../compare/routine-articles';

export const LEVEL_LABEL: Record<Level, string> = {
  central: '中央',
  provincial: '省级',
  prefecture: '地市级',
  county: '县级',
};
export const LEVEL_ORDER: (Level | null)[] = ['central', 'provincial', 'prefecture', 'county', null];

export const RANK_LABEL: Record<Rank, string> = {
  constitution: '宪法',
  law: '法律',
  'administrative-regulation': '行政法规',
  'departmental-rule': '部门规章',
  'judicial-interpretation': '司法解释',
  'local-regulation': '地方性法规',
  other: '党内法规和规范性文件',
};
export const RANK_ORDER: (Rank | null)[] = ['constitution', 'law', 'administrative-regulation', 'departmental-rule', 'judicial-interpretation', 'local-regulation', 'other', null];

export const DOC_TYPE_LABEL: Record<DocType, string> = {
  regulation: '法规',
  notice: '通知',
  interpretation: '解读',
  speech: '讲话',
  plan: '规划',
};

export const STATUS_LABEL: Record<string, string> = {
  'in-force': '现行有效',
  repealed: '已废止',
  amended: '已被修订',
  unknown: '不详',
};

export const FINDING_LABEL: Record<FindingKind, string> = {
  'numbering-gap': '编号不连续',
  'numbering-restart': '编号重排',
  'empty-list': '缺少列项',
  'missing-title': '缺标题',
  'duplicate-title': '标题重复',
  'unassigned-text': '未归属文字',
  'erratum-applied': '已校订',
  'suspected-damage': '疑似脱漏',
  unstructured: '未分条',
  'invisible-char': '不可见字符',
  'unparsed-article': '未成条',
  'count-mismatch': '项数不符',
  truncated: '疑似不完整',
  'doc-number-brackets': '文号括号不配对',
  'form-slip': '疑似录入错误',
};

export const SEVERITY_LABEL: Record<'info' | 'warning' | 'error', string> = {
  info: '提示',
  warning: '注意',
  error: '错误',
};

export const EXCLUSION_LABEL: Record<ExclusionKind, string> = {
  chrome: '页面框架',
  'compilation-heading': '汇编标题',
  blank: '空白',
  unassigned: '未归属',
  history: '制定和修改记录',
  markup: '排版标记',
};

export const CORRECTION_KIND_LABEL: Record<Correction['kind'], string> = {
  substitution: '替换',
  insertion: '补字',
  deletion: '删字',
};

export const CONFIDENCE_LABEL: Record<Correction['confidence'], string> = {
  high: '高',
  medium: '中',
  low: '低',
};

/** Who stands behind a clause link: the aligner, or an editor's review (content/links/). */
export const LINK_REVIEW_LABEL: Record<LinkReviewStatus, string> = {
  inferred: '系统推定',
  confirmed: '编辑确认',
  added: '编辑添加',
  rejected: '编辑否决',
};

/** What a possible conflict between a local provision and its parent is about. */
export const CONFLICT_KIND_LABEL: Record<ConflictKind, string> = {
  deadline: '期限',
  amount: '金额',
  ratio: '比例',
  count: '次数',
  level: '级别',
  subject: '责任主体',
  modal: '应当 / 可以 / 不得',
};

/** Routine articles, listed apart from substance in comparisons (lib/compare/routine-articles.ts). */
export const ROUTINE_LABEL: Record<RoutineKind, string> = {
  interpretation: '解释权',
  'effective-date': '施行日期',
  'implementing-rules': '授权制定实施办法',
  scope: '适用范围',
  purpose: '立法目的',
};
