import Dexie, { type Collection, type Table } from 'dexie';
import type { Inspector, ObjectRecord } from '../core/model';
import type { DirectedFilters } from '../core/model/filters';
import { canonicalJson } from '../core/draw/canonical';
import type { Accepted, Counts, Note, RejectedRow } from '../core/registry-import/classify';
import type { RegistryKind } from '../core/registry-import/fields';
import type { SavedMapping } from '../core/registry-import/mapping';
import type { ImportStore } from '../core/registry-import/runner';

/**
 * The imported registries (两库), in their own IndexedDB database `dra-registries` so a million rows
 * never slow the extension's main database. Every row carries its generation: an import writes a new
 * generation beside the active one and switches `registries.activeGen` in one transaction at the end,
 * so readers see either the whole previous library or the whole new one, never a mixture.
 */
export type ObjectRow = ObjectRecord & { gen: number; flagKeys?: string[] };
export type InspectorRow = Inspector & { gen: number };

export interface RegistryMeta {
  kind: RegistryKind;
  activeGen: number;
  count: number;
  updatedAt: string;
  files: string[];
}

export type ImportStatus = 'running' | 'merging' | 'done' | 'unchanged' | 'cancelled' | 'abandoned';

/** One import and its checkpoint: the last row written and the counts at that point. */
export interface ImportRow {
  id?: number;
  kind: RegistryKind;
  /** name, size and modification time (and a hash of the head): the same file resumes. */
  fileKey: string;
  fileName: string;
  gen: number;
  baseGen: number;
  mode: 'merge' | 'replace';
  status: ImportStatus;
  lastRow: number;
  counts: Counts;
  headers: string[];
  startedAt: string;
  finishedAt?: string;
}

export interface IssueRow {
  seq?: number;
  importId: number;
  row: number;
  kind: 'rejected' | 'warning' | 'duplicate';
  zh: string;
  en: string;
  cells?: string[];
}

const FLAGS = ['abnormal', 'dishonest', 'seriousViolation', 'complaint'] as const;
/** A multi-entry index value per set flag, prefixed by generation (Dexie cannot combine multi-entry with a compound key). */
export const flagKeysOf = (gen: number, o: ObjectRecord) => FLAGS.filter((f) => o.flags?.[f]).map((f) => `${gen}:${f}`);

export class RegistryDb extends Dexie {
  objects!: Table<ObjectRow, [number, string]>;
  inspectors!: Table<InspectorRow, [number, string]>;
  registries!: Table<RegistryMeta, RegistryKind>;
  imports!: Table<ImportRow, number>;
  issues!: Table<IssueRow, number>;
  mappings!: Table<SavedMapping, [string, string]>;

  constructor(name = 'dra-registries') {
    super(name);
    this.version(1).stores({
      objects: '[gen+id], [gen+creditClass], [gen+industry], [gen+region], [gen+registrationOffice], [gen+name]',
      inspectors: '[gen+id], [gen+departmentId]',
      registries: 'kind',
      imports: '++id, kind, fileKey, status',
      issues: '++seq, importId, [importId+kind]',
      mappings: '[kind+shape]',
    });
    // v2: the risk flags (异常名录, 失信, 严重违法, 投诉) indexed for directed draws; existing rows get their keys.
    this.version(2)
      .stores({ objects: '[gen+id], [gen+creditClass], [gen+industry], [gen+region], [gen+registrationOffice], [gen+name], *flagKeys' })
      .upgrade(async (tx) => {
        await tx.table<ObjectRow>('objects').toCollection().modify((o) => {
          o.flagKeys = flagKeysOf(o.gen, o);
        });
      });
  }
}

const tableOf = (db: RegistryDb, kind: RegistryKind) => (kind === 'objects' ? db.objects : db.inspectors) as Table<ObjectRow | InspectorRow, [number, string]>;

function strip<T extends { gen: number; flagKeys?: string[] }>(row: T): Omit<T, 'gen' | 'flagKeys'> {
  const { gen: _g, flagKeys: _f, ...rest } = row;
  return rest;
}

const toRow = (kind: RegistryKind, gen: number, r: Accepted['record']) => (kind === 'objects' ? { ...(r as ObjectRecord), gen, flagKeys: flagKeysOf(gen, r as ObjectRecord) } : { ...(r as Inspector), gen });

/** Delete a generation's rows, in chunks (a million rows in one transaction would hold the database). */
export async function dropGeneration(db: RegistryDb, kind: RegistryKind, gen: number, chunk = 20000) {
  const t = tableOf(db, kind);
  while (true) {
    const keys = await t.where('[gen+id]').between([gen, Dexie.minKey], [gen, Dexie.maxKey]).limit(chunk).primaryKeys();
    if (!keys.length) return;
    await t.bulkDelete(keys);
  }
}

/** Rows of generations no active library and no running import own: what a crash left behind. */
export async function cleanUp(db: RegistryDb) {
  const metas = await db.registries.toArray();
  const running = await db.imports.where('status').anyOf(['running', 'merging']).toArray();
  for (const kind of ['objects', 'inspectors'] as const) {
    const keep = new Set([...metas.filter((m) => m.kind === kind).map((m) => m.activeGen), ...running.filter((r) => r.kind === kind).map((r) => r.gen)]);
    const t = tableOf(db, kind);
    let gen = -Infinity;
    while (true) {
      const first = await t.where('[gen+id]').above([gen, Dexie.maxKey]).first();
      if (!first) break;
      gen = first.gen;
      if (!keep.has(gen)) await dropGeneration(db, kind, gen);
    }
  }
}

async function nextGen(db: RegistryDb): Promise<number> {
  const [imports, metas] = [await db.imports.toArray(), await db.registries.toArray()];
  return Math.max(0, ...imports.map((i) => i.gen), ...metas.map((m) => m.activeGen)) + 1;
}

export interface Begun {
  row: ImportRow & { id: number };
  /** Set when an interrupted import of the same file is picked up. */
  resume?: { lastRow: number; counts: Counts; seen: Array<[string, number]> };
}

/** Start an import, or resume the interrupted one of the same file; any other unfinished import of the kind is abandoned. */
export async function beginImport(db: RegistryDb, o: { kind: RegistryKind; fileKey: string; fileName: string; headers: string[]; mode?: 'merge' | 'replace' }): Promise<Begun> {
  const open = await db.imports.where('status').anyOf(['running', 'merging']).filter((r) => r.kind === o.kind).toArray();
  const same = open.find((r) => r.fileKey === o.fileKey && r.mode === (o.mode ?? 'merge'));
  for (const r of open) {
    if (r === same) continue;
    await db.imports.update(r.id!, { status: 'abandoned', finishedAt: new Date().toISOString() });
    await dropGeneration(db, o.kind, r.gen);
  }
  if (same) {
    // The ids already written by the interrupted run are duplicates if they come again.
    const keys = await tableOf(db, o.kind).where('[gen+id]').between([same.gen, Dexie.minKey], [same.gen, Dexie.maxKey]).primaryKeys();
    return { row: same as ImportRow & { id: number }, resume: { lastRow: same.lastRow, counts: same.counts, seen: keys.map(([, id]) => [id, 0] as [string, number]) } };
  }
  const meta = await db.registries.get(o.kind);
  const row: ImportRow = {
    kind: o.kind, fileKey: o.fileKey, fileName: o.fileName, gen: await nextGen(db), baseGen: meta?.activeGen ?? 0, mode: o.mode ?? 'merge',
    status: 'running', lastRow: 0, counts: { read: 0, imported: 0, updated: 0, duplicate: 0, rejected: 0, warnings: 0 }, headers: o.headers, startedAt: new Date().toISOString(),
  };
  const id = await db.imports.add(row);
  return { row: { ...row, id } };
}

/** The import's writes: each chunk's rows, issues and checkpoint in one transaction. */
export function importStore(db: RegistryDb, imp: ImportRow & { id: number }): ImportStore {
  const t = tableOf(db, imp.kind);
  return {
    async held(ids) {
      // Compared with the active library; nothing to compare with on a first import.
      if (!imp.baseGen) return ids.map(() => undefined);
      const rows = await t.bulkGet(ids.map((id) => [imp.baseGen, id] as [number, string]));
      return rows.map((r) => (r ? canonicalJson(strip(r)) : undefined));
    },
    async write(c: { records: Accepted[]; rejected: RejectedRow[]; notes: Note[]; counts: Counts; lastRow: number }) {
      await db.transaction('rw', [t, db.imports, db.issues], async () => {
        if (c.records.length) await t.bulkPut(c.records.map((r) => toRow(imp.kind, imp.gen, r.record)) as Array<ObjectRow | InspectorRow>);
        const issues: IssueRow[] = [
          ...c.rejected.map((r) => ({ importId: imp.id, row: r.row, kind: 'rejected' as const, zh: r.reason.zh, en: r.reason.en, cells: r.cells })),
          ...c.notes.map((n) => ({ importId: imp.id, row: n.row, kind: n.kind, zh: n.reason.zh, en: n.reason.en })),
        ];
        if (issues.length) await db.issues.bulkAdd(issues);
        await db.imports.update(imp.id, { lastRow: c.lastRow, counts: c.counts });
      });
    },
  };
}

/**
 * Finish: merge the rows of the library the file did not touch (merge mode), then switch the active
 * generation and close the import in one transaction. An import that changed nothing switches nothing.
 */
export async function finishImport(db: RegistryDb, id: number, chunk = 10000): Promise<ImportRow> {
  const imp = (await db.imports.get(id))!;
  const t = tableOf(db, imp.kind);
  const meta = await db.registries.get(imp.kind);
  const changed = imp.counts.imported + imp.counts.updated > 0 || (imp.mode === 'replace' && (meta?.count ?? 0) !== imp.counts.imported + imp.counts.duplicate);
  if (meta && !changed) {
    await db.imports.update(id, { status: 'unchanged', finishedAt: new Date().toISOString() });
    await dropGeneration(db, imp.kind, imp.gen);
    return (await db.imports.get(id))!;
  }
  if (imp.mode === 'merge' && imp.baseGen) {
    await db.imports.update(id, { status: 'merging' });
    let after: string = '';
    while (true) {
      const page = await t.where('[gen+id]').between([imp.baseGen, after], [imp.baseGen, Dexie.maxKey], false, true).limit(chunk).toArray();
      if (!page.length) break;
      after = page[page.length - 1].id;
      const there = await t.bulkGet(page.map((r) => [imp.gen, r.id] as [number, string]));
      const missing = page.filter((_, i) => !there[i]).map((r) => toRow(imp.kind, imp.gen, strip(r) as Accepted['record']));
      if (missing.length) await t.bulkPut(missing as Array<ObjectRow | InspectorRow>);
    }
  }
  const count = await t.where('[gen+id]').between([imp.gen, Dexie.minKey], [imp.gen, Dexie.maxKey]).count();
  await db.transaction('rw', [db.registries, db.imports], async () => {
    await db.registries.put({ kind: imp.kind, activeGen: imp.gen, count, updatedAt: new Date().toISOString(), files: [...(imp.mode === 'merge' ? (meta?.files ?? []) : []), imp.fileName] });
    await db.imports.update(id, { status: 'done', finishedAt: new Date().toISOString() });
  });
  if (meta && meta.activeGen !== imp.gen) await dropGeneration(db, imp.kind, meta.activeGen);
  return (await db.imports.get(id))!;
}

export async function cancelImport(db: RegistryDb, id: number) {
  const imp = await db.imports.get(id);
  if (!imp || (imp.status !== 'running' && imp.status !== 'merging')) return;
  await db.imports.update(id, { status: 'cancelled', finishedAt: new Date().toISOString() });
  await dropGeneration(db, imp.kind, imp.gen);
}

// ---- Reading: counts, pages and the library for a draw -------------------------------------------

export interface RegistryQuery {
  filters?: DirectedFilters;
  /** A code prefix (letters and digits) or a name prefix. */
  text?: string;
}

/** The narrowest index for the filters, then the rest checked row by row. */
function objectCollection(db: RegistryDb, gen: number, q: RegistryQuery) {
  const f = q.filters ?? {};
  const text = q.text?.trim();
  const rest: Array<(o: ObjectRow) => boolean> = [];
  let c: Collection<ObjectRow, [number, string]> | undefined;
  const inList = (list: string[] | undefined, get: (o: ObjectRow) => string | undefined) => {
    if (list?.length) {
      const s = new Set(list);
      rest.push((o) => s.has(get(o) ?? ''));
    }
  };
  if (text && /^[0-9A-Za-z]+$/.test(text)) c = db.objects.where('[gen+id]').between([gen, text.toUpperCase()], [gen, `${text.toUpperCase()}\uffff`]);
  else if (text) c = db.objects.where('[gen+name]').between([gen, text], [gen, `${text}\uffff`]);
  const pick = (index: string, list: string[] | undefined) => {
    if (c || !list?.length) return false;
    c = db.objects.where(index).anyOf(list.map((v) => [gen, v]));
    return true;
  };
  if (!pick('[gen+creditClass]', f.creditClasses)) inList(f.creditClasses, (o) => o.creditClass);
  if (!pick('[gen+registrationOffice]', f.registrationOffices)) inList(f.registrationOffices, (o) => o.registrationOffice);
  if (!pick('[gen+region]', f.regions)) inList(f.regions, (o) => o.region);
  if (!pick('[gen+industry]', f.industries)) inList(f.industries, (o) => o.industry);
  inList(f.types, (o) => o.type);
  inList(f.scales, (o) => o.scale);
  const flags = Object.entries(f.flags ?? {}).filter(([, v]) => v !== undefined) as Array<[keyof ObjectRecord['flags'], boolean]>;
  for (const [k, v] of flags) {
    if (!c && v) c = db.objects.where('flagKeys').equals(`${gen}:${k}`);
    else rest.push((o) => !!o.flags?.[k] === v);
  }
  if (!c) c = db.objects.where('[gen+id]').between([gen, Dexie.minKey], [gen, Dexie.maxKey]);
  return rest.length ? c.and((o) => rest.every((r) => r(o))) : c;
}

export async function activeGen(db: RegistryDb, kind: RegistryKind) {
  return (await db.registries.get(kind))?.activeGen;
}

export async function countObjects(db: RegistryDb, q: RegistryQuery = {}): Promise<number> {
  const gen = await activeGen(db, 'objects');
  return gen ? objectCollection(db, gen, q).count() : 0;
}

export async function pageObjects(db: RegistryDb, q: RegistryQuery, offset: number, limit: number): Promise<ObjectRecord[]> {
  const gen = await activeGen(db, 'objects');
  if (!gen) return [];
  return (await objectCollection(db, gen, q).offset(offset).limit(limit).toArray()).map(strip);
}

/** The objects a draw would start from (directed filters applied), and every inspector. */
export async function loadLibrary(db: RegistryDb, q: RegistryQuery = {}, maxObjects = Infinity): Promise<{ objects: ObjectRecord[]; inspectors: Inspector[]; total: number } | undefined> {
  const [og, ig] = [await activeGen(db, 'objects'), await activeGen(db, 'inspectors')];
  if (!og && !ig) return undefined;
  const c = og ? objectCollection(db, og, q) : undefined;
  const total = c ? await c.count() : 0;
  if (total > maxObjects) return { objects: [], inspectors: [], total };
  const objects = c ? (await c.toArray()).map(strip) : [];
  const inspectors = ig ? (await db.inspectors.where('[gen+id]').between([ig, Dexie.minKey], [ig, Dexie.maxKey]).toArray()).map(strip) : [];
  return { objects, inspectors, total };
}

export async function distinctValues(db: RegistryDb, index: '[gen+industry]' | '[gen+region]' | '[gen+registrationOffice]' | '[gen+creditClass]', limit = 200): Promise<string[]> {
  const gen = await activeGen(db, 'objects');
  if (!gen) return [];
  const out: string[] = [];
  let from: string = '';
  // Skip-scan the compound index: one seek per distinct value, not one read per row.
  while (out.length < limit) {
    const k = (await db.objects.where(index).between([gen, from], [gen, Dexie.maxKey], out.length === 0, true).first()) as Record<string, unknown> | undefined;
    if (!k) break;
    const v = k[index.slice(5, -1)] as string;
    out.push(v);
    from = v;
  }
  return out;
}

export async function saveMapping(db: RegistryDb, m: SavedMapping) {
  await db.mappings.put(m);
}
