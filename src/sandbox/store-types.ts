import type { CheckItem, Department, DrawLog, Inspector, ObjectRecord, Plan, Task, CheckResult } from '../core/model';

/** A plan as the platform lists it: the model plus list states. */
export type SandboxPlan = Plan & { status: '待执行' | '执行中' | '已完成'; notice: '已公告' | '未公告'; scopeText?: string };

export type ResultState = '待录入' | '待审核' | '已公示' | '审核退回';

/** A task as the platform keeps it: the model plus its plan, state and the platform's draw. */
export type SandboxTask = Omit<Task, 'results' | 'draw'> & {
  planId: string;
  status: '待抽取对象' | '待设置任务计划' | '实施中' | '已完成';
  publicise: boolean;
  description: string;
  /** The unseeded draw as the real platform keeps it: the list, the time, re-runs, lock. */
  draw?: DrawLog;
  results: Array<CheckResult & { state?: ResultState; measures?: string }>;
};

export interface SandboxData {
  version: 1;
  /** The sandbox's "today", so deadlines in training look the same every day. */
  today: string;
  departments: Department[];
  items: CheckItem[];
  objects: ObjectRecord[];
  inspectors: Inspector[];
  plans: SandboxPlan[];
  tasks: SandboxTask[];
}
