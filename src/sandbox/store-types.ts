import type { CheckItem, Department, DrawLog, Inspector, ObjectRecord, Plan, Task, CheckResult } from '../core/model';

/** Bumped when the seed's shape changes: an older data file is replaced by the new seed on start. */
export const DATA_VERSION = 2;

/** An item as the 随机抽查事项清单 lists it: the model plus the list's own columns. */
export type SandboxItem = CheckItem & {
  /** 抽查比例, 抽查频次, 检查人员要求, 备注 as the list shows them (text, as staff type them). */
  ratio?: string;
  frequency?: string;
  staffRequirement?: string;
  remark?: string;
  /** The 专项库 the strategy offers for this item by default. */
  libraryId?: string;
};

/** An object as the 检查对象名录库 lists it: the model plus registry columns no rule reads. */
export type SandboxObject = ObjectRecord & { liaison?: string; registeredCapital?: string; riskWarning?: boolean; jurisdiction?: string };

/** An inspector as the 执法检查人员名录库 lists it: the model plus registry columns no rule reads. */
export type SandboxInspector = Inspector & {
  idNumber?: string;
  licenceKind?: '无' | '有部门执法证' | '有省政府执法证';
  level?: '省级' | '市级' | '县级' | '所级';
  postCategory?: string;
  itemScope?: string[];
  mobile?: string;
};

/** A 专项库 (special object library) the strategy draws from: the registry narrowed by industry. */
export interface ObjectLibrary {
  id: string;
  name: string;
  /** Industries the library holds; empty = the whole registry. */
  industries: string[];
}

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
  version: typeof DATA_VERSION;
  /** The sandbox's "today", so deadlines in training look the same every day. */
  today: string;
  departments: Department[];
  items: SandboxItem[];
  libraries: ObjectLibrary[];
  objects: SandboxObject[];
  inspectors: SandboxInspector[];
  plans: SandboxPlan[];
  tasks: SandboxTask[];
}
