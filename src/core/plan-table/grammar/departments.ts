import { normalise, ok, refuse, type CellRead } from './normalise';

/** One department named in a cell; `anyOf` when the cell offers alternatives (文化和旅游或卫生健康或宣传部门). */
export interface DepartmentName {
  name: string;
  anyOf?: string[];
  /** the published table masks the name (****管理局): kept as written, never merged with another */
  masked?: boolean;
  /** words in brackets after the name that are not part of it (检查电影院时宣传部门发起) */
  note?: string;
}

const SHARED_SUFFIX = /(部门|机构|单位|主管部门)$/;
const OWN_SUFFIX = /(部门|机构|单位|局|委|委员会|办|办公室|中心|队|所|站|院|会|厅|处|科|股|室|政府|公司|组|部)$/;
const LEVEL_ONLY = /^(省|市|县|区|乡|镇|省级|市级|县级|区级|县\(市、区\)|县\(区\)|县\(市\)|区\(县\))$/;
const LEVEL_PREFIX = /^(省级|市级|县级|区级|省|市|县\(市、区\)|县\(区\)|县\(市\)|县|区)/;

/** Split on 、，,;； spaces and line breaks, but never inside brackets: 县(市、区)粮食行政管理部门 stays whole. */
function splitOutsideBrackets(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(' || ch === '（' || ch === '【' || ch === '[') depth++;
    if (ch === ')' || ch === '）' || ch === '】' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,;；\s]/.test(ch)) {
      if (cur.trim()) parts.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur.trim());
  return parts;
}

/**
 * Read a department cell: names separated by 、 ， ; spaces or line breaks, brackets kept whole,
 * shared suffixes expanded (人力资源和社会保障、市场监管部门 → two departments; 市、县(市、区)粮食行政管理部门 →
 * 市粮食行政管理部门 and 县(市、区)粮食行政管理部门), alternatives (A或B或C部门) as one entry with anyOf, masked
 * names (****管理局) kept as written.
 */
export function parseDepartments(raw: string): CellRead<DepartmentName[]> {
  const s = normalise(raw).replace(/\s*或\s*/g, '或');
  if (!s || /^[—/无-]+$/.test(s)) return refuse('空白', 'empty');
  const names = splitOutsideBrackets(s);
  // Expand from the right: an element lacking a suffix takes the one of the next element that has it.
  for (let i = names.length - 2; i >= 0; i--) {
    const next = names[i + 1];
    if (LEVEL_ONLY.test(names[i])) {
      const rest = next.replace(LEVEL_PREFIX, '');
      if (rest !== next && rest) names[i] = names[i] + rest;
    } else if (!OWN_SUFFIX.test(names[i].replace(/\(.*\)$/, '')) && !/\*/.test(names[i])) {
      const suffix = SHARED_SUFFIX.exec(next.replace(/\(.*\)$/, ''))?.[1];
      if (suffix) names[i] = names[i] + suffix;
    }
  }
  const out: DepartmentName[] = names.map((n) => {
    const note = /^(.*?[^(]+?)\((.*)\)$/.exec(n);
    const name = note && OWN_SUFFIX.test(note[1]) ? note[1] : n;
    const entry: DepartmentName = { name };
    if (note && name !== n) entry.note = note[2];
    if (/\*/.test(name)) entry.masked = true;
    if (/或/.test(name)) {
      const alts = name.split('或').map((x) => x.trim()).filter(Boolean);
      const suffix = SHARED_SUFFIX.exec(alts[alts.length - 1])?.[1];
      entry.anyOf = alts.map((a) => (!OWN_SUFFIX.test(a) && suffix ? a + suffix : a));
    }
    return entry;
  });
  return out.length ? ok(out) : refuse(`「${raw.trim()}」中没有部门名称`, `no department in "${raw.trim()}"`);
}
