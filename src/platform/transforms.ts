/**
 * Values as platforms write them, to the model's values: lists joined in one input, dates in the
 * forms platforms show, numbers with their units, Chinese words for the model's enums. Pure, so each
 * form is tested in a table (tests/platform/transforms.test.ts). A value that cannot be read says why.
 */
import type { ValueType } from './vocabulary';

export type Value = string | number | boolean | string[];
export type Coerced = { ok: true; value: Value } | { ok: false; reason: { zh: string; en: string } };

const BRACKETS: Record<string, string> = { '(': ')', '（': '）', '[': ']', '【': '】', '《': '》', '〔': '〕', '「': '」', '{': '}' };

/** Split on any of the separators, keeping bracketed parts whole ("A（甲,乙）,B" → ["A（甲,乙）", "B"]). */
export function splitList(s: string, separators = ',，、;；|'): string[] {
  const out: string[] = [];
  const open: string[] = [];
  let cur = '';
  for (const ch of s) {
    if (BRACKETS[ch]) open.push(BRACKETS[ch]);
    else if (open.length && ch === open[open.length - 1]) open.pop();
    if (!open.length && separators.includes(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter(Boolean);
}

const FULL_WIDTH = /[０-９．]/g;
const halfWidth = (s: string) => s.replace(FULL_WIDTH, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

/**
 * A day as platforms write it: 2025-12-05, 2025/12/05, 2025.12.5, 2025年12月5日, 20251205, each
 * optionally followed by a time (09:30, 9时30分). Returns YYYY-MM-DD, or undefined when it is not a
 * real day.
 */
export function parseDate(raw: string): string | undefined {
  const s = halfWidth(raw.trim());
  const m = s.match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}\s*[:时]\s*\d{1,2}(?:\s*[:分]\s*\d{1,2}\s*秒?)?\s*分?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/) ?? s.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A number with the units platforms put beside it: 25%, 300户, 12家, 1,200, 5 个. */
export function parseNumber(raw: string): number | undefined {
  const s = halfWidth(raw.trim()).replace(/[,，\s]/g, '').replace(/(%|％|户|家|个|人|次|项)$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/** Chinese words platforms show for the model's values (used when the adapter maps nothing). */
const WORDS: Partial<Record<ValueType, Record<string, string | boolean>>> = {
  boolean: { 是: true, 否: false, true: true, false: false, 定向: true, 不定向: false },
  scope: { 本部门: 'own', 跨部门: 'joint', 本部门双随机抽查: 'own', 跨部门双随机抽查: 'joint', 联合: 'joint', own: 'own', joint: 'joint' },
  planKind: { 年度: 'annual', 年度抽查计划: 'annual', 年度抽查工作计划: 'annual', 临时: 'temporary', 临时抽查计划: 'temporary', 临时任务: 'temporary', annual: 'annual', temporary: 'temporary' },
  itemKind: { 重点: 'key', 一般: 'general', 重点检查事项: 'key', 一般检查事项: 'general', key: 'key', general: 'general' },
  quantityMode: { 固定: 'fixed', 比例: 'ratio', 全部固定: 'fixed', 全部比例: 'ratio', fixed: 'fixed', ratio: 'ratio' },
  strategyMode: { 按专项库抽取: 'special-library', 按选取名单抽取: 'selected-list', 'special-library': 'special-library', 'selected-list': 'selected-list' },
};

const refuse = (zh: string, en: string): Coerced => ({ ok: false, reason: { zh, en } });

/** A value read from the page (already mapped by the adapter) as the model's type. */
export function coerce(type: ValueType, v: Value): Coerced {
  if (type === 'list') {
    const list = Array.isArray(v) ? v.map(String) : splitList(String(v));
    return { ok: true, value: list.map((x) => x.trim()).filter(Boolean) };
  }
  if (Array.isArray(v)) {
    if (v.length !== 1) return refuse(`应为一个值，读到 ${v.length} 个：${v.join('、')}`, `one value expected, read ${v.length}: ${v.join(', ')}`);
    v = v[0];
  }
  const s = String(v).trim();
  switch (type) {
    case 'text':
      return { ok: true, value: s };
    case 'date': {
      const d = parseDate(s);
      return d ? { ok: true, value: d } : refuse(`日期「${s}」无法识别`, `date "${s}" not understood`);
    }
    case 'year': {
      const m = halfWidth(s).match(/^(\d{4})\s*年?(度)?$/);
      return m ? { ok: true, value: Number(m[1]) } : refuse(`年度「${s}」无法识别`, `year "${s}" not understood`);
    }
    case 'number':
    case 'percent':
    case 'count': {
      const n = typeof v === 'number' ? v : parseNumber(s);
      if (n === undefined || n < 0) return refuse(`数值「${s}」无法识别`, `number "${s}" not understood`);
      if (type === 'count' && !Number.isInteger(n)) return refuse(`户数「${s}」不是整数`, `count "${s}" is not a whole number`);
      return { ok: true, value: n };
    }
    default: {
      if (typeof v === 'boolean' && type === 'boolean') return { ok: true, value: v };
      const words = WORDS[type] ?? {};
      const hit = words[s];
      if (hit !== undefined) return { ok: true, value: hit };
      const allowed = [...new Set(Object.values(words).map(String))].join(' / ');
      return refuse(`值「${s}」不是可识别的取值（${allowed}），请在适配器的 map 中对应`, `value "${s}" is none of ${allowed}; map it in the adapter's map`);
    }
  }
}
