/**
 * The draw, algorithm version 2 (docs/draw-spec.md §4–§7): pure and deterministic for a 32-byte seed
 * and canonical inputs (objects and inspectors sorted by id). Each stage reads its own stream of the
 * SHA-256 counter generator: "objects", "team", "match", "batch".
 */
import { CREDIT_CLASSES, isHighRisk, type CreditClass, type Inspector, type ObjectRecord } from '../model';
import { Balancer } from './balancer';
import { matchesFilters } from './filters';
import { sampleIndices, Stream, type Rng } from './stream';
import { scratchBytes, scratchUint32 } from './scratch';
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

/** Pool of a credit class: A–D are 0–3, anything else (no class) 4 (the columns' NO_CLASS). */
export function classIndex(c: string | undefined): number {
  switch (c) {
    case 'A':
      return 0;
    case 'B':
      return 1;
    case 'C':
      return 2;
    case 'D':
      return 3;
    default:
      return 4;
  }
}
const SKIPPED = 255;

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

/**
 * Objects: filter, exclude by frequency, split by class, and draw each class (stream "objects").
 * One pass tags each object with its pool (a byte each) and writes the exclusions, a second lays the pools
 * out as positions in typed arrays: nothing allocated per object drawn from, so a registry of a million is
 * read at memory speed.
 */
export function drawObjects(rng: Rng, objects: readonly ObjectRecord[], req: DrawRequest, params: DrawParams) {
  const n = objects.length;
  const classified = !!(req.classRates || req.classCounts);
  const filters = req.directed ? req.filters : undefined;
  const max = params.maxChecksPerYear;
  const special = specialIndustryTest(params);
  const tag = scratchBytes('objects-tag', n);
  const sizes = [0, 0, 0, 0, 0];
  const exclusions: DrawResult['exclusions'] = [];
  for (let i = 0; i < n; i++) {
    const o = objects[i];
    let t: number;
    if (filters && !matchesFilters(o, filters)) t = SKIPPED;
    else if (o.checksThisYear >= max && !isHighRisk(o) && !special(o)) {
      // Written while the object is at hand: read again later, 50,000 scattered objects cost more than the pass.
      exclusions.push({ objectId: o.id, reason: frequencyReason(o.checksThisYear, max) });
      t = SKIPPED;
    } else t = classified ? classIndex(o.creditClass) : 4;
    tag[i] = t;
    if (t !== SKIPPED) sizes[t]++;
  }
  // The pools side by side in one working array (scratch.ts): nothing of them leaves this function.
  const all = scratchUint32('objects-pools', n);
  let at = 0;
  const pools = sizes.map((s) => all.subarray(at, (at += s)));
  const fill = [0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const t = tag[i];
    if (t !== SKIPPED) pools[t][fill[t]++] = i;
  }
  const excludedByReason: Record<string, number> = exclusions.length ? { frequency: exclusions.length } : {};
  const total = sizes[0] + sizes[1] + sizes[2] + sizes[3] + sizes[4];
  if (!total) throw new DrawError('empty-library', '抽取库为空（筛选和频次排除后没有可抽取的对象）', 'the library is empty after filters and frequency exclusions');

  const classes: DrawResult['classes'] = [];
  const keys: ClassKey[] = [...CREDIT_CLASSES, 'unclassified'];
  keys.forEach((key, k) => {
    const pool = pools[k];
    const plan = classPlan(key, pool.length, classified, req);
    if (!plan) return;
    const drawn = sampleIndices(rng, pool.length, plan.target);
    const objectIds: string[] = new Array(drawn.length);
    for (let d = 0; d < drawn.length; d++) objectIds[d] = objects[pool[drawn[d]]].id;
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
  // Departments as small numbers: an object's departments are compared 100,000 times in a large draw.
  const deptNames = [...new Set(team.map((i) => i.departmentId!))];
  const dept = Int32Array.from(team, (i) => deptNames.indexOf(i.departmentId!));
  const conflicts = team.map((i) => (i.conflicts.length ? new Set(i.conflicts) : undefined));
  const rng = new Stream(seed, 'match');
  const balancer = new Balancer(ids);
  const assignments: DrawResult['assignments'] = new Array(objectIds.length);
  const replacements: DrawResult['replacements'] = [];
  // One set of working lists and tests for every object (reset per object by their counts): 50,000
  // objects, no closures or arrays each. chosen[0..nChosen) are the object's inspectors, depts their departments.
  const chosen = new Int32Array(m);
  const depts = new Int32Array(m);
  let nChosen = 0;
  let recused: number[] | undefined;
  const accept = (x: number) => {
    for (let k = 0; k < nChosen; k++) if (chosen[k] === x) return false;
    return !recused?.includes(x);
  };
  const prefer = req.joint
    ? (x: number) => {
        for (let k = 0; k < nChosen; k++) if (depts[k] === dept[x]) return false;
        return true;
      }
    : undefined;
  for (let o = 0; o < objectIds.length; o++) {
    const objectId = objectIds[o];
    nChosen = 0;
    // Made only when needed: most objects have no recusal.
    recused = undefined;
    let pending: number[] | undefined;
    while (nChosen < m) {
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
      depts[nChosen] = dept[x];
      chosen[nChosen++] = x;
      const excluded = pending?.shift();
      if (excluded !== undefined) replacements.push({ objectId, excludedInspectorId: ids[excluded], replacementInspectorId: ids[x], reason: 'conflict of interest (利害关系回避)' });
    }
    const inspectorIds = m === 2 ? [ids[chosen[0]], ids[chosen[1]]] : Array.from(chosen, (x) => ids[x]);
    assignments[o] = { objectId, inspectorIds };
  }
  return { team: ids, assignments, replacements };
}

/** Every class's drawn ids in class order (flatMap is several times slower on 50,000 ids). */
export function allObjectIds(classes: ReadonlyArray<{ objectIds: readonly string[] }>): string[] {
  const out: string[] = [];
  for (const c of classes) for (let i = 0; i < c.objectIds.length; i++) out.push(c.objectIds[i]);
  return out;
}

/**
 * How the objects are drawn (§4): over the objects (drawObjects), or over the columns input preparation
 * derived from them (prepared-draw.ts), which gives the same result without reading a million objects again.
 */
export type ObjectStage = (rng: Stream, objects: readonly ObjectRecord[], req: DrawRequest, params: DrawParams) => ReturnType<typeof drawObjects>;

/**
 * The draw. Throws DrawError, with nothing drawn, when a constraint cannot be met.
 * `seed`: the record's 32-byte seed (derived from the announcement and the randomness, or a preview's).
 */
export function runDraw(seed: Uint8Array, objects: readonly ObjectRecord[], inspectors: readonly Inspector[], req: DrawRequest, params: DrawParams, objectStage: ObjectStage = drawObjects): DrawResult {
  const { classes, exclusions, excludedByReason, total } = objectStage(new Stream(seed, 'objects'), objects, req, params);
  const objectIds = allObjectIds(classes);
  const matched = matchInspectors(seed, objectIds, inspectors, req, params);
  // The overall share reaches the threshold: k × 10^6 ≥ r4 × total, in integers.
  const high = req.keyItem && objectIds.length * 1000000 >= rateUnits(params.highRatePercent) * total;
  const batchOrder = high ? sampleIndices(new Stream(seed, 'batch'), objectIds.length, objectIds.length).map((i) => objectIds[i]) : undefined;
  return { classes, objectIds, ...matched, exclusions, excludedByReason, batchOrder };
}
