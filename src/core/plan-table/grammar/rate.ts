import { normalise, ok, refuse, type CellRead } from './normalise';

/** A rate in percent as a plan table states it: exactly, at least, at most, or between. */
export interface Bound {
  min?: number;
  max?: number;
  exact?: number;
}

/** One labelled part of a rate cell: per level (市级…30%) or per object class (三级…≥50%). */
export interface RatePart extends Bound {
  label: string;
}

export interface RateCell {
  /** the rate for the whole item, when the cell gives one */
  percent?: Bound;
  /** a number of objects (户/家/个…), with or without the library size */
  count?: Bound & { unit: string };
  librarySize?: number;
  parts?: RatePart[];
  /** "抽查比例之和": the rate is summed over levels or batches */
  summed?: boolean;
  /** the table leaves the rate to each level (由各级…自行确定) */
  delegated?: boolean;
}

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const RANGE = new RegExp(String.raw`${NUM}\s*%?\s*[—-]\s*${NUM}\s*%`);
const AT_LEAST = new RegExp(String.raw`(?:不低于|不少于|不得低于|至少|≥|>)\s*(?:[^\d%,;]{0,12}?的)?\s*${NUM}\s*%`);
const AT_MOST = new RegExp(String.raw`(?:不高于|不超过|不得高于|≤|<)\s*${NUM}\s*%`);
const PERCENT = new RegExp(String.raw`(=)?\s*${NUM}\s*%(\s*以上)?`);
const COUNT_RANGE = /(\d+)\s*[—-]\s*(\d+)\s*(户|家|个|所|人|批次)/;
// A count that is a condition (10所及以下的市, 超过10所的) is not the number drawn; 不少于2所 is a minimum.
const COUNT = /(不少于|不低于|至少)?\s*(\d+)\s*(户|家|个|所|人)(?!\s*(?:及以下|以下|以上|以内|的))/;
const BASE = /(?:基数|抽查基数)\s*[:：]?\s*(\d+)/;

/** The bound one stretch of text states, or undefined. */
function boundIn(s: string): Bound | undefined {
  const r = RANGE.exec(s);
  if (r) return { min: Number(r[1]), max: Number(r[2]) };
  const lo = AT_LEAST.exec(s);
  const hi = AT_MOST.exec(s);
  if (lo || hi) return { ...(lo ? { min: Number(lo[1]) } : {}), ...(hi ? { max: Number(hi[1]) } : {}) };
  const p = PERCENT.exec(s);
  if (p) return p[3] ? { min: Number(p[2]) } : { exact: Number(p[2]) };
  return undefined;
}

/** What a labelled part is about: the words before 抽查比例 / the bound, without the verbs around them. */
function partLabel(s: string): string {
  const before = s.split(/抽查比例|比例|不低于|不少于|不高于|不超过|≥|≤|\d/)[0];
  return before.replace(/^(原则上|每年|全年|其中)/, '').replace(/^(对|抽查|抽取)/, '').replace(/(抽查|抽取|检查)$/, '').trim();
}

/**
 * Read a rate cell: `3%`, `≥20%`, `不低于0.5%`, `10-20%`, `2%-5%`, `10% (20户)`, `1户`, `60-70家`,
 * `…抽查比例之和≥20%`, per level `市级…30%,县(区)级…50%`, per class `三级…≥50%,二级…≥30%`,
 * `原则上…不高于10%,由各级…自行确定`. Frequency words in the same cell are left to the frequency grammar.
 */
export function parseRate(raw: string): CellRead<RateCell> {
  const s = normalise(raw);
  if (!s) return refuse('空白', 'empty');
  const sign = /([A-Za-z])\s*\d+(?:\.\d+)?\s*%/.exec(s);
  if (sign) return refuse(`「${raw.trim()}」中比例前的「${sign[1]}」无法识别（可能是丢失的 ≥ 等符号）`, `unknown sign "${sign[1]}" before the rate in "${raw.trim()}" (a lost ≥?)`);
  const out: RateCell = {};
  if (/之和/.test(s)) out.summed = true;
  if (/自行确定|自定|按实际情况/.test(s)) out.delegated = true;
  const base = BASE.exec(s);
  if (base) out.librarySize = Number(base[1]);
  // 抽查基数474家 is the library's size, not the number drawn.
  const counted = s.replace(/(?:抽查)?基数\s*[:：]?\s*\d+\s*(?:户|家|个|所|人)?/g, '');
  const cr = COUNT_RANGE.exec(counted);
  const c = COUNT.exec(counted);
  if (cr) out.count = { min: Number(cr[1]), max: Number(cr[2]), unit: cr[3] };
  else if (c) out.count = c[1] ? { min: Number(c[2]), unit: c[3] } : { exact: Number(c[2]), unit: c[3] };

  // Several percentages in clauses of their own are parts (per level or class), unless one clause holds a range.
  const clauses = s.split(/[;,，；。]/).map((x) => x.trim()).filter((x) => /%/.test(x));
  const bounds = clauses.map((x) => ({ text: x, bound: boundIn(x) })).filter((x) => x.bound);
  const parts = bounds.map((b) => ({ label: partLabel(b.text), ...b.bound! }));
  // 不低于5%,不高于20%: two clauses with no label of their own bound one rate from both sides.
  const lo = parts.filter((p) => p.min !== undefined && p.max === undefined && p.exact === undefined);
  const hi = parts.filter((p) => p.max !== undefined && p.min === undefined && p.exact === undefined);
  if (parts.length === 2 && parts.every((p) => !p.label) && lo.length === 1 && hi.length === 1) out.percent = { min: lo[0].min, max: hi[0].max };
  else if (bounds.length > 1) out.parts = parts;
  else if (bounds.length === 1) out.percent = bounds[0].bound;
  if (!out.percent && !out.parts && !out.count)
    return refuse(`「${raw.trim()}」中没有可读的抽查比例或户数`, `no readable rate or count in "${raw.trim()}"`);
  return ok(out);
}

/** The lowest rate the cell commits to (its minimum or exact rate, or the lowest over its parts); undefined when none is stated. */
export function lowestCommitted(r: RateCell): number | undefined {
  const lows = [r.percent, ...(r.parts ?? [])].filter((b): b is Bound => !!b).map((b) => b.exact ?? b.min).filter((x): x is number => x !== undefined);
  return lows.length ? Math.min(...lows) : undefined;
}
