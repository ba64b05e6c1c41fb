import type { Severity } from './types';

/**
 * How a clause's words set a rule's severity (docs/policy/RULES.md "Severity"): a duty with no
 * escape (应当, 必须, 不得, 要…, an accountability case, a definition) is an error; 原则上 or a
 * stated escape (未经批准, 特殊情况…) is a warning; a permission or encouragement (可以, 鼓励…)
 * is advice. Each rule names the words of its quote that decide (SEVERITY_BASIS) and the table
 * test of every rule holds the rule's severity to them.
 */
export type Reading = 'duty' | 'accountability' | 'definition' | 'in-principle' | 'escape' | 'stated' | 'permission';

export const READING_SEVERITY: Record<Reading, Severity> = {
  duty: 'error',
  accountability: 'error',
  definition: 'error',
  'in-principle': 'warn',
  escape: 'warn',
  stated: 'warn',
  permission: 'info',
};

export const READING_LABEL: Record<Reading, { zh: string; en: string }> = {
  duty: { zh: '义务性用语（应当、必须、不得、要）', en: 'a duty (应当, 必须, 不得, 要)' },
  accountability: { zh: '追责情形（“应当被追责”）', en: 'an accountability case (应当被追责)' },
  definition: { zh: '定义（为、是指、包括、视为）', en: 'a definition (为, 是指, 包括, 视为)' },
  'in-principle': { zh: '“原则上”', en: '原则上 (in principle)' },
  escape: { zh: '留有余地（例外或酌定）', en: 'an escape (an exception or discretion)' },
  stated: { zh: '陈述而无义务性用语', en: 'stated without a modal' },
  permission: { zh: '许可或鼓励（可以、可、鼓励、兼顾）', en: 'a permission or encouragement (可以, 可, 鼓励, 兼顾)' },
};

export interface SeverityBasis {
  /** Which of the rule's citations holds the words. */
  cite: number;
  /** The words of the quote that decide; the quote must contain them. */
  words: string;
  reading: Reading;
}

/** For every rule: the words of its quote that set its severity. */
export const SEVERITY_BASIS: Record<string, SeverityBasis> = {
  'plan.joint.max-departments': { cite: 0, words: '原则上', reading: 'in-principle' },
  // The parenthesis 「（联合抽查部门原则上不超过5个，检查人员不超过10人）」 is one limit under one 原则上.
  'plan.joint.max-inspectors': { cite: 0, words: '原则上', reading: 'in-principle' },
  'plan.joint.lead-department': { cite: 0, words: '的部门为牵头部门', reading: 'definition' },
  'plan.joint.responders-consulted': { cite: 0, words: '牵头部门应', reading: 'duty' },
  'plan.item.in-list': { cite: 1, words: '一律不得', reading: 'duty' },
  'plan.item.has-basis': { cite: 1, words: '清单应包括', reading: 'duty' },
  'plan.rate.general-bounds': { cite: 0, words: '原则上', reading: 'in-principle' },
  'plan.rate.key-minimum': { cite: 0, words: '原则上', reading: 'in-principle' },
  'plan.rate.key-batch-order': { cite: 0, words: '可通过', reading: 'permission' },
  'plan.schedule.end-by': { cite: 0, words: '要截止于', reading: 'duty' },
  'plan.schedule.annual-due': { cite: 0, words: '应于', reading: 'duty' },
  'plan.schedule.halves': { cite: 0, words: '兼顾', reading: 'permission' },
  'plan.temporary.basis': { cite: 0, words: '必须', reading: 'duty' },
  'plan.nonrandom.exemption': { cite: 1, words: '应启动', reading: 'duty' },
  'plan.nonrandom.campaign-label': { cite: 0, words: '重点整顿规范', reading: 'duty' },
  'plan.duplicate.cross-level': { cite: 0, words: '未经批准', reading: 'escape' },
  'plan.schedule.in-year': { cite: 0, words: '每年初编制', reading: 'stated' },
  'plan.frequency.entity-limit': { cite: 0, words: '原则上', reading: 'in-principle' },
  // The same Changchun sentence as plan.rate.general-bounds, under the same 原则上.
  'plan.rate.below-every-minimum': { cite: 0, words: '原则上', reading: 'in-principle' },
  // Full inspection is the text's stated exception to random checks (遇到重大活动保障、重要专项整治): its grounds are to be given.
  'plan.rate.full-inspection': { cite: 0, words: '遇到重大活动保障、重要专项整治', reading: 'escape' },
  'plan.single-random.fallback': { cite: 0, words: '暂不具备的，可暂', reading: 'escape' },
  'strategy.initiator-only': { cite: 0, words: '不能', reading: 'duty' },
  'strategy.libraries-ready': { cite: 0, words: '要有', reading: 'duty' },
  'strategy.credit-classified': { cite: 0, words: '必须', reading: 'duty' },
  'strategy.risk-rate-order': { cite: 0, words: '应适当', reading: 'escape' },
  'strategy.directed-filters': { cite: 0, words: '是指', reading: 'definition' },
  'strategy.min-inspectors-per-object': { cite: 0, words: '不得少于', reading: 'duty' },
  'strategy.inspector-in-registry': { cite: 0, words: '不得超出', reading: 'duty' },
  // A permission (可) given only on a condition (在满足…的基础上): the condition is the duty.
  'strategy.experts-extra': { cite: 0, words: '在满足执法检查人数要求的基础上', reading: 'duty' },
  'strategy.recusal': { cite: 1, words: '应当依法回避', reading: 'duty' },
  'strategy.entity-frequency': { cite: 0, words: '原则上', reading: 'in-principle' },
  'strategy.registry-coverage': { cite: 0, words: '不得增减', reading: 'duty' },
  'strategy.traceable': { cite: 1, words: '确保', reading: 'duty' },
  'result.notify-object': { cite: 0, words: '未按要求', reading: 'accountability' },
  'result.upload-same-day': { cite: 0, words: '特殊情况的', reading: 'escape' },
  'result.publish-deadline': { cite: 1, words: '依法予以公示', reading: 'duty' },
  'result.display-period': { cite: 0, words: '公示期', reading: 'stated' },
  'result.unpublished-is-undone': { cite: 0, words: '视为', reading: 'definition' },
  'result.category': { cite: 0, words: '包括', reading: 'definition' },
  'result.joint-record-signed': { cite: 0, words: '应当', reading: 'duty' },
  'result.referral': { cite: 0, words: '依法移送', reading: 'duty' },
  'annual.joint-per-department': { cite: 0, words: '应开展', reading: 'duty' },
  'annual.joint-share': { cite: 0, words: '要达到', reading: 'duty' },
  'annual.plan-complete': { cite: 0, words: '不得', reading: 'duty' },
  'annual.registry-filed': { cite: 0, words: '要到', reading: 'duty' },
  'annual.item-list-on-platform': { cite: 0, words: '未按要求', reading: 'accountability' },
  // Lists ending in 等 (等信息, 业务专长等): what they name is expected, not exhaustive.
  'registry.object-fields': { cite: 0, words: '等信息', reading: 'escape' },
  'registry.inspector-fields': { cite: 0, words: '业务专长等', reading: 'escape' },
};

export const severityOfReading = (r: Reading): Severity => READING_SEVERITY[r];
