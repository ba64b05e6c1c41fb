import { z } from 'zod';
import { CreditClass } from './common';

/** Directed-draw filters (定向抽查条件), as the newer platforms offer them. */
export const DirectedFilters = z.object({
  types: z.array(z.string()).optional().describe('企业类型'),
  industries: z.array(z.string()).optional().describe('行业'),
  regions: z.array(z.string()).optional().describe('区域'),
  registrationOffices: z.array(z.string()).optional().describe('登记机关'),
  scales: z.array(z.string()).optional().describe('规模'),
  creditClasses: z.array(CreditClass).optional().describe('信用风险分类'),
  flags: z
    .object({
      abnormal: z.boolean().optional(),
      dishonest: z.boolean().optional(),
      seriousViolation: z.boolean().optional(),
      complaint: z.boolean().optional(),
    })
    .optional()
    .describe('是否异常名录 etc.'),
});
export type DirectedFilters = z.infer<typeof DirectedFilters>;

/** Names of the filters that actually restrict something (an empty list restricts nothing). */
export function activeFilters(f: DirectedFilters | undefined): string[] {
  if (!f) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(f)) {
    if (Array.isArray(v) ? v.length > 0 : v && Object.values(v).some((x) => x !== undefined)) out.push(k);
  }
  return out;
}
