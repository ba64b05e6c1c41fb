/** The outcome of reading one cell: a value, or the reason it could not be read (the cell's text is kept by the caller). */
export type CellRead<T> = { ok: true; value: T } | { ok: false; reason: { zh: string; en: string } };

export const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });
export const refuse = (zh: string, en: string): CellRead<never> => ({ ok: false, reason: { zh, en } });

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/**
 * Cell text as the grammars read it: full-width ASCII folded (％ → %, （ → (, ０ → 0), the many dashes
 * and tildes as one "—", ≧/＞＝ as ≥, and line breaks and runs of spaces as one space.
 */
export function normalise(s: string): string {
  return s
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[‐‑‒–—―−~～〜]+|-{2,}/g, '—')
    .replace(/≧|>=/g, '≥')
    .replace(/≦|<=/g, '≤')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A small Chinese numeral (一 … 十二, 两) or digits as a number. */
export function smallNumber(s: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const digits: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? digits[m[1]] : 1) * 10 + (m[2] ? digits[m[2]] : 0);
  return s.length === 1 ? digits[s] : undefined;
}
