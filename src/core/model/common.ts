import { z } from 'zod';

/** A text in both languages the product speaks. */
export const Bilingual = z.object({ zh: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof Bilingual>;

export const Id = z.string().trim().min(1);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (the check IsoDate makes; also used where a million dates are read). */
export function isIsoDate(s: string): boolean {
  let ok = seenDates.get(s);
  if (ok === undefined) {
    const m = ISO_DATE.exec(s);
    const d = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    ok = !!m && !!d && d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
    if (seenDates.size > 20_000) seenDates.clear();
    seenDates.set(s, ok);
  }
  return ok;
}
// A year of a million results holds a few hundred distinct dates: each is judged once.
const seenDates = new Map<string, boolean>();

/** A calendar day as YYYY-MM-DD; the platform has no times on plan and result dates. */
export const IsoDate = z.string().refine(isIsoDate, {
  message: 'invalid date',
  params: { zh: '日期无效，应为 YYYY-MM-DD 格式的真实日期', en: 'invalid date: expected a real date as YYYY-MM-DD' },
});
export type IsoDate = z.infer<typeof IsoDate>;

/** A month-day such as "11-30" (end-by) or "04-01" (annual plan due). */
export const MonthDay = z.string().refine((s) => /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(s), {
  message: 'invalid month-day',
  params: { zh: '月日无效，应为 MM-DD', en: 'invalid month-day: expected MM-DD' },
});
export type MonthDay = z.infer<typeof MonthDay>;

/** Rates are kept in percent as the platform shows them ("抽查比例 5%"), so 3% is exactly 3. */
export const Percent = z.number().min(0).max(100);
export type Percent = z.infer<typeof Percent>;

export const Year = z.number().int().min(2000).max(2100);

export const CREDIT_CLASSES = ['A', 'B', 'C', 'D'] as const;
/** National credit-risk classes: A low, B general, C higher, D high. */
export const CreditClass = z.enum(CREDIT_CLASSES);
export type CreditClass = z.infer<typeof CreditClass>;

/**
 * An enum stored as stable codes that also accepts the platform's Chinese label,
 * so files exported or typed by staff ("跨部门") parse as well as ("joint").
 */
export function labelledEnum<const C extends readonly [string, ...string[]]>(
  codes: C,
  labels: { [K in C[number]]: string },
) {
  const byLabel = new Map<string, C[number]>(Object.entries(labels).map(([code, label]) => [label as string, code]));
  const accepted = [...codes, ...byLabel.keys()] as [string, ...string[]];
  return z.enum(accepted).transform((v) => (byLabel.get(v) ?? v) as C[number]);
}

/** Who did what, for an evidence or approval record (审批 / 备案). */
export const Approval = z.object({
  by: z.string().min(1).describe('approving or filing body (审批/备案机关)'),
  on: IsoDate.optional(),
  reference: z.string().optional().describe('document number (文号)'),
});
export type Approval = z.infer<typeof Approval>;
