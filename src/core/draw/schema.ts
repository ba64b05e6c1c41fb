import { z } from 'zod';
import { CreditClass, DirectedFilters, Id, Percent, RegistryKind, Year } from '../model';

/** At most 4 decimals: a rate is read once, as ten-thousandths of a percent (never rounded twice). */
const Rate = Percent.refine((r) => Number.isInteger(Math.round(r * 10000)) && Math.abs(Math.round(r * 10000) - r * 10000) < 1e-6 && Number(r.toFixed(4)) === r, {
  message: 'at most 4 decimals',
  params: { zh: '抽查比例最多 4 位小数（百分比）', en: 'a rate (percent) has at most 4 decimals' },
});

const MODES = ['rate', 'count', 'classRates', 'classCounts'] as const;

/**
 * What to draw (the `--plan` file of `dra draw`): the task, its departments, the directed filters,
 * and exactly one of: one rate, one count, a rate per credit class, a count per credit class.
 * Rates are percents, as the platform shows them.
 */
export const DrawRequest = z
  .strictObject({
    taskId: Id,
    taskName: z.string().optional(),
    year: Year,
    joint: z.boolean().default(false),
    /** Departments whose inspectors are drawn; the first is the lead. Each once. */
    departments: z.array(Id).min(1),
    directed: z.boolean().default(false),
    filters: DirectedFilters.strict().optional(),
    /** Rate per credit-risk class; objects without a class use `unclassifiedRate`. */
    classRates: z.partialRecord(CreditClass, Rate).optional(),
    /** Or a fixed count per class (全部固定). */
    classCounts: z.partialRecord(CreditClass, z.number().int().min(0)).optional(),
    /** Rate for the whole library when the draw is not credit-classified. */
    rate: Rate.optional(),
    /** Or a fixed count for the whole library (全部固定 without classes). */
    count: z.number().int().min(0).optional(),
    unclassifiedRate: Rate.optional(),
    inspectorsPerObject: z.number().int().min(1).max(20),
    /** A key item: with a high overall rate its batch order is drawn too. */
    keyItem: z.boolean().default(false),
  })
  .superRefine((r, ctx) => {
    const given = MODES.filter((m) => r[m] !== undefined);
    if (given.length === 0)
      ctx.addIssue({ code: 'custom', path: ['rate'], message: 'no rate', params: { zh: '须设定抽查比例或数量（rate、count、classRates 或 classCounts 之一）', en: 'set one of rate, count, classRates or classCounts' } });
    if (given.length > 1)
      ctx.addIssue({
        code: 'custom',
        path: [given[1]],
        message: 'more than one mode',
        params: { zh: `${given.join('、')} 只能设定其中一个（同时设定时不知以哪个为准）`, en: `${given.join(', ')} given together: set exactly one of them` },
      });
    if (r.unclassifiedRate !== undefined && !r.classRates && !r.classCounts)
      ctx.addIssue({ code: 'custom', path: ['unclassifiedRate'], message: 'unclassifiedRate without classes', params: { zh: 'unclassifiedRate 只用于按信用风险分类抽取', en: 'unclassifiedRate applies only to a draw by credit class' } });
    const seen = new Set<string>();
    r.departments.forEach((d, i) => {
      if (seen.has(d)) ctx.addIssue({ code: 'custom', path: ['departments', i], message: 'duplicate department', params: { zh: `部门 ${d} 重复出现`, en: `department ${d} is listed twice` } });
      seen.add(d);
    });
  });
export type DrawRequest = z.infer<typeof DrawRequest>;
export type DrawRequestInput = z.input<typeof DrawRequest>;

/** The profile's parameters the draw obeys (resolved from a profile, never hard-coded). */
export const DrawParams = z.strictObject({
  minInspectorsPerObject: z.number().int().min(1),
  maxJointInspectors: z.number().int().min(1),
  maxChecksPerYear: z.number().int().min(1),
  specialIndustries: z.array(z.string()),
  allowedKinds: z.array(RegistryKind),
  highRatePercent: Percent,
});
export type DrawParams = z.infer<typeof DrawParams>;

export const ALGORITHM = { id: 'dra-sha256-ctr', version: 2 } as const;

export const Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');

export const ClassDraw = z.strictObject({
  creditClass: z.union([CreditClass, z.literal('unclassified')]),
  poolSize: z.number().int(),
  ratePercent: z.number().optional(),
  fixedCount: z.number().int().optional(),
  target: z.number().int(),
  objectIds: z.array(Id),
});

export const DrawResult = z.strictObject({
  classes: z.array(ClassDraw),
  /** Every drawn object, class by class in draw order. */
  objectIds: z.array(Id),
  /** The joint task's inspector team (all eligible inspectors for an own-department task). */
  team: z.array(Id),
  assignments: z.array(z.strictObject({ objectId: Id, inspectorIds: z.array(Id) })),
  replacements: z.array(z.strictObject({ objectId: Id, excludedInspectorId: Id, replacementInspectorId: Id, reason: z.string() })),
  exclusions: z.array(z.strictObject({ objectId: Id, reason: z.string() })),
  excludedByReason: z.record(z.string(), z.number().int()),
  batchOrder: z.array(Id).optional(),
});
export type DrawResult = z.infer<typeof DrawResult>;

/** The registries and request as fixed before the draw (docs/draw-spec.md §2). */
export const DrawInputs = z.strictObject({
  objectsHash: Hex,
  inspectorsHash: Hex,
  requestHash: Hex,
  objectCount: z.number().int().min(0),
  inspectorCount: z.number().int().min(0),
});
export type DrawInputs = z.infer<typeof DrawInputs>;

/** A draw that cannot be made: which object or input, and which constraint. No partial result. */
export class DrawError extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    en: string,
  ) {
    super(en);
    this.name = 'DrawError';
  }
}
