/**
 * Strategy templates against the strategy page: which page field each part of a template fills, and
 * the page's current strategy as a template to save.
 */
import { CREDIT_CLASSES } from '../core/model';
import type { StrategyTemplate } from '../core/templates/template';
import type { PageSpec } from './adapter-schema';
import type { FieldValue, Scalar } from './read-form';
import { strategyFromValues } from './to-model';

export interface Wanted {
  target: string;
  label: string;
  to: Scalar;
}

const FILTERS = ['industries', 'regions', 'types', 'registrationOffices', 'creditClasses'] as const;
const COLUMN_LABEL: Record<string, string> = { libraryId: '抽取库', quantityMode: '抽取数量方式', target: '抽取目标' };

const rowsOf = (v: FieldValue) => (Array.isArray(v) ? (v as Array<Record<string, Scalar>>) : []);

/** The page fields a template fills, with what it cannot place on this page. */
export function templateTargets(t: StrategyTemplate, values: Record<string, FieldValue>, spec: PageSpec): { wanted: Wanted[]; unplaced: string[] } {
  const label = (field: string) => {
    const f = spec.fields.find((x) => x.field === field);
    return f?.label ? (f.index !== undefined ? `${f.label} ${field.slice(-1)}` : f.label) : field;
  };
  const has = (field: string) => spec.fields.some((x) => x.field === field);
  const wanted: Wanted[] = [];
  const unplaced: string[] = [];
  if (t.directed !== undefined) {
    wanted.push({ target: 'strategy.directed', label: label('strategy.directed'), to: t.directed });
    // A template says its whole filter set: a filter it leaves out is cleared, not kept.
    for (const k of FILTERS) if (has(`strategy.filters.${k}`) || t.filters?.[k]?.length) wanted.push({ target: `strategy.filters.${k}`, label: label(`strategy.filters.${k}`), to: [...(t.filters?.[k] ?? [])] });
    if (has('strategy.filters.abnormal') || t.filters?.flags?.abnormal !== undefined) wanted.push({ target: 'strategy.filters.abnormal', label: label('strategy.filters.abnormal'), to: t.filters?.flags?.abnormal });
  }
  if (t.creditClassRates) for (const c of CREDIT_CLASSES) wanted.push({ target: `strategy.creditClassRates.${c}`, label: `${label(`strategy.creditClassRates.${c}`)}`, to: t.creditClassRates[c] });
  const rows = rowsOf(values.entries);
  const entryTable = spec.tables.find((x) => x.feeds === 'entries');
  const libraryShownOnly = entryTable?.columns.find((c) => c.field === 'entry.libraryId')?.widget === 'display';
  for (const item of t.items) {
    const i = rows.findIndex((r) => r.itemId === item.itemId || (!r.itemId && r.itemName === item.itemId));
    if (i < 0) {
      unplaced.push(`检查事项 ${item.itemId} 不在本任务 / item ${item.itemId} is not in this task`);
      continue;
    }
    const name = String(rows[i].itemName ?? item.itemId);
    // A library the page only shows (the platform sets it) cannot be chosen here: said, not written.
    if (item.libraryId && libraryShownOnly && rows[i].libraryId !== item.libraryId) unplaced.push(`${name} · ${COLUMN_LABEL.libraryId}「${item.libraryId}」：本页只显示，不能选择 / the library is shown only on this page`);
    else if (item.libraryId) wanted.push({ target: `entries[${i}].libraryId`, label: `${name} · ${COLUMN_LABEL.libraryId}`, to: item.libraryId });
    wanted.push({ target: `entries[${i}].quantityMode`, label: `${name} · ${COLUMN_LABEL.quantityMode}`, to: item.quantityMode });
    wanted.push({ target: `entries[${i}].target`, label: `${name} · ${COLUMN_LABEL.target}`, to: item.target });
  }
  if (t.inspectorsPerObject !== undefined) unplaced.push(`每户检查对象配置检查人员 ${t.inspectorsPerObject} 个：在“随机抽取执法人员”页填写 / inspectors per object: on the inspector page`);
  return { wanted, unplaced };
}

/** The strategy on the page as a template (its name and department come from the user). */
export function templateFromPage(values: Record<string, FieldValue>, name: string, department: string): StrategyTemplate {
  const s = strategyFromValues(values);
  return {
    name,
    department,
    directed: s.directed,
    filters: s.directed ? s.filters : undefined,
    creditClassRates: s.creditClassRates,
    items: (s.entries ?? []).filter((e) => e.itemId && e.target !== undefined).map((e) => ({ itemId: e.itemId, libraryId: e.libraryId, quantityMode: e.quantityMode === 'fixed' ? ('fixed' as const) : ('ratio' as const), target: e.target! })),
  };
}
