/**
 * zod's issues in Chinese, by issue code, in one place: editors read these.
 * Passed to `safeParse` as the per-parse error map, so a message a schema
 * writes itself (already Chinese) still wins.
 */
import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '键值表',
  null: 'null',
};

const typeName = (t: unknown) => TYPE_NAMES[String(t)] ?? String(t);

export function zodIssueInChinese(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `缺少此项（应为${typeName(issue.expected)}）` : `应为${typeName(issue.expected)}`;
    case 'invalid_value':
      return `只能是 ${issue.values.map(String).join('、')} 之一`;
    case 'unrecognized_keys':
      return `不认识的字段 ${issue.keys.join('、')}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${issue.minimum} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少 ${issue.minimum} 项`;
      return `须${issue.inclusive ? '不小于' : '大于'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `至多 ${issue.maximum} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至多 ${issue.maximum} 项`;
      return `须${issue.inclusive ? '不大于' : '小于'} ${issue.maximum}`;
    case 'invalid_format':
      return '格式不对';
    case 'invalid_union':
      return '不符合任何一种允许的写法';
    default:
      return `不符合要求（${issue.code}）`;
  }
}
