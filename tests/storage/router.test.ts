import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DraDb } from '../../src/storage/db';
import { route } from '../../src/messaging/router';
import { fixtureRandom } from '../../src/sandbox/generate-registries';

const ID = 'extension-id';
const me = { id: ID, tab: { id: 1 } };

describe('background message router', () => {
  it('appends to the audit log and reports the chain', async () => {
    const db = new DraDb(`t-${Math.random()}`);
    for (let i = 0; i < 3; i++) {
      const r = await route(db, { type: 'audit.append', kind: 'submit-with-findings', data: { reason: `理由${i}` } }, me, ID);
      expect(r).toMatchObject({ ok: true, entry: { seq: i }, chain: { ok: true, length: i + 1 } });
    }
    expect(await route(db, { type: 'audit.verify' }, me, ID)).toMatchObject({ ok: true, chain: { ok: true, length: 3 } });
  });

  it('finds a tampered entry in the stored log', async () => {
    const db = new DraDb(`t-${Math.random()}`);
    for (let i = 0; i < 3; i++) await route(db, { type: 'audit.append', kind: 'draw-rerun', data: { n: i } }, me, ID);
    await db.audit.update(1, { data: { n: 99 } });
    expect(await route(db, { type: 'audit.verify' }, me, ID)).toMatchObject({ ok: true, chain: { ok: false, brokenAt: 1 } });
  });

  it('counts the runs of a platform draw and logs each re-run', async () => {
    const db = new DraDb(`t-${Math.random()}`);
    const seen = (drawnAt: string) => route(db, { type: 'draw.seen', key: 'http://127.0.0.1/randompage#RW-1', drawnAt, url: 'http://127.0.0.1/randompage?taskId=RW-1' }, me, ID);
    expect(await seen('2026-05-06T01:00:00Z')).toEqual({ ok: true, runs: ['2026-05-06T01:00:00Z'] });
    expect(await seen('2026-05-06T01:00:00Z')).toEqual({ ok: true, runs: ['2026-05-06T01:00:00Z'] }); // a reload is not a run
    const again = await seen('2026-05-06T01:05:00Z');
    expect(again).toMatchObject({ ok: true, runs: ['2026-05-06T01:00:00Z', '2026-05-06T01:05:00Z'], entry: { seq: 0 } });
    const log = await db.audit.toArray();
    expect(log.map((e) => e.kind)).toEqual(['draw-rerun']);
    expect(await route(db, { type: 'audit.verify' }, me, ID)).toMatchObject({ chain: { ok: true, length: 1 } });
  });

  it('refuses messages from elsewhere', async () => {
    const db = new DraDb(`t-${Math.random()}`);
    expect(await route(db, { type: 'audit.verify' }, { id: 'another-extension' }, ID)).toEqual({ ok: false, error: 'sender is not this extension' });
  });

  it('takes no action on 2,000 random malformed payloads', async () => {
    const db = new DraDb(`t-${Math.random()}`);
    const r = fixtureRandom(7);
    const junk = () => {
      const pick = r.int(8);
      if (pick === 0) return null;
      if (pick === 1) return 'audit.append';
      if (pick === 2) return { type: 'audit.append', kind: 'delete-everything', data: {} };
      if (pick === 3) return { type: 'audit.append', kind: 'draw-rerun' };
      if (pick === 4) return { type: 'audit.append', kind: 'draw-rerun', data: 'x', extra: 1 };
      if (pick === 5) return { type: 'audit.verify', then: 'erase' };
      if (pick === 6) return { type: ['audit.verify'] };
      return { type: `x${r.int(100)}`, data: { a: r.next() } };
    };
    let refused = 0;
    for (let i = 0; i < 2000; i++) if (!(await route(db, junk(), me, ID)).ok) refused++;
    expect(refused).toBe(2000);
    expect(await db.audit.count()).toBe(0);
  });
});
