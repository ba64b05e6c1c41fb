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
  const wanted: Wanted[] = [];
  const unplaced: string[] = [];
  if (t.directed !== undefined) {
    wanted.push({ target: 'directed', label: label('directed'), to: t.directed });
    // A template says its whole filter set: a filter it leaves out is cleared, not kept.
    for (const k of FILTERS) wanted.push({ target: k, label: label(k), to: [...(t.filters?.[k] ?? [])] });
    wanted.push({ target: 'abnormal', label: label('abnormal'), to: t.filters?.flags?.abnormal });
  }
  if (t.creditClassRates) for (const c of CREDIT_CLASSES) wanted.push({ target: `rate${c}`, label: `${label(`rate${c}`)}`, to: t.creditClassRates[c] });
  const rows = rowsOf(values.entries);
  for (const item of t.items) {
    const i = rows.findIndex((r) => r.itemId === item.itemId);
    if (i < 0) {
      unplaced.push(`检查事项 ${item.itemId} 不在本任务 / item ${item.itemId} is not in this task`);
      continue;
    }
    const name = String(rows[i].itemLabel ?? item.itemId);
    if (item.libraryId) wanted.push({ target: `entries[${i}].libraryId`, label: `${name} · ${COLUMN_LABEL.libraryId}`, to: item.libraryId });
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
