import { z } from 'zod';
import { Id, labelledEnum } from './common';

export const ItemKind = labelledEnum(['key', 'general'], { key: '重点检查事项', general: '一般检查事项' });
export type ItemKind = z.infer<typeof ItemKind>;

/** An entry of the published random-check item list (随机抽查事项清单). */
export const CheckItem = z.object({
  id: Id.describe('编号'),
  name: z.string().min(1).describe('抽查事项名称'),
  subItem: z.string().optional().describe('抽查子项'),
  kind: ItemKind,
  legalBasis: z.string().optional().describe('抽查依据'),
  subject: z.string().optional().describe('抽查主体'),
  objectType: z.string().optional().describe('抽查对象'),
  content: z.string().optional().describe('抽查内容'),
  method: z.string().optional().describe('抽查方式'),
  departmentId: Id.optional(),
  /** Whether the item is on the list entered on the platform (清单之外无监管). */
  inList: z.boolean().optional(),
  /** Objects of this item are market entities, so draws are credit-classified. */
  marketEntities: z.boolean().optional(),
  /** food/drug safety, production safety, public safety, environmental protection. */
  specialIndustry: z.boolean().optional(),
});
export type CheckItem = z.infer<typeof CheckItem>;
