import { z } from 'zod';
import { CreditClass, DirectedFilters, Id, Percent, QuantityMode } from '../model';

/** One item row of a strategy template: which library, fixed count or ratio, and the target. */
export const TemplateItem = z.strictObject({
  itemId: Id.describe('检查事项编号'),
  libraryId: z.string().optional().describe('对应的检查对象抽取库'),
  quantityMode: QuantityMode.default('ratio'),
  target: z.number().min(0).describe('户数 (fixed) or % (ratio)'),
});
export type TemplateItem = z.infer<typeof TemplateItem>;

/**
 * A saved strategy (添加策略) a department fills in again and again: per-class rates, directed
 * filters, inspectors per object and per-item rates. Applied through a fill-script, never directly.
 */
export const StrategyTemplate = z.strictObject({
  id: z.string().min(1).max(100).optional(),
  name: z.string().trim().min(1).max(100).describe('模板名称'),
  /** The department that saved it: templates are kept and offered per department. */
  department: z.string().trim().min(1).max(100).describe('部门'),
  directed: z.boolean().optional(),
  filters: DirectedFilters.optional(),
  creditClassRates: z.partialRecord(CreditClass, Percent).optional(),
  inspectorsPerObject: z.number().int().min(1).max(20).optional(),
  items: z.array(TemplateItem).default([]),
  savedAt: z.string().optional(),
});
export type StrategyTemplate = z.infer<typeof StrategyTemplate>;
export type StrategyTemplateInput = z.input<typeof StrategyTemplate>;
