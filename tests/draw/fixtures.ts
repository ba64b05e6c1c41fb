import baseline from '../../src/core/profiles/data/baseline.json';
import { DrawParams, type DrawRequestInput } from '../../src/core/draw';
import { generateInspectors, generateObjects } from '../../src/sandbox/generate-registries';

type P = Record<string, { params?: Record<string, { value: unknown }> }>;
const v = (rule: string, name: string) => (baseline.rules as P)[rule].params![name].value;

/** The baseline profile's draw parameters, read straight from the data file. */
export const baselineParams: DrawParams = DrawParams.parse({
  minInspectorsPerObject: v('strategy.min-inspectors-per-object', 'min'),
  maxJointInspectors: v('plan.joint.max-inspectors', 'max'),
  maxChecksPerYear: v('strategy.entity-frequency', 'maxPerYear'),
  specialIndustries: v('strategy.entity-frequency', 'specialIndustries'),
  allowedKinds: v('strategy.inspector-in-registry', 'allowedKinds'),
  highRatePercent: v('plan.rate.key-batch-order', 'highRatePercent'),
});

export const DEPTS = ['SCJG', 'WSJK', 'STHJ', 'YJGL', 'SW'];

export const request = (over: Partial<DrawRequestInput> = {}): DrawRequestInput => ({
  taskId: 'T-2026-01',
  taskName: '2026年食品安全抽查',
  year: 2026,
  joint: false,
  departments: ['SCJG'],
  classRates: { A: 2, B: 5, C: 10, D: 30 },
  inspectorsPerObject: 2,
  ...over,
});

export const smallObjects = (n = 400, seed = 1) => generateObjects(n, seed);
export const smallInspectors = (n = 40, seed = 2) => generateInspectors(n, DEPTS, seed);
