/**
 * A page's field values (vocabulary paths, src/platform/vocabulary.ts) as the model: every part the
 * page shows — the plan, its task, the task's strategy, their items — inside a dossier the rules can
 * judge. What is read but not used says why (lines for the panel's "读取情况"). Pure (no DOM).
 */
import type { DossierInput, PlanInput } from '../core/model';
import { CheckResult, CREDIT_CLASSES, resultCategoryCode, Strategy } from '../core/model';
import type { ListedItem } from './item-list';
import { isItemSource, listSource, type ItemSource } from './item-source';
import type { z } from 'zod';
import type { FieldValue, ReadLine, Scalar } from './read-form';
import { VOCAB } from './vocabulary';

type StrategyInput = z.input<typeof Strategy>;
type CheckResultInput = z.input<typeof CheckResult>;
type Row = Record<string, Scalar>;
type Values = Record<string, FieldValue>;

const str = (v: FieldValue) => (typeof v === 'string' && v ? v : undefined);
const list = (v: FieldValue): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const bool = (v: FieldValue) => (typeof v === 'boolean' ? v : undefined);
const rows = (v: FieldValue): Row[] => (Array.isArray(v) && v.every((r) => typeof r === 'object') ? (v as Row[]) : []);

const note = (field: string, used: Scalar, zh: string, en: string, row?: number): ReadLine => ({ field, row, where: { zh, en }, used, rules: VOCAB.get(field)?.rules ?? [] });
const drop = (field: string, raw: string[], zh: string, en: string): ReadLine => ({ field, where: { zh: '转为模型时', en: 'when building the model' }, raw, dropped: { zh, en }, rules: VOCAB.get(field)?.rules ?? [] });

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

/**
 * A result ticked as check boxes (several may be, as on Zhejiang's 检查结果): the model keeps one category. Those
 * outside the nine are what the rule must see, so they are the category (all of them, joined); else the first of
 * the nine, and the others ticked are said in 读取情况 as also of the nine.
 */
function tickedCategory(ticked: string[], lines: ReadLine[]): string | undefined {
  const all = [...new Set(ticked)];
  const outside = all.filter((c) => !resultCategoryCode(c));
  if (outside.length) return outside.join('、');
  const [first, ...rest] = all;
  if (rest.length) lines.push(note('result.categories', rest.join('、'), `同时勾选，均属规定类别（按「${first}」判断）`, `also ticked, all of the set categories (judged as "${first}")`));
  return first;
}

/**
 * The result being entered (检查结果录入): one object's result. The platform records the upload when it is saved,
 * so a page that shows no upload date is judged as uploaded today, and 读取情况 says so.
 */
function resultFromValues(values: Values, today: string, lines: ReadLine[]): CheckResultInput {
  const shown = str(values['result.uploadedOn']);
  if (!shown) lines.push(note('result.uploadedOn', today, '页面未显示录入日期：按今天（保存之日）计', 'no entry date shown: today (the day it is saved)'));
  const object = str(values['result.object']);
  return {
    objectId: object ?? '（被检查对象）',
    objectName: object,
    category: str(values['result.category']) ?? tickedCategory(list(values['result.categories']), lines),
    checkedOn: str(values['result.checkedOn']),
    uploadedOn: shown ?? today,
    uploadDelayReason: str(values['result.uploadDelayReason']),
    publishedOn: str(values['result.publishedOn']) ?? reviewPublication(values, lines),
  };
}

/**
 * The 公示日期 a review page gives (结果审核公示): a result that passes review is published on the day of the review;
 * one sent back is not published; before the reviewer decides, nothing is. Each case is said in 读取情况.
 */
function reviewPublication(values: Values, lines: ReadLine[]): string | undefined {
  const passed = bool(values['result.reviewPassed']);
  const on = str(values['result.reviewedOn']);
  if (!on && passed === undefined) return undefined;
  if (passed === true && on) {
    lines.push(note('result.reviewedOn', on, '审核通过即公示：公示日期按审核日期计', 'passed review is published: the review day is the publication day'));
    return on;
  }
  if (passed === true) lines.push(note('result.reviewPassed', true, '审核通过，但页面没有审核日期：公示日期未知，按未公示判断', 'passed, but the page shows no review day: judged as not yet published'));
  else if (on) lines.push(drop('result.reviewedOn', [on], passed === false ? '审核不通过（退回）：结果不公示' : '尚未选择审核结果：结果尚未公示', passed === false ? 'sent back: the result is not published' : 'no review decision yet: not published yet'));
  return undefined;
}

/** The inspector-draw page's rows (随机抽取执法人员): each drawn object and the inspectors matched to it. */
const assignmentRows = (values: Values) => rows(values.assignments).filter((r) => str(r.object as FieldValue));

/**
 * A row's people as the page names them: by their ids (执法证号, 人员编码) where the page shows one per name, else
 * by name. Ids that do not pair with the names (a different count) are not guessed at: they are dropped with a
 * line, and the row falls back to names.
 */
function people(r: Row, names: 'inspectors' | 'recused', row: number, lines: ReadLine[]): Array<{ id: string; name: string; nameOnly: boolean }> {
  const shown = list(r[names] as FieldValue);
  const idsField = names === 'inspectors' ? 'inspectorIds' : 'recusedIds';
  const ids = list(r[idsField] as FieldValue);
  if (ids.length && ids.length !== shown.length) {
    lines.push({
      field: `assignment.${idsField}`,
      row,
      where: { zh: '转为模型时', en: 'when building the model' },
      raw: ids,
      dropped: { zh: `编号 ${ids.length} 个、姓名 ${shown.length} 个，无法一一对应：按姓名识别`, en: `${ids.length} ids for ${shown.length} names cannot be paired: matched by name` },
      rules: VOCAB.get(`assignment.${idsField}`)?.rules ?? [],
    });
  }
  const byId = ids.length > 0 && ids.length === shown.length;
  return shown.map((name, i) => (byId ? { id: ids[i], name, nameOnly: false } : { id: name, name, nameOnly: true }));
}

interface PageInspector {
  id: string;
  name: string;
  nameOnly?: true;
  conflicts: string[];
}

/**
 * The drawn objects with their inspectors, and the inspectors as far as the page shows them: each once (by id where
 * the page shows ids, else by name), with the objects it says they must recuse from (回避). The registry only when
 * the page shows recusals at all (a `recused` column): else it stays unknown and the recusal rule says it lacks the
 * data, rather than pass. Matching by name is said in 读取情况.
 */
function drawFromValues(values: Values, lines: ReadLine[]) {
  const all = assignmentRows(values);
  const registry = new Map<string, PageInspector>();
  const add = (p: { id: string; name: string; nameOnly: boolean }) => registry.get(p.id) ?? registry.set(p.id, { id: p.id, name: p.name, ...(p.nameOnly ? { nameOnly: true as const } : {}), conflicts: [] }).get(p.id)!;
  const recusals: Array<{ p: { id: string; name: string; nameOnly: boolean }; objectId: string }> = [];
  const assignments = all.map((r, i) => {
    const objectId = str(r.object as FieldValue)!;
    const inspectors = people(r, 'inspectors', i, lines).map(add);
    for (const p of people(r, 'recused', i, lines)) recusals.push({ p, objectId });
    return { objectId, inspectorIds: inspectors.map((p) => p.id) };
  });
  // A recusal known by name only binds everyone of that name (namesakes included: a finding to check, never a
  // silent pass), and those it binds are said to be matched by name.
  for (const { p, objectId } of recusals) {
    const bound = p.nameOnly ? [...registry.values()].filter((x) => x.name === p.name) : [];
    for (const x of bound.length ? bound : [add(p)]) {
      x.conflicts.push(objectId);
      if (p.nameOnly) x.nameOnly = true;
    }
  }
  const byName = [...registry.values()].filter((p) => p.nameOnly);
  if (byName.length)
    lines.push(note('assignment.inspectorIds', undefined, `页面未显示执法证号或人员编码：${byName.length} 名人员按姓名识别，同名人员无法区分`, `the page shows no licence or staff number: ${byName.length} people identified by name; namesakes cannot be told apart`));
  const shown = all.some((r) => 'recused' in r);
  return { assignments, inspectors: shown ? [...registry.values()] : undefined };
}

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
