/**
 * The rules the liaison view shows, in the order of the list: the year's and department's
 * obligations a liaison officer answers for. Each must exist in the rule registry (tested).
 */
export const LIAISON_RULES = [
  'annual.joint-per-department',
  'annual.joint-share',
  'plan.schedule.annual-due',
  'plan.schedule.end-by',
  'result.upload-same-day',
  'result.publish-deadline',
  'result.unpublished-is-undone',
  'annual.plan-complete',
  'strategy.entity-frequency',
  'plan.rate.general-bounds',
  'plan.rate.key-minimum',
  'plan.temporary.basis',
  'annual.item-list-on-platform',
  'annual.registry-filed',
] as const;

export type LiaisonRuleId = (typeof LIAISON_RULES)[number];

/** Short Chinese / English column titles (also the report's sheet names: ≤ 31 chars, no []:*?/\). */
export const RULE_TITLES: Record<LiaisonRuleId, { zh: string; en: string }> = {
  'annual.joint-per-department': { zh: '联合抽查次数', en: 'Joint checks' },
  'annual.joint-share': { zh: '联合抽查占比', en: 'Joint share' },
  'plan.schedule.annual-due': { zh: '年度计划按时编制', en: 'Annual plan due' },
  'plan.schedule.end-by': { zh: '任务11月30日前截止', en: 'Ends by 30 Nov' },
  'result.upload-same-day': { zh: '结果当日录入', en: 'Upload same day' },
  'result.publish-deadline': { zh: '20个工作日内公示', en: 'Published in time' },
  'result.unpublished-is-undone': { zh: '已查未公示', en: 'Done but unpublished' },
  'annual.plan-complete': { zh: '年度计划完成', en: 'Plan complete' },
  'strategy.entity-frequency': { zh: '同一主体抽查频次', en: 'Entity frequency' },
  'plan.rate.general-bounds': { zh: '一般事项抽查比例', en: 'General item rate' },
  'plan.rate.key-minimum': { zh: '重点事项抽查比例', en: 'Key item rate' },
  'plan.temporary.basis': { zh: '临时计划依据', en: 'Temporary plan basis' },
  'annual.item-list-on-platform': { zh: '事项清单录入平台', en: 'Item list on platform' },
  'annual.registry-filed': { zh: '人员名录库备案', en: 'Registry filed' },
};
