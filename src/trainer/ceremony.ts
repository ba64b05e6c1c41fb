/**
 * A public draw (摇号) on the sandbox's registries with the verifiable engine: the setup shown before
 * the draw (the task, its item's library and its size per credit class), the commitment to a fresh
 * seed, the draw itself and what anyone needs to verify it afterwards (the record and its inputs).
 */
import { CREDIT_CLASSES, Strategy, type ObjectRecord } from '../core/model';
import { commitmentOf, draw, drawParamsFromProfile, itemRequest, type DrawRecord, type DrawRequestInput } from '../core/draw';
import type { ResolvedProfile } from '../core/profiles';
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

/** Draw with the committed seed; the record is official and verifies with `dra verify`. */
export function ceremonyDraw(setup: CeremonySetup, seed: string, committedAt: string, profile: ResolvedProfile): DrawRecord {
  return draw(setup.objects, setup.inspectors, setup.request, drawParamsFromProfile(profile), { seed, kind: 'official', committedAt });
}

export { commitmentOf };
