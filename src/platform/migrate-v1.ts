/**
 * Format-1 adapters (field names of a per-kind reader: `lead`, `rateA`, `entries`) to format 2
 * (vocabulary paths: `plan.lead`, `strategy.creditClassRates.A`, tables that say what they feed).
 * Users' saved adapters and pasted ones migrate as they are read; a name format 1 did not know is
 * left as it is, so format 2 refuses it with the list of valid fields.
 */
type Json = Record<string, unknown>;

const COMMON: Record<string, string> = { lead: 'lead', scope: 'scope', responders: 'departments', name: 'name', directed: 'directed', start: 'start', end: 'end' };
const BY_KIND: Record<string, Record<string, string>> = {
  plan: { ...prefixed('plan', COMMON), year: 'plan.year', responsibleUnit: 'plan.responsibleUnit', documentNumber: 'plan.documentNumber' },
  task: { ...prefixed('task', COMMON), number: 'task.number', items: 'task.items', year: 'plan.year' },
  strategy: {
    mode: 'strategy.mode',
    directed: 'strategy.directed',
    industries: 'strategy.filters.industries',
    regions: 'strategy.filters.regions',
    types: 'strategy.filters.types',
    registrationOffices: 'strategy.filters.registrationOffices',
    creditClasses: 'strategy.filters.creditClasses',
    abnormal: 'strategy.filters.abnormal',
    rateA: 'strategy.creditClassRates.A',
    rateB: 'strategy.creditClassRates.B',
    rateC: 'strategy.creditClassRates.C',
    rateD: 'strategy.creditClassRates.D',
    marketEntities: 'strategy.marketEntities',
    drawnAt: 'draw.drawnAt',
    drawnCount: 'draw.drawnCount',
  },
};
const ENTRY_COLUMNS: Record<string, string> = {
  itemId: 'entry.itemId',
  itemLabel: 'entry.itemName',
  itemKind: 'entry.itemKind',
  libraryId: 'entry.libraryId',
  librarySize: 'entry.librarySize',
  quantityMode: 'entry.quantityMode',
  target: 'entry.target',
};

function prefixed(p: string, m: Record<string, string>) {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, `${p}.${v}`]));
}

function field(f: unknown, names: Record<string, string>): unknown {
  if (!f || typeof f !== 'object') return f;
  const { values, ...rest } = f as Json;
  const name = typeof rest.field === 'string' ? (names[rest.field] ?? rest.field) : rest.field;
  return { ...rest, field: name, ...(values !== undefined ? { map: values } : {}) };
}

function page(p: unknown): unknown {
  if (!p || typeof p !== 'object') return p;
  const pg = p as Json;
  const names = BY_KIND[String(pg.kind)] ?? {};
  const tables = Array.isArray(pg.tables)
    ? pg.tables.map((t) => {
        if (!t || typeof t !== 'object') return t;
        const { field: feeds, ...rest } = t as Json;
        return { ...rest, feeds: feeds === 'entries' ? 'entries' : feeds, key: field(rest.key, ENTRY_COLUMNS), columns: Array.isArray(rest.columns) ? rest.columns.map((c) => field(c, ENTRY_COLUMNS)) : rest.columns };
      })
    : pg.tables;
  const assume = pg.assume && typeof pg.assume === 'object' ? Object.fromEntries(Object.entries(pg.assume as Json).map(([k, v]) => [names[k] ?? k, v])) : pg.assume;
  return { ...pg, fields: Array.isArray(pg.fields) ? pg.fields.map((f) => field(f, names)) : pg.fields, ...(tables !== undefined ? { tables } : {}), ...(assume !== undefined ? { assume } : {}) };
}

/** A format-1 adapter as format 2; anything else (format 2, or not an adapter) is returned as it is. */
export function migrateAdapter(a: unknown): unknown {
  if (!a || typeof a !== 'object' || 'format' in a) return a;
  const v1 = a as Json;
  return { format: 2, ...v1, pages: Array.isArray(v1.pages) ? v1.pages.map(page) : v1.pages };
}
