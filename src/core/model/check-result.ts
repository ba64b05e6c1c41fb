import { z } from 'zod';
import { Id, IsoDate, labelledEnum } from './common';

/** The nine result categories of shenzhen-2018 §二(三)4, codes in the order the text lists them. */
export const RESULT_CATEGORY_LABELS = {
  'no-problem': '未发现问题',
  'not-publicised': '未按规定公示应当公示的信息',
  'false-publicity': '公示信息隐瞒真实情况弄虚作假',
  unreachable: '通过登记的住所（经营场所）无法联系',
  'ordered-to-correct': '发现问题已责令改正',
  'non-cooperation': '不配合检查情节严重',
  'no-activity': '未发现开展本次抽查涉及的经营活动',
  'pending-follow-up': '发现问题待后续处理',
  other: '其他',
} as const;
export const RESULT_CATEGORIES = Object.keys(RESULT_CATEGORY_LABELS) as [keyof typeof RESULT_CATEGORY_LABELS, ...(keyof typeof RESULT_CATEGORY_LABELS)[]];
export type ResultCategory = keyof typeof RESULT_CATEGORY_LABELS;

export const CheckMethod = labelledEnum(['on-site', 'documents', 'other-department', 'testing', 'online', 'commissioned'], {
  'on-site': '实地检查',
  documents: '书面检查',
  'other-department': '行政部门检查结果或专业意见',
  testing: '检验检测',
  online: '网络监测',
  commissioned: '委托专业机构辅助',
});

/**
 * One object's check result (市场监管领域随机抽查情况记录表). `category` is kept as text,
 * not an enum, so that a result outside the nine is a finding (result.category), not a parse error.
 */
export const CheckResult = z.object({
  objectId: Id,
  objectName: z.string().optional(),
  category: z.string().optional().describe('检查结果: one of the 9 categories (code or Chinese label)'),
  method: CheckMethod.optional().describe('核查方式'),
  inspectorIds: z.array(Id).default([]).describe('检查人员'),
  checkedOn: IsoDate.optional().describe('检查日期 (the day the check ended)'),
  uploadedOn: IsoDate.optional().describe('结果录入平台日期'),
  uploadDelayReason: z.string().optional().describe('why the upload was not the same day (特殊情况)'),
  publishedOn: IsoDate.optional().describe('公示日期'),
  displayedUntil: IsoDate.optional().describe('公示截止日期'),
  notifiedInAdvance: z.boolean().optional().describe('告知检查事项、内容和标准'),
  recordSignedBy: z.array(Id).optional().describe('inspectors who signed the 双随机抽查记录表'),
  referral: z
    .object({
      needed: z.boolean().describe('problems outside the department powers, or suspected crimes'),
      done: z.boolean().optional(),
      to: z.string().optional(),
    })
    .optional(),
});
export type CheckResult = z.infer<typeof CheckResult>;

/** Map a code or a label to its code, or undefined when it is neither. */
export function resultCategoryCode(value: string | undefined): ResultCategory | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (v in RESULT_CATEGORY_LABELS) return v as ResultCategory;
  const hit = Object.entries(RESULT_CATEGORY_LABELS).find(([, label]) => label === v);
  return hit?.[0] as ResultCategory | undefined;
}
