import { z } from 'zod';
import { CreditClass, Id, labelledEnum, Percent } from './common';
import { DirectedFilters } from './filters';

export const QuantityMode = labelledEnum(['fixed', 'ratio'], { fixed: '全部固定', ratio: '全部比例' });

/** One row of the strategy table: an item, its object library and the target. */
export const StrategyEntry = z.object({
  itemId: Id.describe('任务涉及的检查事项'),
  libraryId: z.string().optional().describe('对应的检查对象抽取库'),
  librarySize: z.number().int().min(0).optional().describe('抽取库主体户数'),
  quantityMode: QuantityMode.default('ratio').describe('抽取数量方式'),
  /** A count when fixed, a percent when ratio. */
  target: z.number().min(0).optional().describe('抽取目标 (户数 or %)'),
});
export type StrategyEntry = z.infer<typeof StrategyEntry>;

/** A task's strategy (添加策略 / 抽查检查对象名单抽取). */
export const Strategy = z.object({
  addedBy: Id.optional().describe('the department that added the strategy'),
  mode: labelledEnum(['special-library', 'selected-list'], { 'special-library': '按专项库抽取', 'selected-list': '按选取名单抽取' }).optional(),
  entries: z.array(StrategyEntry).default([]),
  marketEntities: z.boolean().optional().describe('the objects are market entities (市场主体)'),
  creditClassRates: z.partialRecord(CreditClass, Percent).optional().describe('rate per credit-risk class (%)'),
  /** Rate for objects with complaints, abnormal-list, dishonesty or serious-violation records. */
  flaggedRate: Percent.optional(),
  directed: z.boolean().optional().describe('定向 (true) or 不定向 (false)'),
  filters: DirectedFilters.optional(),
  inspectorsPerObject: z.number().int().min(0).optional().describe('每户检查对象配置检查人员 n 个'),
  /** What the object library covers against the regulated population of the item. */
  coverage: z
    .object({
      regulatedObjects: z.number().int().min(0).optional(),
      libraryObjects: z.number().int().min(0).optional(),
      added: z.number().int().min(0).optional(),
      removed: z.number().int().min(0).optional(),
    })
    .optional(),
});
export type Strategy = z.infer<typeof Strategy>;
