/**
 * A page's field values as the model: the plan or task being edited, inside a dossier the rules can
 * judge. Pure (no DOM), so it is tested without a browser.
 */
import type { DossierInput, PlanInput } from '../core/model';
import type { FieldValue } from './read-form';
import type { PageKind } from './adapter-schema';

const str = (v: FieldValue) => (typeof v === 'string' && v ? v : undefined);
const list = (v: FieldValue) => (Array.isArray(v) ? v : []);
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
];

export function fieldForPath(path: string): string | undefined {
  return FIELD_OF_PATH.find(([re]) => re.test(path))?.[1];
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
  return undefined;
}
