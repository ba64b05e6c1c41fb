import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DraDb } from '../../src/storage/db';
import { nextEntry, type AuditEntry } from '../../src/core/audit';
import { canonicalJson } from '../../src/core/draw/canonical';

/**
 * The schema as each past release declared it, copied from db.ts history (only ever added to), so a
 * database written by that release can be made here and opened by the current code.
 */
const SCHEMAS: Array<Record<string, string>> = [
  { audit: 'seq, kind, at' },
  { drawRuns: '++id, key, &[key+drawnAt]' },
  { settings: 'key', templates: 'id, department, name', adapters: 'id', previews: '++id, key, savedAt', verdicts: '[tabId+frameId], tabId', evidence: '++id, savedAt' },
  { liaisonRecords: 'key, kind, readAt' },
];
const CURRENT = SCHEMAS.length;

function pastDb(name: string, version: number): Dexie {
  const db = new Dexie(name);
  for (let v = 1; v <= version; v++) db.version(v).stores(SCHEMAS[v - 1]);
  return db;
}

/** Rows a user of that release would have: an audit chain, draw runs, settings, templates… */
function rowsFor(version: number): Record<string, unknown[]> {
  const audit: AuditEntry[] = [];
  for (let i = 0; i < 25; i++) audit.push(nextEntry(audit.at(-1), i % 2 ? 'draw-rerun' : 'submit-with-findings', { n: i, reason: `理由 ${i}`, nested: { list: [i, '二'] } }, `2026-0${1 + (i % 9)}-01T00:00:00.000Z`));
  const rows: Record<string, unknown[]> = { audit };
  if (version >= 2) rows.drawRuns = Array.from({ length: 12 }, (_, i) => ({ id: i + 1, key: `http://127.0.0.1/randompage#RW-${i % 4}`, drawnAt: `2026-05-0${1 + (i % 9)}T01:0${i % 6}:00Z`, seenAt: '2026-05-06T01:00:00Z' }));
  if (version >= 3) {
    rows.settings = [
      { key: 'profileId', value: 'baseline' },
      { key: 'department', value: '区市场监管局' },
      { key: 'origins', value: ['https://sjzt.example.gov.cn'] },
    ];
    rows.templates = [{ id: 'tpl-1', name: '餐饮定向模板', department: 'SCJG', savedAt: '2026-05-06T00:00:00Z', fields: { rateA: '3' } }];
    rows.adapters = [{ id: 'user-adapter', name: '本省平台', pages: [] }];
    rows.previews = [{ id: 1, key: 'k', url: 'http://127.0.0.1/x', savedAt: '2026-05-06T00:00:00Z', record: { seed: 's', recordHash: 'a'.repeat(64) } }];
    rows.verdicts = [{ tabId: 3, frameId: 0, url: 'http://127.0.0.1/x', kind: 'plan', profileId: 'baseline', counts: { error: 1, warn: 0, info: 0, incomplete: 0 }, at: '2026-05-06T00:00:00Z' }];
    rows.evidence = [{ id: 1, savedAt: '2026-05-06T00:00:00Z', evidence: { format: 'dra-evidence/1', hash: 'b'.repeat(64) } }];
  }
  if (version >= 4)
    rows.liaisonRecords = Array.from({ length: 6 }, (_, i) => ({ key: `task:RW-2026-00${i}`, kind: 'task', values: { number: `丰市监抽查〔2026〕${i}号`, end: '2026-11-30' }, source: { kind: 'page', name: 'http://127.0.0.1/syn/sccheck/scplantask' }, row: i + 1, readAt: '2026-11-20T08:00:00Z' }));
  return rows;
}

/** Row count and a SHA-256 over the rows in key order, per table. */
async function fingerprint(db: Dexie, tables: string[]): Promise<Record<string, { rows: number; hash: string }>> {
  const out: Record<string, { rows: number; hash: string }> = {};
  for (const t of tables) {
    const rows = await db.table(t).toArray();
    out[t] = { rows: rows.length, hash: createHash('sha256').update(canonicalJson(rows)).digest('hex') };
  }
  return out;
}

const shape = (db: Dexie) =>
  Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()].join(', ')]));

describe('Dexie schema upgrades', () => {
  it('the fixtures cover every version db.ts declares, with the same tables and indexes', () => {
    const current = new DraDb(`shape-${Math.random()}`);
    expect(current.verno, 'db.ts gained a version: add its schema to SCHEMAS and a fixture').toBe(SCHEMAS.length);
    expect(shape(pastDb(`shape-${Math.random()}`, SCHEMAS.length))).toEqual(shape(current));
  });

  it.each([1, 2, 3, 4])('a database written at version %i opens at the current version with every row kept', async (version) => {
    const name = `upgrade-v${version}-${Math.random()}`;
    const old = pastDb(name, version);
    const rows = rowsFor(version);
    await old.transaction('rw', Object.keys(rows), async () => {
      for (const [t, list] of Object.entries(rows)) await old.table(t).bulkAdd(list);
    });
    const before = await fingerprint(old, Object.keys(rows));
    expect(old.verno).toBe(version);
    old.close();

    const db = new DraDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT);
    const after = await fingerprint(db, Object.keys(rows));
    expect(after).toEqual(before);
    // The current code works on the upgraded data: the audit chain verifies, new tables take rows.
    const { verifyAudit } = await import('../../src/storage/audit-store');
    expect(await verifyAudit(db)).toMatchObject({ ok: true, length: 25 });
    await db.settings.put({ key: 'department', value: '区卫生健康委' });
    expect(await db.drawRuns.where('key').equals('http://127.0.0.1/randompage#RW-1').count()).toBe(version >= 2 ? 3 : 0);
    const total = Object.values(after).reduce((n, t) => n + t.rows, 0);
    console.log(`db upgrade v${version}→v${CURRENT}: ${Object.keys(after).length} tables, ${total} rows, counts and content hashes kept`);
    db.close();
  });

  it('an upgrade that fails leaves the old data readable at the old version', async () => {
    const name = `upgrade-fail-${Math.random()}`;
    const current = new DraDb(name);
    const rows = rowsFor(CURRENT);
    await current.transaction('rw', Object.keys(rows), async () => {
      for (const [t, list] of Object.entries(rows)) await current.table(t).bulkAdd(list);
    });
    const before = await fingerprint(current, Object.keys(rows));
    current.close();

    // A future version whose upgrade throws halfway (after deleting rows): IndexedDB aborts it whole.
    class Broken extends DraDb {
      constructor() {
        super(name);
        this.version(CURRENT + 1)
          .stores({})
          .upgrade(async (tx) => {
            await tx.table('audit').clear();
            throw new Error('upgrade failed halfway');
          });
      }
    }
    await expect(new Broken().open()).rejects.toThrow(/upgrade failed halfway/);
    const again = new DraDb(name);
    await again.open();
    expect(again.verno).toBe(CURRENT);
    expect(await fingerprint(again, Object.keys(rows))).toEqual(before);
    console.log(`db upgrade failure: v${CURRENT + 1} upgrade threw after clearing the audit table; reopened at v${CURRENT} with all ${Object.values(before).reduce((n, t) => n + t.rows, 0)} rows and hashes unchanged`);
    again.close();
  });
});
