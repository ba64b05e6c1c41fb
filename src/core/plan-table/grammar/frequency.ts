import { normalise, ok, refuse, smallNumber, type CellRead } from './normalise';
import type { Bound } from './rate';

const N = String.raw`(\d+|[一二两三四五六七八九十]+)`;
const PER_PERIOD: Array<[RegExp, number]> = [
  [/每(?:个)?月|按月/, 12],
  [/每(?:个)?季度?|按季/, 4],
  [/每半年/, 2],
  [/每周|每星期|按周/, 52],
  [/每天|每日|按天/, 365],
];

/**
 * Read how often a year the check runs: `2次/年`, `1次/年`, `不少于1次/年`, `每年2次`, `每月一次`, `=1`,
 * `>=1`, `至少2次`, `抽查1次`. Returns checks per year as a bound; a cell with no frequency is refused.
 */
export function parseFrequency(raw: string): CellRead<Bound> {
  const s = normalise(raw);
  if (!s) return refuse('空白', 'empty');
  // 1次/季度, 2次/月: times per period written after the count.
  const per = new RegExp(`^${N}\\s*次\\s*/\\s*(季度?|月|周|半年|天|日)$`).exec(s);
  if (per) {
    const n = smallNumber(per[1]);
    const perYear = { 季: 4, 季度: 4, 月: 12, 周: 52, 半年: 2, 天: 365, 日: 365 }[per[2]];
    if (n !== undefined && perYear) return ok({ exact: n * perYear });
  }
  for (const [re, perYear] of PER_PERIOD) {
    const m = re.exec(s);
    if (m) {
      const times = new RegExp(`(?:${re.source})\\s*${N}\\s*次`).exec(s);
      const n = times ? smallNumber(times[1]) ?? 1 : 1;
      return ok({ exact: perYear * n });
    }
  }
  const op = /^(=|≥|>|不少于|不低于|至少)\s*(\d+)\s*(?:次)?(?:\/年)?$/.exec(s);
  if (op) return ok(op[1] === '=' ? { exact: Number(op[2]) } : { min: op[1] === '>' ? Number(op[2]) + 1 : Number(op[2]) });
  const m = new RegExp(`(不少于|不低于|至少|不超过|不高于|最多)?\\s*(?:每年|全年|年度)?\\s*(?:抽查|检查)?\\s*${N}\\s*次(?:\\s*/\\s*年|每年)?`).exec(s);
  if (m) {
    const n = smallNumber(m[2]);
    if (n !== undefined) {
      if (m[1] && /不少于|不低于|至少/.test(m[1])) return ok({ min: n });
      if (m[1]) return ok({ max: n });
      return ok({ exact: n });
    }
  }
  return refuse(`「${raw.trim()}」中没有可读的抽查频次`, `no readable frequency in "${raw.trim()}"`);
}

/** The frequency part of a combined 抽查比例及频次 cell (`3%;2次/年`, `抽查比例不低于3%;抽查1次`), if any. */
export function frequencyText(raw: string): string | undefined {
  const s = normalise(raw);
  const m = /(?:不少于|至少)?\s*(?:每年|全年)?\s*(?:抽查|检查)?\s*(?:\d+|[一二两三])\s*次(?:\s*\/\s*年)?|每(?:个)?月\S*?次|每(?:个)?季度?\S*?次/.exec(s);
  return m?.[0];
}

/**
 * The frequency part of a combined 抽查比例及频次 cell: the words frequencyText finds, or else the clause
 * after the rate (`3%;1/` → `1/`, `抽查比例不低于10%;抽查1` → `抽查1`) so that the caller can report it;
 * undefined when the cell holds nothing but the rate.
 */
export function frequencyPart(raw: string): string | undefined {
  const found = frequencyText(raw);
  if (found) return found;
  const clauses = normalise(raw)
    .split(/[;；,，。]/)
    .map((x) => x.trim())
    .filter(Boolean);
  const rest = clauses.filter((c) => !/%|户|家|个|所/.test(c));
  return rest.length ? rest.join(';') : undefined;
}
