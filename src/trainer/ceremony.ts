/**
 * A public draw (摇号) on the sandbox's registries with the verifiable engine: the setup shown before
 * the draw (the task, its item's library and its size per credit class), the announcement that fixes
 * it and names the randomness, the draw from the revealed randomness, and what anyone needs to verify
 * it afterwards (the record, the announcement, its inputs, and the offline verifier page).
 */
import { CREDIT_CLASSES, Strategy, type ObjectRecord } from '../core/model';
import { announce, commitContribution, drawParamsFromProfile, drawPrepared, itemRequest, prepareInputsAsync, type Announcement, type DrawRecord, type DrawRequestInput, type PreparedInputs } from '../core/draw';
import type { ResolvedProfile } from '../core/profiles';
import { todayInChina } from '../core/calendar';
import type { SandboxData, SandboxInspector, SandboxTask } from '../sandbox/store-types';
import { filteredObjects, libraryPool } from '../sandbox/strategy-pool';

export interface CeremonySetup {
  taskId: string;
  taskName: string;
  planName: string;
  departments: Array<{ id: string; name: string }>;
  itemId: string;
  itemName: string;
  libraryName: string;
  request: DrawRequestInput;
  /** The objects the draw runs on (the item's library), exactly as offered for download. */
  objects: ObjectRecord[];
  inspectors: SandboxInspector[];
  /** Library size per credit class (and unclassified), before frequency exclusions. */
  classSizes: Array<{ creditClass: string; size: number; rate?: number }>;
  /** Objects already checked the yearly maximum: the engine excludes them and records why. */
  atFrequencyLimit: number;
}

export class CeremonyError extends Error {
  constructor(readonly zh: string, en: string) {
    super(en);
  }
}

/** Tasks with a strategy the ceremony can draw. */
export const drawableTasks = (data: SandboxData) => data.tasks.filter((t) => (t.strategy?.entries?.length ?? 0) > 0);

export function ceremonySetup(data: SandboxData, taskId: string, profile: ResolvedProfile): CeremonySetup {
  const t: SandboxTask | undefined = data.tasks.find((x) => x.id === taskId);
  if (!t) throw new CeremonyError(`任务 ${taskId} 不存在`, `no task ${taskId}`);
  const strategy = Strategy.parse(t.strategy ?? { entries: [] });
  const entry = strategy.entries[0];
  if (!entry) throw new CeremonyError(`任务「${t.name}」还没有抽取策略，请先在「添加策略」中设置`, `task ${t.name} has no strategy yet: set one on the strategy page first`);
  const lead = t.participants.find((p) => p.role === 'lead')?.departmentId;
  const deptIds = [...(lead ? [lead] : []), ...t.participants.filter((p) => p.departmentId !== lead).map((p) => p.departmentId)];
  const objects = libraryPool(data, filteredObjects(data, t), entry.libraryId);
  const request = itemRequest(strategy, entry, {
    seed: '',
    taskId: t.number ?? t.id,
    year: Number((t.start ?? data.today).slice(0, 4)),
    departments: deptIds,
    inspectorsPerObject: strategy.inspectorsPerObject ?? 2,
  });
  const params = drawParamsFromProfile(profile);
  const classes = [...CREDIT_CLASSES, undefined];
  const classified = !!request.classRates;
  const classSizes = classified
    ? classes.map((c) => ({ creditClass: c ?? 'unclassified', size: objects.filter((o) => o.creditClass === c).length, rate: c ? request.classRates?.[c] : undefined })).filter((c) => c.size > 0)
    : [{ creditClass: 'all', size: objects.length, rate: request.rate }];
  const item = data.items.find((i) => i.id === entry.itemId);
  const plan = data.plans.find((p) => p.id === t.planId);
  return {
    taskId: t.id,
    taskName: t.name,
    planName: plan?.name ?? '',
    departments: deptIds.map((id) => ({ id, name: data.departments.find((d) => d.id === id)?.name ?? id })),
    itemId: entry.itemId,
    itemName: item?.name ?? entry.itemId,
    libraryName: data.libraries.find((l) => l.id === entry.libraryId)?.name ?? '检查对象名录库',
    request: { ...request, taskName: t.name },
    objects,
    inspectors: data.inspectors,
    classSizes,
    atFrequencyLimit: objects.filter((o) => o.checksThisYear >= params.maxChecksPerYear).length,
  };
}

/** What the trainer names before the draw: the public value observers will produce, and who else contributes. */
export interface CeremonyRandomness {
  /** Where the public value comes from, e.g. 观察员现场掷骰子三次的点数. */
  publicSource: string;
  /** Commitments brought by observers (made with `dra contribute` or any SHA-256 tool). */
  observers: Array<{ holder: string; commitment: string }>;
}

/**
 * The announcement, shown and published before any randomness exists: the inputs fixed row by row,
 * the profile, and the randomness named — one public value produced at the ceremony, the sandbox's
 * own contribution (its commitment now, its value revealed at the draw) and the observers'. The inputs
 * are hashed with WebCrypto (node:crypto beneath it in the sandbox), not the pure SHA-256; `rows` are
 * those the announcement fixed (validated, defaults filled, sorted): what observers download.
 */
export async function ceremonyAnnounce(setup: CeremonySetup, profile: ResolvedProfile, r: CeremonyRandomness, ownContribution: string, now = new Date()): Promise<{ announcement: Announcement; rows: Pick<PreparedInputs, 'objects' | 'inspectors'> }> {
  const prepared = await prepareInputsAsync(setup.objects, setup.inspectors, setup.request);
  const announcement = announce(undefined, undefined, setup.request, {
    prepared,
    profile: { id: profile.id, params: drawParamsFromProfile(profile) },
    randomness: {
      publicValues: [{ id: 'public', source: r.publicSource, availableAfter: todayInChina(now), format: '数字，以单个空格分隔，如 3 6 1' }],
      contributions: [{ id: 'sandbox', holder: '沙盒主持方（培训）', commitment: commitContribution(ownContribution) }, ...r.observers.map((o, i) => ({ id: `observer-${i + 1}`, holder: o.holder, commitment: o.commitment }))],
    },
    now: () => now,
  });
  return { announcement, rows: { objects: prepared.objects, inspectors: prepared.inspectors } };
}

/**
 * The official draw: its seed follows from the announcement, the public value and the revealed contributions.
 * The inputs are hashed afresh (with WebCrypto) and checked against the announcement, as any official draw's are.
 */
export async function ceremonyDraw(setup: CeremonySetup, announcement: Announcement, publicValue: string, contributions: Record<string, string>): Promise<DrawRecord> {
  const prepared = await prepareInputsAsync(setup.objects, setup.inspectors, announcement.request);
  return drawPrepared(prepared, undefined, undefined, { kind: 'official', announcement, publicValues: { public: publicValue }, contributions });
}
