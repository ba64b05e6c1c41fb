import { z } from 'zod';
import { Id, Percent } from './common';
import { ItemKind } from './check-item';
import { FrequencyPerYear, RateBounds } from './table-terms';

/**
 * An item as a plan or task uses it: a reference to the item list plus the rate chosen here.
 * Fields copied from the list (kind, basis...) may be given inline when the list is not at hand.
 */
export const PlanItem = z.object({
  itemId: Id,
  name: z.string().optional(),
  kind: ItemKind.optional(),
  ratePercent: Percent.optional().describe('抽查比例 (%)'),
  fixedCount: z.number().int().min(0).optional().describe('固定抽取户数'),
  rate: RateBounds.optional(),
  frequency: FrequencyPerYear.optional(),
  legalBasis: z.string().optional(),
  subject: z.string().optional(),
  content: z.string().optional(),
  method: z.string().optional(),
  inList: z.boolean().optional(),
});
export type PlanItem = z.infer<typeof PlanItem>;
