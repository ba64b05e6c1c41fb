import { z } from 'zod';
import { Id, IsoDate, labelledEnum } from './common';
import { Participant } from './department';
import { PlanItem } from './plan-item';
import { Strategy } from './strategy';
import { DrawLog } from './draw';
import { CheckResult } from './check-result';

export const Scope = labelledEnum(['own', 'joint'], { own: '本部门', joint: '跨部门' });
export type Scope = z.infer<typeof Scope>;

export const TaskSource = labelledEnum(['annual-plan', 'temporary'], { 'annual-plan': '年度抽查工作计划', temporary: '临时任务' });

/** 抽查检查任务: what one draw and its checks belong to. */
export const Task = z.object({
  id: Id,
  number: z.string().optional().describe('任务编号, e.g. 深市监抽查〔2025〕3号'),
  name: z.string().min(1).describe('抽查任务名称'),
  scope: Scope.optional().describe('任务类型: 本部门 / 跨部门双随机抽查'),
  source: TaskSource.optional().describe('任务来源'),
  participants: z.array(Participant).default([]).describe('任务组织部门 and 任务参与部门'),
  start: IsoDate.optional(),
  end: IsoDate.optional().describe('任务期限 end'),
  directed: z.boolean().optional(),
  items: z.array(PlanItem).default([]),
  strategy: Strategy.optional(),
  /** Inspectors taking part, by registry id. */
  inspectorIds: z.array(Id).default([]),
  draw: DrawLog.optional(),
  results: z.array(CheckResult).default([]),
  /** How many checks the plan foresaw for this task (objects to check). */
  plannedChecks: z.number().int().min(0).optional(),
  /** Whether this task was added outside the approved annual plan. */
  outsidePlan: z.boolean().optional(),
});
export type Task = z.infer<typeof Task>;
