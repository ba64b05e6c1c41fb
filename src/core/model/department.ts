import { z } from 'zod';
import { Id, labelledEnum } from './common';

export const Department = z.object({
  id: Id,
  name: z.string().min(1),
  /** The joint-meeting member unit this department reports to, when known. */
  system: z.string().optional().describe('supervision system (条线), e.g. 市场监管; used to spot cross-level repeats'),
  level: labelledEnum(['province', 'city', 'county', 'station'], { province: '省级', city: '市级', county: '县级', station: '所级' }).optional(),
});
export type Department = z.infer<typeof Department>;

/** A department's part in a joint plan or task: one lead (牵头/发起), the rest responding (响应/参与). */
export const DepartmentRole = labelledEnum(['lead', 'responding'], { lead: '牵头部门', responding: '响应部门' });
export type DepartmentRole = z.infer<typeof DepartmentRole>;

export const Participant = z.object({
  departmentId: Id,
  name: z.string().optional(),
  role: DepartmentRole,
  /** shenzhen-2018 §二(三)3: the lead consults responding departments in writing. */
  consultedInWriting: z.boolean().optional(),
  /** What the department has ready on the platform (changchun-chaoyang-2021 §三(六) 1, 3). */
  ready: z
    .object({
      itemList: z.boolean().optional(),
      objectRegistry: z.boolean().optional(),
      inspectorRegistry: z.boolean().optional(),
    })
    .optional(),
});
export type Participant = z.infer<typeof Participant>;
