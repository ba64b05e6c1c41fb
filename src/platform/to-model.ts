/**
 * A page's field values (vocabulary paths, src/platform/vocabulary.ts) as the model: every part the
 * page shows — the plan, its task, the task's strategy, their items — inside a dossier the rules can
 * judge. What is read but not used says why (lines for the panel's "读取情况"). Pure (no DOM).
 */
import type { DossierInput, PlanInput } from '../core/model';
import { CREDIT_CLASSES, Strategy } from '../core/model';
import type { ListedItem } from './item-list';
import { isItemSource, listSource, type ItemSource } from './item-source';
import type { z } from 'zod';
import type { FieldValue, ReadLine } from './read-form';
import { bool, drop, list, note, num, rows, str, type Row, type Values } from './model-values';
import { resultFromValues } from './result-from-values';
import { drawFromValues } from './draw-from-values';

type StrategyInput = z.input<typeof Strategy>;

function participants(part: 'plan' | 'task', values: Values, joint: boolean, lines: ReadLine[]) {
  const lead = str(values[`${part}.lead`]);
  const all = list(values[`${part}.departments`]);
  const others = [...new Set(all.filter((d) => d !== lead))];
  if (!joint && others.length) lines.push(drop(`${part}.departments`, others, '本部门抽查：牵头部门以外的部门不计入', 'own-department check: departments other than the lead are not counted'));
  const responders = joint ? others : [];
  return [...(lead ? [{ departmentId: lead, role: 'lead' as const }] : []), ...responders.map((d) => ({ departmentId: d, role: 'responding' as const }))];
}

/** Model paths (as findings name them) back to page fields, to focus the field a finding concerns. */
export const FIELD_OF_PATH: Array<[RegExp, string]> = [
  [/^plans\[0\]\.tasks\[0\]\.participants/, 'task.departments'],
  [/^plans\[0\]\.participants/, 'plan.departments'],
  [/^plans\[0\]\.tasks\[0\]\.(end|start|name|directed)$/, 'task.$1'],
  [/^plans\[0\]\.(end|start|name|directed)$/, 'plan.$1'],
  [/^plans\[0\]\.tasks\[0\]\.filters$/, 'task.directed'],
  [/^plans\[0\]\.filters$/, 'plan.directed'],
  [/^plans\[0\]\.filedOn$/, 'plan.name'],
  [/^plans\[0\]\.tasks\[0\]\.strategy\.inspectorsPerObject$/, 'strategy.inspectorsPerObject'],
  [/^plans\[0\]\.tasks\[0\]\.draw\.assignments\[(\d+)\](?:\.\w+)?$/, 'assignments[$1].inspectors'],
  [/^plans\[0\]\.tasks\[0\]\.strategy\.creditClassRates(?:\.([A-D]))?/, 'strategy.creditClassRates.A'],
  [/^plans\[0\]\.tasks\[0\]\.strategy\.(directed|filters)/, 'strategy.filters.industries'],
  [/^plans\[0\]\.tasks\[0\]\.strategy\.entries\[(\d+)\]/, 'entries[$1].target'],
  [/^plans\[0\]\.tasks\[0\]\.items/, 'task.items'],
  // The result-entry page: each date by its field; a date the page does not show (公示日期 before it is
  // published) falls back to the check date, from which every deadline runs.
  [/^plans\[0\]\.tasks\[0\]\.results\[0\]\.(\w+)$/, 'result.$1'],
  // A result ticked as check boxes (Zhejiang's 检查结果).
  [/^plans\[0\]\.tasks\[0\]\.results\[0\]\.category$/, 'result.categories'],
  // On a review page, 公示日期 is the 审核日期 (审核通过即公示); the decision itself is the 审核结果.
  [/^plans\[0\]\.tasks\[0\]\.results\[0\]\.publishedOn$/, 'result.reviewedOn'],
  [/^plans\[0\]\.tasks\[0\]\.results\[0\]\.publishedOn$/, 'result.reviewPassed'],
  [/^plans\[0\]\.tasks\[0\]\.results\[0\]\.(?:publishedOn|uploadedOn|uploadDelayReason)$/, 'result.checkedOn'],
  [/^plans\[0\]\.items\[(\d+)\]\.(\w+)/, 'planItems[$1].$2'],
];

export function fieldForPath(path: string): string | undefined {
  return fieldsForPath(path)[0];
}

/** Every page field a model path may be shown at, best first (the first the page has is the one to mark). */
export function fieldsForPath(path: string): string[] {
  return FIELD_OF_PATH.filter(([re]) => re.test(path)).map(([re, to]) => path.match(re)![0].replace(re, to));
}

/** The strategy form (添加策略) as the model's Strategy: filters only when directed, rates as numbers. */
export function strategyFromValues(values: Values): StrategyInput {
  const rates = Object.fromEntries(CREDIT_CLASSES.flatMap((c) => (num(values[`strategy.creditClassRates.${c}`]) !== undefined ? [[c, num(values[`strategy.creditClassRates.${c}`])!]] : [])));
  const filter = (k: string) => list(values[`strategy.filters.${k}`]);
  const abnormal = bool(values['strategy.filters.abnormal']);
  const filters = {
    industries: filter('industries'),
    regions: filter('regions'),
    types: filter('types'),
    registrationOffices: filter('registrationOffices'),
    creditClasses: filter('creditClasses').filter((c): c is (typeof CREDIT_CLASSES)[number] => (CREDIT_CLASSES as readonly string[]).includes(c)),
    flags: abnormal !== undefined ? { abnormal } : undefined,
  };
  const anyFilter = Object.values(filters).some((f) => (Array.isArray(f) ? f.length : f));
  const mode = values['strategy.mode'];
  return {
    mode: mode === 'selected-list' || mode === 'special-library' ? mode : undefined,
    directed: bool(values['strategy.directed']),
    marketEntities: bool(values['strategy.marketEntities']),
    creditClassRates: Object.keys(rates).length ? rates : undefined,
    inspectorsPerObject: num(values['strategy.inspectorsPerObject']),
    // A non-directed form still holds whatever the pickers show; the rule must see them to flag them.
    filters: anyFilter ? filters : undefined,
    entries: rows(values.entries)
      .filter((r) => entryItemId(r))
      .map((r) => ({
        itemId: entryItemId(r)!,
        libraryId: str(r.libraryId as FieldValue),
        librarySize: num(r.librarySize),
        quantityMode: r.quantityMode === 'fixed' ? 'fixed' : 'ratio',
        target: num(r.target),
      })),
  };
}

/** A strategy row names its item by id, or (platforms that show only the name) by its name. */
const entryItemId = (r: Row) => str(r.itemId as FieldValue) ?? str(r.itemName as FieldValue);

export { listedItem } from './item-source';

interface ItemIn {
  itemId: string;
  name?: string;
  kind?: 'key' | 'general';
  ratePercent?: number;
  fixedCount?: number;
  legalBasis?: string;
}

/** Kind and legal basis from the item list (随机抽查事项清单) where the page does not show them. */
function fromList(items: ItemIn[], itemList: ItemSource, field: 'item' | 'entry', lines: ReadLine[]): ItemIn[] {
  return items.map((it, i) => {
    if (it.kind && it.legalBasis) return it;
    const hit = itemList.find(it.itemId, it.name);
    if (!hit) {
      if (!it.kind) lines.push(note(`${field}.${field === 'item' ? 'kind' : 'itemKind'}`, undefined, itemList.size ? `事项清单中没有「${it.name ?? it.itemId}」` : '页面没有事项类别，也没有导入事项清单', itemList.size ? `"${it.name ?? it.itemId}" is not in the item list` : 'the page shows no kind and no item list is imported', i));
      return it;
    }
    const next = { ...it, kind: it.kind ?? hit.kind, legalBasis: it.legalBasis ?? hit.legalBasis, name: it.name ?? hit.name };
    // A list read from the platform's page may show no kind: the item is found, its kind is still missing.
    if (!it.kind && hit.kind) lines.push(note(`${field}.${field === 'item' ? 'kind' : 'itemKind'}`, hit.kind, `事项清单「${hit.name}」`, `item list "${hit.name}"`, i));
    if (!it.kind && !hit.kind) lines.push(note(`${field}.${field === 'item' ? 'kind' : 'itemKind'}`, undefined, `事项清单「${hit.name}」没有事项类别（平台清单页未显示；可导入含“事项类别”的清单）`, `item list "${hit.name}" has no kind (the platform's list page shows none; import a list with a kind column)`, i));
    if (!it.legalBasis && hit.legalBasis && field === 'item') lines.push(note('item.legalBasis', hit.legalBasis, `事项清单「${hit.name}」`, `item list "${hit.name}"`, i));
    return next;
  });
}

const itemRows = (v: FieldValue): ItemIn[] =>
  rows(v)
    .filter((r) => str(r.id as FieldValue) ?? str(r.name as FieldValue))
    .map((r) => ({
      itemId: (str(r.id as FieldValue) ?? str(r.name as FieldValue))!,
      name: str(r.name as FieldValue),
      kind: r.kind === 'key' || r.kind === 'general' ? r.kind : undefined,
      ratePercent: num(r.ratePercent),
      fixedCount: num(r.fixedCount),
      legalBasis: str(r.legalBasis as FieldValue),
    }));

export interface PageModel {
  dossier?: DossierInput;
  /** What building the model used from elsewhere (the item list) or dropped, with the reason. */
  lines: ReadLine[];
}

const has = (values: Values, prefix: RegExp) => Object.keys(values).some((k) => prefix.test(k) && values[k] !== undefined);

/** The dossier for the page being edited, or no dossier for pages without a form the rules read. */
export function pageModel(values: Values, today: string, opts: { itemList?: ListedItem[] | ItemSource } = {}): PageModel {
  const lines: ReadLine[] = [];
  const itemList = isItemSource(opts.itemList) ? opts.itemList : listSource(opts.itemList);
  const resultShown = Object.keys(values).some((k) => k.startsWith('result.'));
  const drawShown = values.assignments !== undefined;
  const hasTask = resultShown || drawShown || (has(values, /^(task\.|strategy\.|draw\.|entries$|taskItems$)/) && Object.keys(values).some((k) => /^(task\.|strategy\.|entries$|taskItems$)/.test(k)));
  const hasPlan = has(values, /^(plan\.|planItems$)/) || (!hasTask && values.items !== undefined);
  if (!hasTask && !hasPlan) return { lines };
  const draw = drawShown ? drawFromValues(values, lines) : undefined;
  // The year the page states, else the year of its dates (a plan running into December is judged in its own year).
  const dated = str(values['plan.start']) ?? str(values['task.start']) ?? str(values['plan.end']) ?? str(values['task.end']);
  const year = num(values['plan.year']) ?? Number((dated ?? today).slice(0, 4));

  const taskJoint = values['task.scope'] === 'joint';
  const planScope = values['plan.scope'] === 'joint' || values['plan.scope'] === 'own' ? (values['plan.scope'] as 'joint' | 'own') : hasTask ? (taskJoint ? 'joint' : 'own') : 'own';
  const planItems = fromList(itemRows(hasTask ? values.planItems : (values.planItems ?? values.items)), itemList, 'item', lines);

  const plan: PlanInput = {
    id: hasTask ? 'task-plan' : 'editing',
    name: str(values['plan.name']) ?? (hasTask ? '（所属计划）' : '（未填写计划名称）'),
    year,
    kind: values['plan.kind'] === 'temporary' ? 'temporary' : 'annual',
    scope: planScope,
    participants: hasPlan ? participants('plan', values, planScope === 'joint', lines) : [],
    start: str(values['plan.start']),
    end: str(values['plan.end']),
    // The plan form being filled in now is the filing, so its date is today.
    filedOn: hasTask ? undefined : today,
    directed: bool(values['plan.directed']),
    responsibleUnit: str(values['plan.responsibleUnit']),
    documentNumber: str(values['plan.documentNumber']),
    temporary: str(values['plan.legalBasis']) ? { legalBasis: str(values['plan.legalBasis']) } : undefined,
    items: planItems,
    tasks: [],
  };
  if (hasTask) {
    const strategyShown = has(values, /^(strategy\.|entries$)/);
    const strategy = strategyShown ? strategyFromValues(values) : undefined;
    // The strategy's rows name the task's items (and, on some platforms, their kind).
    const entryItems: ItemIn[] = rows(values.entries)
      .filter((r) => entryItemId(r))
      .map((r) => ({ itemId: entryItemId(r)!, name: str(r.itemName as FieldValue), kind: r.itemKind === 'key' || r.itemKind === 'general' ? r.itemKind : undefined }));
    const listed = list(values['task.items']).map((itemId) => ({ itemId }));
    const tableItems = itemRows(values.taskItems ?? values.items);
    const merged = new Map<string, ItemIn>();
    for (const it of [...listed, ...tableItems]) merged.set(it.itemId, { ...merged.get(it.itemId), ...it });
    const items = [...fromList([...merged.values()], itemList, 'item', lines), ...fromList(entryItems.filter((e) => !merged.has(e.itemId)), itemList, 'entry', lines)];
    plan.tasks = [
      {
        id: 'editing',
        name: str(values['task.name']) ?? (has(values, /^task\./) ? '（未填写任务名称）' : resultShown ? '（检查结果所属任务）' : drawShown ? '（抽取执法人员的任务）' : '（抽取策略）'),
        number: str(values['task.number']),
        scope: values['task.scope'] === 'joint' || values['task.scope'] === 'own' ? values['task.scope'] : undefined,
        participants: participants('task', values, taskJoint, lines),
        start: str(values['task.start']),
        end: str(values['task.end']),
        directed: bool(values['task.directed']) ?? strategy?.directed,
        items,
        strategy,
        results: resultShown ? [resultFromValues(values, today, lines)] : [],
        draw: draw ? { assignments: draw.assignments } : undefined,
      },
    ];
  }
  const inspectors = draw?.inspectors;
  return { dossier: { asOf: today, plans: [plan], ...(inspectors ? { inspectors } : {}) }, lines };
}
