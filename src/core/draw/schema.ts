import { z } from 'zod';
import { CreditClass, DirectedFilters, Id, Percent, RegistryKind, Year } from '../model';

/**
 * What to draw (the `--plan` file of `dra draw`): the task, its departments, the directed filters,
 * and per credit class a rate or a fixed count. Rates are percents, as the platform shows them.
 */
export const DrawRequest = z
  .object({
    taskId: Id,
    taskName: z.string().optional(),
    year: Year,
    joint: z.boolean().default(false),
    /** Departments whose inspectors are drawn; the first is the lead. */
    departments: z.array(Id).min(1),
    directed: z.boolean().default(false),
    filters: DirectedFilters.optional(),
    /** Rate per credit-risk class; objects without a class use `unclassifiedRate`. */
    classRates: z.partialRecord(CreditClass, Percent).optional(),
    /** Or a fixed count per class (全部固定). */
    classCounts: z.partialRecord(CreditClass, z.number().int().min(0)).optional(),
    /** Rate for the whole library when the draw is not credit-classified. */
    rate: Percent.optional(),
    /** Or a fixed count for the whole library (全部固定 without classes). */
    count: z.number().int().min(0).optional(),
    unclassifiedRate: Percent.optional(),
    inspectorsPerObject: z.number().int().min(1).max(20),
    /** A key item: with a high overall rate its batch order is drawn too. */
    keyItem: z.boolean().default(false),
  })
  .refine((r) => r.classRates || r.classCounts || r.rate !== undefined || r.count !== undefined, {
    message: 'no rate',
    params: { zh: '须设定抽查比例或数量（rate、count、classRates 或 classCounts）', en: 'set a rate or count: rate, count, classRates or classCounts' },
    path: ['rate'],
  });
export type DrawRequest = z.infer<typeof DrawRequest>;
export type DrawRequestInput = z.input<typeof DrawRequest>;

/** The profile's parameters the draw obeys (resolved from a profile, never hard-coded). */
export const DrawParams = z.object({
  minInspectorsPerObject: z.number().int().min(1),
  maxJointInspectors: z.number().int().min(1),
  maxChecksPerYear: z.number().int().min(1),
  specialIndustries: z.array(z.string()),
  allowedKinds: z.array(RegistryKind),
  highRatePercent: Percent,
});
export type DrawParams = z.infer<typeof DrawParams>;

export const ALGORITHM = { id: 'dra-stratified-pfy', version: 1 } as const;

const Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const ClassDraw = z.object({
  creditClass: z.union([CreditClass, z.literal('unclassified')]),
  poolSize: z.number().int(),
  ratePercent: z.number().optional(),
  fixedCount: z.number().int().optional(),
  target: z.number().int(),
  objectIds: z.array(Id),
});

export const DrawResult = z.object({
  classes: z.array(ClassDraw),
  /** Every drawn object, class by class in draw order. */
  objectIds: z.array(Id),
  /** The joint task's inspector team (all eligible inspectors for an own-department task). */
  team: z.array(Id),
  assignments: z.array(z.object({ objectId: Id, inspectorIds: z.array(Id) })),
  replacements: z.array(z.object({ objectId: Id, excludedInspectorId: Id, replacementInspectorId: Id, reason: z.string() })),
  exclusions: z.array(z.object({ objectId: Id, reason: z.string() })),
  excludedByReason: z.record(z.string(), z.number().int()),
  batchOrder: z.array(Id).optional(),
});
export type DrawResult = z.infer<typeof DrawResult>;

/** A verifiable draw record: everything needed to re-run the draw and see it come out the same. */
export const DrawRecord = z.object({
  format: z.literal('dra-draw-record/1'),
  kind: z.enum(['preview', 'official']),
  algorithm: z.object({ id: z.literal(ALGORITHM.id), version: z.literal(ALGORITHM.version), prng: z.string(), integers: z.string(), sampling: z.string() }),
  request: DrawRequest,
  params: DrawParams,
  inputs: z.object({
    objectsHash: Hex,
    inspectorsHash: Hex,
    requestHash: Hex,
    /** SHA-256 over the three hashes above: what "the inputs" means in one value. */
    inputsHash: Hex,
    objectCount: z.number().int(),
    inspectorCount: z.number().int(),
  }),
  /** SHA-256 of the seed, published before the draw. */
  commitment: Hex,
  seed: z.string().min(1),
  result: DrawResult,
  resultHash: Hex,
  timestamps: z.object({ committedAt: z.string().optional(), drawnAt: z.string() }),
  /** SHA-256 of the canonical record without this field. */
  recordHash: Hex,
});
export type DrawRecord = z.infer<typeof DrawRecord>;

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
