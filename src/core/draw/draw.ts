/**
 * The draw, algorithm version 2 (docs/draw-spec.md §4–§7): pure and deterministic for a 32-byte seed
 * and canonical inputs (objects and inspectors sorted by id). Each stage reads its own stream of the
 * SHA-256 counter generator: "objects", "team", "match", "batch".
 */
import { CREDIT_CLASSES, isHighRisk, type CreditClass, type Inspector, type ObjectRecord } from '../model';
import { Balancer } from './balancer';
import { matchesFilters } from './filters';
import { sampleIndices, Stream, type Rng } from './stream';
import { DrawError, type DrawParams, type DrawRequest, type DrawResult } from './schema';

type ClassKey = CreditClass | 'unclassified';

/** A rate in percent with at most 4 decimals, as an exact integer of ten-thousandths of a percent. */
export const rateUnits = (ratePercent: number) => Math.round(ratePercent * 10000);

/** 四舍五入 on exact integers: floor((n × r4 + 500000) / 1000000), never through a float product. */
export function roundHalfUp(n: number, ratePercent: number): number {
  return Math.floor((n * rateUnits(ratePercent) + 500000) / 1000000);
}

/**
 * Whether an object is of a special industry (docs/draw-spec.md §4), each distinct industry text tested
 * against the profile's list once: a registry of a million has a few hundred industries.
 */
function specialIndustryTest(params: DrawParams): (o: ObjectRecord) => boolean {
  const known = new Map<string, boolean>();
  return (o) => {
    if (o.specialIndustry) return true;
    const industry = o.industry;
    if (industry === undefined) return false;
    let yes = known.get(industry);
    if (yes === undefined) known.set(industry, (yes = params.specialIndustries.some((k) => industry.includes(k))));
    return yes;
  };
}

const reasons = new Map<number, string[]>();
/** One string per (count, max): 50,000 exclusions share a handful of reasons. */
export function frequencyReason(count: number, max: number): string {
  let byCount = reasons.get(max);
  if (!byCount) reasons.set(max, (byCount = []));
  return (byCount[count] ??= `frequency: already checked ${count} times this year (max ${max})`);
}

const CLASS_INDEX: Record<string, number> = { A: 0, B: 1, C: 2, D: 3 };

/** Objects: filter, exclude by frequency, split by class, and draw each class (stream "objects"). */
/**
 * How many of one class's pool the draw takes (spec §5): its rate or fixed count, refused when a non-empty
 * pool has neither or a fixed count exceeds the pool; undefined for an empty class nobody set. Shared by the
 * draw over objects and the draw over stored columns (indexed.ts), so both decide alike.
 */
export function classPlan(key: ClassKey, poolSize: number, classified: boolean, req: DrawRequest) {
  const rate = key === 'unclassified' ? (classified ? req.unclassifiedRate : req.rate) : req.classRates?.[key];
  const fixed = key === 'unclassified' ? (classified ? undefined : req.count) : req.classCounts?.[key];
  if (!poolSize && rate === undefined && fixed === undefined) return undefined;
  if (poolSize && rate === undefined && fixed === undefined)
    throw new DrawError('no-rate', `${key === 'unclassified' ? '未分类' : key + ' 类'}对象 ${poolSize} 户没有设定抽查比例或数量`, `${poolSize} objects of class ${key} have no rate or count`);
  const target = fixed ?? roundHalfUp(poolSize, rate!);
  if (target > poolSize)
    throw new DrawError('count-above-pool', `${key} 类固定抽取 ${target} 户，超过该类 ${poolSize} 户`, `class ${key}: a fixed count of ${target} exceeds its ${poolSize} objects`);
  return { creditClass: key, poolSize, ratePercent: fixed === undefined ? rate : undefined, fixedCount: fixed, target };
}

export function drawObjects(rng: Rng, objects: readonly ObjectRecord[], req: DrawRequest, params: DrawParams) {
  const pools: ObjectRecord[][] = [[], [], [], [], []];
  const exclusions: DrawResult['exclusions'] = [];
  const classified = !!(req.classRates || req.classCounts);
  const filters = req.directed ? req.filters : undefined;
  const max = params.maxChecksPerYear;
  const special = specialIndustryTest(params);
  for (const o of objects) {
    if (filters && !matchesFilters(o, filters)) continue;
    if (o.checksThisYear >= max && !isHighRisk(o) && !special(o)) {
      exclusions.push({ objectId: o.id, reason: frequencyReason(o.checksThisYear, max) });
      continue;
    }
    pools[classified ? (CLASS_INDEX[o.creditClass as string] ?? 4) : 4].push(o);
  }
  const excludedByReason: Record<string, number> = exclusions.length ? { frequency: exclusions.length } : {};
  const total = pools.reduce((s, p) => s + p.length, 0);
  if (!total) throw new DrawError('empty-library', '抽取库为空（筛选和频次排除后没有可抽取的对象）', 'the library is empty after filters and frequency exclusions');

  const classes: DrawResult['classes'] = [];
  const keys: ClassKey[] = [...CREDIT_CLASSES, 'unclassified'];
  keys.forEach((key, k) => {
    const pool = pools[k];
    const plan = classPlan(key, pool.length, classified, req);
    if (!plan) return;
    const objectIds = sampleIndices(rng, pool.length, plan.target).map((i) => pool[i].id);
    classes.push({ ...plan, objectIds });
  });
  return { classes, exclusions, excludedByReason, total };
}

/** The inspectors who may be drawn: active, of an allowed registry kind, of a participating department, not experts. */
function eligibleInspectors(inspectors: readonly Inspector[], req: DrawRequest, params: DrawParams): Inspector[] {
  const depts = new Set(req.departments);
  return inspectors.filter(
    (i) => i.active && !i.expert && !i.thirdParty && i.registryKind && params.allowedKinds.includes(i.registryKind) && i.departmentId && depts.has(i.departmentId),
  );
}

/** A joint task's team (stream "team"): one from each department first, the rest at random, up to the profile's cap. */
function drawTeam(rng: Rng, eligible: Inspector[], req: DrawRequest, params: DrawParams): Inspector[] {
  if (!req.joint) return eligible;
  if (req.departments.length > params.maxJointInspectors)
    throw new DrawError('too-many-departments', `联合抽查部门 ${req.departments.length} 个，多于检查人员上限 ${params.maxJointInspectors} 人`, `${req.departments.length} departments cannot share a cap of ${params.maxJointInspectors} inspectors`);
  const team: Inspector[] = [];
  const taken = new Set<string>();
  for (const d of req.departments) {
    const own = eligible.filter((i) => i.departmentId === d);
    if (!own.length) throw new DrawError('department-without-inspectors', `参与部门 ${d} 没有可抽取的执法检查人员`, `participating department ${d} has no eligible inspector`);
    const pick = own[rng.int(own.length)];
    team.push(pick);
    taken.add(pick.id);
  }
  const rest = eligible.filter((i) => !taken.has(i.id));
  const more = Math.min(params.maxJointInspectors - team.length, rest.length);
  for (const i of sampleIndices(rng, rest.length, more)) team.push(rest[i]);
  return team.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Inspectors per object (stream "match"), least-loaded first; a conflicted pick is recused and replaced by the same procedure. */
export function matchInspectors(seed: Uint8Array, objectIds: readonly string[], inspectors: readonly Inspector[], req: DrawRequest, params: DrawParams) {
  const m = req.inspectorsPerObject;
  if (m < params.minInspectorsPerObject)
    throw new DrawError('below-minimum', `每户检查对象配置检查人员 ${m} 个，少于 ${params.minInspectorsPerObject} 个`, `${m} inspectors per object is below the minimum of ${params.minInspectorsPerObject}`);
  const eligible = eligibleInspectors(inspectors, req, params);
  if (eligible.length < m)
    throw new DrawError('too-few-inspectors', `可抽取的执法检查人员只有 ${eligible.length} 名，每户需要 ${m} 名`, `only ${eligible.length} eligible inspectors; each object needs ${m}`);
  const team = drawTeam(new Stream(seed, 'team'), eligible, req, params);
  const ids = team.map((i) => i.id);
  const dept = team.map((i) => i.departmentId!);
  const conflicts = team.map((i) => (i.conflicts.length ? new Set(i.conflicts) : undefined));
  const rng = new Stream(seed, 'match');
  const balancer = new Balancer(ids);
  const assignments: DrawResult['assignments'] = [];
  const replacements: DrawResult['replacements'] = [];
  for (const objectId of objectIds) {
    const chosen: number[] = [];
    // Made only when needed: most objects have no recusal, and only joint tasks mix departments.
    let recused: number[] | undefined;
    let pending: number[] | undefined;
    const depts: string[] = [];
    const accept = (x: number) => !chosen.includes(x) && !recused?.includes(x);
    const prefer = req.joint ? (x: number) => !depts.includes(dept[x]) : undefined;
    while (chosen.length < m) {
      const x = balancer.pick(rng, accept, prefer);
      if (x < 0)
        throw new DrawError(
          'conflicts-exhaust-team',
          `检查对象 ${objectId}：回避后可匹配的检查人员不足 ${m} 名（已回避 ${recused?.length ?? 0} 名）`,
          `object ${objectId}: fewer than ${m} inspectors remain after ${recused?.length ?? 0} recusal(s)`,
        );
      if (conflicts[x]?.has(objectId)) {
        (recused ??= []).push(x);
        (pending ??= []).push(x);
        continue;
      }
      balancer.take(x);
      chosen.push(x);
      if (prefer) depts.push(dept[x]);
      const excluded = pending?.shift();
      if (excluded !== undefined) replacements.push({ objectId, excludedInspectorId: ids[excluded], replacementInspectorId: ids[x], reason: 'conflict of interest (利害关系回避)' });
    }
    assignments.push({ objectId, inspectorIds: chosen.map((x) => ids[x]) });
  }
  return { team: ids, assignments, replacements };
}

/**
 * The draw. Throws DrawError, with nothing drawn, when a constraint cannot be met.
 * `seed`: the record's 32-byte seed (derived from the announcement and the randomness, or a preview's).
 */
export function runDraw(seed: Uint8Array, objects: readonly ObjectRecord[], inspectors: readonly Inspector[], req: DrawRequest, params: DrawParams): DrawResult {
  const { classes, exclusions, excludedByReason, total } = drawObjects(new Stream(seed, 'objects'), objects, req, params);
  const objectIds = classes.flatMap((c) => c.objectIds);
  const matched = matchInspectors(seed, objectIds, inspectors, req, params);
  // The overall share reaches the threshold: k × 10^6 ≥ r4 × total, in integers.
  const high = req.keyItem && objectIds.length * 1000000 >= rateUnits(params.highRatePercent) * total;
  const batchOrder = high ? sampleIndices(new Stream(seed, 'batch'), objectIds.length, objectIds.length).map((i) => objectIds[i]) : undefined;
  return { classes, objectIds, ...matched, exclusions, excludedByReason, batchOrder };
}
