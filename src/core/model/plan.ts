import { z } from 'zod';
import { Approval, Id, IsoDate, labelledEnum, Year } from './common';
import { Participant } from './department';
import { PlanItem } from './plan-item';
import { DirectedFilters } from './filters';
import { Scope, Task } from './task';
import { Batches, CreditStatement, LevelPair } from './table-terms';

export const PlanKind = labelledEnum(['annual', 'temporary'], { annual: '年度抽查计划', temporary: '临时抽查计划' });
export type PlanKind = z.infer<typeof PlanKind>;

/** Grounds on which a check may be done without random sampling. */
export const NonRandomGround = labelledEnum(
  ['complaint', 'referral', 'data-monitoring', 'higher-level', 'major-event', 'special-rectification'],
  {
    complaint: '投诉举报',
    referral: '转办交办',
    'data-monitoring': '数据监测',
    'higher-level': '上级部门专项要求',
    'major-event': '重大活动保障',
    'special-rectification': '重要专项整治',
  },
);
export type NonRandomGround = z.infer<typeof NonRandomGround>;

/** 双随机 (both drawn), or a single-random fallback drawing only objects or only inspectors. */
export const RandomMode = labelledEnum(['double', 'objects-only', 'inspectors-only'], {
  double: '双随机',
  'objects-only': '仅随机抽取检查对象',
  'inspectors-only': '仅随机选派检查人员',
});

/** 抽查计划 (年度抽查工作计划 or 临时抽查计划). */
export const Plan = z.object({
  id: Id,
  name: z.string().min(1).describe('抽查计划名称'),
  year: Year.describe('抽查计划年度'),
  kind: PlanKind.default('annual'),
  scope: Scope.default('own').describe('抽查计划类型: 本部门 / 跨部门'),
  participants: z.array(Participant).default([]).describe('抽查计划部门: the lead and responding departments'),
  responsibleUnit: z.string().optional().describe('责任单位（牵头处室）'),
  documentNumber: z.string().optional().describe('发文文号'),
  start: IsoDate.optional().describe('计划活动期限 start'),
  end: IsoDate.optional().describe('计划活动期限 end'),
  filedOn: IsoDate.optional().describe('the day the plan was completed and filed (编制完成/备案)'),
  directed: z.boolean().optional().describe('抽查类型: 定向 (true) / 不定向 (false)'),
  filters: DirectedFilters.optional(),
  levels: z.array(LevelPair).optional().describe('抽查层级 / 抽查检查模式'),
  credit: CreditStatement.optional(),
  batches: Batches.optional(),
  items: z.array(PlanItem).default([]),
  /** Inspectors the plan assigns in total, when the plan states them before tasks exist. */
  inspectorIds: z.array(Id).optional(),
  randomMode: RandomMode.default('double'),
  singleRandomFallback: z
    .object({ declared: z.boolean(), temporary: z.boolean().optional(), reason: z.string().optional() })
    .optional()
    .describe('a declared temporary fallback to single-random sampling'),
  temporary: z
    .object({
      legalBasis: z.string().optional(),
      random: z.boolean().optional(),
      approval: Approval.optional(),
    })
    .optional()
    .describe('for a temporary plan: its legal basis, whether it is random, and its approval/filing'),
  nonRandom: z
    .object({ ground: NonRandomGround.optional(), groundText: z.string().optional(), approval: Approval.optional() })
    .optional()
    .describe('present when the check is not done by random sampling'),
  /** 专项整治 / 联合行动 and similar campaign names the plan runs under. */
  campaign: z.string().optional(),
  tasks: z.array(Task).default([]),
});
export type Plan = z.infer<typeof Plan>;
export type PlanInput = z.input<typeof Plan>;
