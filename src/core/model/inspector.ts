import { z } from 'zod';
import { Id, labelledEnum } from './common';

/** The three registries inspectors may come from (changchun-chaoyang-2021 §三(五)). */
export const RegistryKind = labelledEnum(['civil-servant', 'qualified', 'supervisory'], {
  'civil-servant': '行政执法类公务员',
  qualified: '具备行政执法资格人员',
  supervisory: '日常从事监管工作人员',
});
export type RegistryKind = z.infer<typeof RegistryKind>;

/** A record of the inspector registry (执法检查人员名录库). */
export const Inspector = z.object({
  id: Id,
  name: z.string().optional().describe('姓名'),
  gender: z.string().optional().describe('性别'),
  position: z.string().optional().describe('担任职务'),
  licenceNumber: z.string().optional().describe('执法证号'),
  unit: z.string().optional().describe('工作单位'),
  departmentId: Id.optional().describe('业务部门'),
  registryKind: RegistryKind.optional(),
  expert: z.boolean().default(false).describe('是否专家'),
  thirdParty: z.boolean().default(false).describe('第三方专业技术人员'),
  expertise: z.array(z.string()).default([]).describe('业务专长'),
  /**
   * Known by name only (a page that shows no 执法证号 or 人员编码): `id` is the name, and two inspectors of the
   * same name are one record. Findings about them say so.
   */
  nameOnly: z.boolean().optional().describe('只知姓名（页面未显示编号）'),
  /** Object ids the inspector has declared a conflict of interest with (回避). */
  conflicts: z.array(Id).default([]),
  /** "失效人员不纳入检查执法人员抽取范围" */
  active: z.boolean().default(true),
});
export type Inspector = z.infer<typeof Inspector>;
