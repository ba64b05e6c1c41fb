import { CREDIT_CLASSES, isHighRisk, type CreditClass, type Inspector, type ObjectRecord } from '../../model';
import { Balancer } from './balancer';
import { matchesFilters } from '../filters';
import { createRng, sampleIndices, type Rng } from './rng';
import { DrawError, type DrawParams, type DrawResult } from '../schema';
import type { DrawRequestV1 as DrawRequest } from './schema';

type ClassKey = CreditClass | 'unclassified';

/** Version 1 of the draw (seedrandom ARC4), frozen: kept only so records of version 1 still verify. */

/** 四舍五入 on exact integers: rates carry at most 4 decimals, so n × rate never goes through a float. */
function roundHalfUp(n: number, ratePercent: number): number {
  const scaled = Math.round(ratePercent * 10000); // percent × 10^4
  return Math.floor((n * scaled + 500000) / 1000000);
}

function specialIndustry(o: ObjectRecord, params: DrawParams): boolean {
  return !!o.specialIndustry || params.specialIndustries.some((k) => o.industry?.includes(k));
}

const reasons = new Map<string, string>();
/** One string per (count, max): 50,000 exclusions share a handful of reasons. */
function frequencyReason(count: number, max: number): string {
  const key = `${count}/${max}`;
  let r = reasons.get(key);
  if (!r) reasons.set(key, (r = `frequency: already checked ${count} times this year (max ${max})`));
  return r;
}

/** Objects: filter, exclude by frequency, split by class, and draw each class. */
function drawObjects(rng: Rng, objects: readonly ObjectRecord[], req: DrawRequest, params: DrawParams) {
  const pools = new Map<ClassKey, ObjectRecord[]>();
  const exclusions: DrawResult['exclusions'] = [];
  const excludedByReason: Record<string, number> = {};
  const classified = !!(req.classRates || req.classCounts);
  for (const o of objects) {
    if (req.directed && req.filters && !matchesFilters(o, req.filters)) continue;
    if (o.checksThisYear >= params.maxChecksPerYear && !isHighRisk(o) && !specialIndustry(o, params)) {
      exclusions.push({ objectId: o.id, reason: frequencyReason(o.checksThisYear, params.maxChecksPerYear) });
      excludedByReason.frequency = (excludedByReason.frequency ?? 0) + 1;
      continue;
    }
    const key: ClassKey = classified ? (o.creditClass ?? 'unclassified') : 'unclassified';
    let pool = pools.get(key);
    if (!pool) pools.set(key, (pool = []));
    pool.push(o);
  }
  const total = [...pools.values()].reduce((s, p) => s + p.length, 0);
  if (!total) throw new DrawError('empty-library', '抽取库为空（筛选和频次排除后没有可抽取的对象）', 'the library is empty after filters and frequency exclusions');

  const classes: DrawResult['classes'] = [];
  const keys: ClassKey[] = classified ? [...CREDIT_CLASSES, 'unclassified'] : ['unclassified'];
  for (const key of keys) {
    const pool = pools.get(key) ?? [];
    const rate = key === 'unclassified' ? (classified ? req.unclassifiedRate : req.rate) : req.classRates?.[key];
    const fixed = key === 'unclassified' ? (classified ? undefined : req.count) : req.classCounts?.[key];
    if (!pool.length && rate === undefined && fixed === undefined) continue;
    if (pool.length && rate === undefined && fixed === undefined)
      throw new DrawError('no-rate', `${key === 'unclassified' ? '未分类' : key + ' 类'}对象 ${pool.length} 户没有设定抽查比例或数量`, `${pool.length} objects of class ${key} have no rate or count`);
    const target = fixed ?? roundHalfUp(pool.length, rate!);
    if (target > pool.length)
      throw new DrawError('count-above-pool', `${key} 类固定抽取 ${target} 户，超过该类 ${pool.length} 户`, `class ${key}: a fixed count of ${target} exceeds its ${pool.length} objects`);
    const objectIds = sampleIndices(rng, pool.length, target).map((i) => pool[i].id);
    classes.push({ creditClass: key, poolSize: pool.length, ratePercent: fixed === undefined ? rate : undefined, fixedCount: fixed, target, objectIds });
  }
  return { classes, exclusions, excludedByReason, total };
}

/** The inspectors who may be drawn: active, of an allowed registry kind, of a participating department, not experts. */
function eligibleInspectors(inspectors: readonly Inspector[], req: DrawRequest, params: DrawParams): Inspector[] {
  const depts = new Set(req.departments);
  return inspectors.filter(
    (i) => i.active && !i.expert && !i.thirdParty && i.registryKind && params.allowedKinds.includes(i.registryKind) && i.departmentId && depts.has(i.departmentId),
  );
}

/** A joint task's team: one from each department first, the rest at random, up to the profile's cap. */
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
  return team;
}

/** Inspectors per object, least-loaded first; a conflicted pick is recused and replaced by the same procedure. */
function matchInspectors(rng: Rng, objectIds: readonly string[], inspectors: readonly Inspector[], req: DrawRequest, params: DrawParams) {
  const m = req.inspectorsPerObject;
  if (m < params.minInspectorsPerObject)
    throw new DrawError('below-minimum', `每户检查对象配置检查人员 ${m} 个，少于 ${params.minInspectorsPerObject} 个`, `${m} inspectors per object is below the minimum of ${params.minInspectorsPerObject}`);
  const eligible = eligibleInspectors(inspectors, req, params);
  if (eligible.length < m)
    throw new DrawError('too-few-inspectors', `可抽取的执法检查人员只有 ${eligible.length} 名，每户需要 ${m} 名`, `only ${eligible.length} eligible inspectors; each object needs ${m}`);
  const team = drawTeam(rng, eligible, req, params);
  const byId = new Map(team.map((i) => [i.id, i]));
  const balancer = new Balancer(team.map((i) => i.id));
  const assignments: DrawResult['assignments'] = [];
  const replacements: DrawResult['replacements'] = [];
  for (const objectId of objectIds) {
    const chosen: string[] = [];
    // Made only when needed: most objects have no recusal, and only joint tasks mix departments.
    let recused: string[] | undefined;
    let pending: string[] | undefined;
    const depts: string[] = [];
    const accept = (x: string) => !chosen.includes(x) && !recused?.includes(x);
    const prefer = req.joint ? (x: string) => !depts.includes(byId.get(x)!.departmentId!) : undefined;
    while (chosen.length < m) {
      const id = balancer.pick(rng, accept, prefer);
      if (id === undefined)
        throw new DrawError(
          'conflicts-exhaust-team',
          `检查对象 ${objectId}：回避后可匹配的检查人员不足 ${m} 名（已回避 ${recused?.length ?? 0} 名）`,
          `object ${objectId}: fewer than ${m} inspectors remain after ${recused?.length ?? 0} recusal(s)`,
        );
      if (byId.get(id)!.conflicts.includes(objectId)) {
        (recused ??= []).push(id);
        (pending ??= []).push(id);
        continue;
      }
      balancer.take(id);
      chosen.push(id);
      if (prefer) depts.push(byId.get(id)!.departmentId!);
      const excluded = pending?.shift();
      if (excluded) replacements.push({ objectId, excludedInspectorId: excluded, replacementInspectorId: id, reason: 'conflict of interest (利害关系回避)' });
    }
    assignments.push({ objectId, inspectorIds: chosen });
  }
  return { team: team.map((i) => i.id).sort(), assignments, replacements };
}

/**
 * The draw: pure and deterministic for a given seed and canonical inputs (objects and inspectors
 * sorted by id). Throws DrawError, with nothing drawn, when a constraint cannot be met.
 */
export function runDrawV1(seed: string, objects: readonly ObjectRecord[], inspectors: readonly Inspector[], req: DrawRequest, params: DrawParams): DrawResult {
  const rng = createRng(seed);
  const { classes, exclusions, excludedByReason, total } = drawObjects(rng, objects, req, params);
  const objectIds = classes.flatMap((c) => c.objectIds);
  const matched = matchInspectors(rng, objectIds, inspectors, req, params);
  const overall = total ? (objectIds.length / total) * 100 : 0;
  const batchOrder = req.keyItem && overall >= params.highRatePercent ? sampleIndices(rng, objectIds.length, objectIds.length).map((i) => objectIds[i]) : undefined;
  return { classes, objectIds, ...matched, exclusions, excludedByReason, batchOrder };
}
