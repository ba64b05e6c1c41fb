/**
 * A page's field values as the model: the plan or task being edited, inside a dossier the rules can
 * judge. Pure (no DOM), so it is tested without a browser.
 */
import type { DossierInput, PlanInput } from '../core/model';
import { CREDIT_CLASSES, Strategy } from '../core/model';
import type { z } from 'zod';

type StrategyInput = z.input<typeof Strategy>;
import type { FieldValue, Scalar } from './read-form';
import type { PageKind } from './adapter-schema';

const str = (v: FieldValue) => (typeof v === 'string' && v ? v : undefined);
const list = (v: FieldValue): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);
const isoDate = (v: FieldValue) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

function participants(values: Record<string, FieldValue>, joint: boolean) {
  const lead = str(values.lead);
  const responders = joint ? list(values.responders).filter((d) => d !== lead) : [];
  return [...(lead ? [{ departmentId: lead, role: 'lead' as const }] : []), ...responders.map((d) => ({ departmentId: d, role: 'responding' as const }))];
}

/** Model paths (as findings name them) back to page fields, to focus the field a finding concerns. */
export const FIELD_OF_PATH: Array<[RegExp, string]> = [
  [/^plans\[0\]\.(tasks\[0\]\.)?participants/, 'responders'],
  [/^plans\[0\]\.(tasks\[0\]\.)?end$/, 'end'],
  [/^plans\[0\]\.(tasks\[0\]\.)?start$/, 'start'],
  [/^plans\[0\]\.(tasks\[0\]\.)?name$/, 'name'],
  [/^plans\[0\]\.(tasks\[0\]\.)?directed$/, 'directed'],
  [/^plans\[0\]\.(tasks\[0\]\.)?filters$/, 'directed'],
  [/^plans\[0\]\.filedOn$/, 'name'],
  [/^plans\[0\]\.tasks\[0\]\.items/, 'items'],
  [/^plans\[0\]\.tasks\[0\]\.strategy\.creditClassRates/, 'rateA'],
  [/^plans\[0\]\.tasks\[0\]\.strategy\.(directed|filters)/, 'industries'],
  [/^plans\[0\]\.tasks\[0\]\.strategy\.entries\[(\d+)\]/, 'entries[$1].target'],
];

export function fieldForPath(path: string): string | undefined {
  const hit = FIELD_OF_PATH.find(([re]) => re.test(path));
  return hit && path.match(hit[0])![0].replace(hit[0], hit[1]);
}

const rows = (v: FieldValue) => (Array.isArray(v) && v.every((r) => typeof r === 'object') ? (v as Array<Record<string, Scalar>>) : []);

/** The strategy form (添加策略) as the model's Strategy: filters only when directed, rates as numbers. */
export function strategyFromValues(values: Record<string, FieldValue>): StrategyInput {
  const rates = Object.fromEntries(CREDIT_CLASSES.flatMap((c) => (num(values[`rate${c}`]) !== undefined ? [[c, num(values[`rate${c}`])!]] : [])));
  const directed = typeof values.directed === 'boolean' ? values.directed : undefined;
  const filters = {
    industries: list(values.industries),
    regions: list(values.regions),
    types: list(values.types),
    registrationOffices: list(values.registrationOffices),
    creditClasses: list(values.creditClasses).filter((c): c is (typeof CREDIT_CLASSES)[number] => (CREDIT_CLASSES as readonly string[]).includes(c)),
    flags: typeof values.abnormal === 'boolean' ? { abnormal: values.abnormal } : undefined,
  };
  const anyFilter = Object.values(filters).some((f) => (Array.isArray(f) ? f.length : f));
  return {
    mode: values.mode === 'selected-list' ? 'selected-list' : values.mode === 'special-library' ? 'special-library' : undefined,
    directed,
    marketEntities: typeof values.marketEntities === 'boolean' ? values.marketEntities : undefined,
    creditClassRates: Object.keys(rates).length ? rates : undefined,
    // A non-directed form still holds whatever the pickers show; the rule must see them to flag them.
    filters: anyFilter ? filters : undefined,
    entries: rows(values.entries).map((r) => ({
      itemId: String(r.itemId ?? ''),
      libraryId: str(r.libraryId as FieldValue),
      librarySize: num(r.librarySize),
      quantityMode: r.quantityMode === 'fixed' ? 'fixed' : 'ratio',
      target: num(r.target),
    })),
  };
}

/** The dossier for the page being edited, or undefined for pages without a form the rules read. */
export function pageToDossier(kind: PageKind, values: Record<string, FieldValue>, today: string): DossierInput | undefined {
  const year = Number(str(values.year) ?? (isoDate(values.start) ?? today).slice(0, 4));
  if (kind === 'plan') {
    const joint = values.scope === 'joint';
    const plan: PlanInput = {
      id: 'editing',
      name: str(values.name) ?? '（未填写计划名称）',
      year,
      kind: 'annual',
      scope: joint ? 'joint' : 'own',
      participants: participants(values, joint),
      start: isoDate(values.start),
      end: isoDate(values.end),
      // The form being filled in now is the filing, so its date is today.
      filedOn: today,
      directed: typeof values.directed === 'boolean' ? values.directed : undefined,
      responsibleUnit: str(values.responsibleUnit),
      documentNumber: str(values.documentNumber),
    };
    return { asOf: today, plans: [plan] };
  }
  if (kind === 'task') {
    const joint = values.scope === 'joint';
    return {
      asOf: today,
      plans: [
        {
          id: 'task-plan',
          name: '（所属计划）',
          year,
          scope: joint ? 'joint' : 'own',
          tasks: [
            {
              id: 'editing',
              name: str(values.name) ?? '（未填写任务名称）',
              number: str(values.number),
              scope: joint ? 'joint' : 'own',
              participants: participants(values, joint),
              start: isoDate(values.start),
              end: isoDate(values.end),
              directed: typeof values.directed === 'boolean' ? values.directed : undefined,
              items: list(values.items).map((itemId) => ({ itemId })),
            },
          ],
        },
      ],
    };
  }
  if (kind === 'strategy') {
    const strategy = strategyFromValues(values);
    return {
      asOf: today,
      plans: [
        {
          id: 'task-plan',
          name: '（所属计划）',
          year,
          tasks: [
            {
              id: 'editing',
              name: '（抽取策略）',
              directed: strategy.directed,
              // The row's label says the item's name and kind (重点/一般), which the rate rules need.
              items: rows(values.entries)
                .filter((r) => r.itemId)
                .map((r) => ({ itemId: String(r.itemId), name: str(r.itemLabel as FieldValue), kind: r.itemKind === 'key' || r.itemKind === 'general' ? r.itemKind : undefined })),
              strategy,
            },
          ],
        },
      ],
    };
  }
  return undefined;
}
