import { z } from 'zod';
import { CreditClass, Id } from './common';

/** A record of the object registry (检查对象名录库). */
export const ObjectRecord = z
  .object({
    id: Id.describe('stable key: the USCC, registration number or ID number'),
    uscc: z.string().optional().describe('统一社会信用代码/注册号'),
    idNumber: z.string().optional().describe('身份证号 (individual businesses)'),
    name: z.string().optional().describe('企业名称'),
    address: z.string().optional().describe('住所'),
    personInCharge: z.string().optional().describe('法定代表人/负责人'),
    contact: z.string().optional().describe('联系电话'),
    type: z.string().optional().describe('企业类型'),
    industry: z.string().optional().describe('行业'),
    region: z.string().optional().describe('区域/管辖单位'),
    registrationOffice: z.string().optional().describe('登记机关'),
    scale: z.string().optional().describe('规模'),
    establishedOn: z.string().optional().describe('成立日期'),
    creditClass: CreditClass.optional().describe('信用风险分类'),
    flags: z
      .object({
        abnormal: z.boolean().optional().describe('是否进入异常名录'),
        dishonest: z.boolean().optional().describe('失信'),
        seriousViolation: z.boolean().optional().describe('严重违法失信'),
        complaint: z.boolean().optional().describe('投诉举报'),
      })
      .default({}),
    specialIndustry: z.boolean().optional().describe('food/drug, production safety, public safety, environment'),
    checksThisYear: z.number().int().min(0).default(0).describe('一年内被抽查次数'),
  })
  .describe('检查对象');
export type ObjectRecord = z.infer<typeof ObjectRecord>;

/** High-risk objects are exempt from the frequency cap (nantong-tongzhou-2016 §三(二)4). */
export function isHighRisk(o: ObjectRecord): boolean {
  const f = o.flags ?? {};
  return o.creditClass === 'D' || !!(f.abnormal || f.dishonest || f.seriousViolation || f.complaint);
}
