/**
 * zod's messages in plain Chinese. zod's own zh-CN locale keeps type names and operators in English
 * ("数值过大：期望 number <=100"), which a civil servant reading a refused file should not have to decode.
 * Field names and allowed values are the user's own data and are quoted as they are; a pattern is not shown
 * (the English message beside it gives it).
 */
import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '是或否',
  array: '列表',
  object: '对象',
  date: '日期',
  null: '空值',
  undefined: '未填写',
  nan: '非数字',
  symbol: '符号',
  function: '函数',
  map: '映射',
  set: '集合',
  file: '文件',
  never: '（不应有值）',
};

const FORMAT_NAMES: Record<string, string> = {
  email: '电子邮件地址',
  url: '网址',
  uuid: '唯一编号（UUID）',
  datetime: '日期时间（如 2026-06-01T09:00:00+08:00）',
  date: '日期（如 2026-06-01）',
  time: '时间（如 09:00:00）',
  duration: '时长',
  ipv4: 'IPv4 地址',
  ipv6: 'IPv6 地址',
  base64: 'Base64 编码',
  json_string: 'JSON 文本',
};

/** Units for size limits, by what is being measured. */
const SIZE_UNITS: Record<string, string> = { string: '个字符', array: '项', set: '项', map: '项', file: '字节' };

function typeName(t: string): string {
  return TYPE_NAMES[t] ?? t;
}

function receivedType(input: unknown): string {
  if (input === undefined) return 'undefined';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  if (input instanceof Date) return 'date';
  return typeof input;
}

function shown(v: unknown): string {
  return typeof v === 'string' ? `“${v}”` : String(v);
}

function bound(issue: { origin?: string; inclusive?: boolean }, limit: unknown, big: boolean): string {
  const unit = SIZE_UNITS[issue.origin ?? ''];
  const n = String(limit);
  const open = issue.inclusive === false;
  if (unit) return big ? `${open ? '应少于' : '最多'} ${n} ${unit}` : `${open ? '应多于' : '至少'} ${n} ${unit}`;
  if (issue.origin === 'date') {
    const d = limit instanceof Date ? limit.toISOString().slice(0, 10) : n;
    return big ? `不能晚于 ${d}` : `不能早于 ${d}`;
  }
  if (big) return open ? `应小于 ${n}` : `不能大于 ${n}`;
  return open ? `应大于 ${n}` : `不能小于 ${n}`;
}

/** A zod v4 `error` map: pass as `schema.safeParse(data, { error: zodZh })`. */
export const zodZh = (issue: z.core.$ZodRawIssue): string => {
  const i = issue as Record<string, unknown> & z.core.$ZodRawIssue;
  switch (i.code) {
    case 'invalid_type': {
      const got = receivedType(i.input);
      if (got === 'undefined') return `未填写（应为${typeName(String(i.expected))}）`;
      return `应为${typeName(String(i.expected))}，实为${typeName(got)}`;
    }
    case 'invalid_value': {
      const values = (i.values as unknown[]) ?? [];
      return values.length === 1 ? `应为 ${shown(values[0])}` : `应为以下之一：${values.map(shown).join('、')}`;
    }
    case 'too_big':
      return `${i.origin === 'string' || i.origin === 'array' ? '过长' : '过大'}：${bound(i as never, i.maximum, true)}`;
    case 'too_small':
      if ((i.origin === 'string' || i.origin === 'array') && Number(i.minimum) === 1 && i.inclusive !== false) return '不能为空';
      return `${i.origin === 'string' || i.origin === 'array' ? '过短' : '过小'}：${bound(i as never, i.minimum, false)}`;
    case 'invalid_format': {
      const f = String(i.format);
      if (f === 'starts_with') return `应以 ${shown(i.prefix)} 开头`;
      if (f === 'ends_with') return `应以 ${shown(i.suffix)} 结尾`;
      if (f === 'includes') return `应包含 ${shown(i.includes)}`;
      if (f === 'regex') return '格式不符';
      return `不是有效的${FORMAT_NAMES[f] ?? '格式'}`;
    }
    case 'not_multiple_of':
      return `应为 ${String(i.divisor)} 的倍数`;
    case 'unrecognized_keys':
      return `有无法识别的字段：${((i.keys as string[]) ?? []).join('、')}`;
    case 'invalid_key':
      return '含无效的键';
    case 'invalid_element':
      return '含无效的值';
    case 'invalid_union':
      return '不符合任何一种允许的格式';
    default:
      return '输入无效';
  }
};
