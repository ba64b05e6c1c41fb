/**
 * The reason of a re-run: asked by the panel's re-draw watch, required, logged as its own audit entry that names
 * the re-run's entry, kept with the run (the panel shows it again), given once, and only for the page's own draws.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DraDb } from '../../src/storage/db';
import { route, type Sender } from '../../src/messaging/router';

const ID = 'extension-id';
const PAGE = 'http://127.0.0.1:8765/syn/pub/server/sccheck/entback/randompage';
const content: Sender = { id: ID, tab: { id: 7 }, frameId: 0, url: `${PAGE}?taskId=RW-1` };
const KEY = `${PAGE}#RW-1`;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const send = (db: DraDb, m: unknown, s: Sender = content) => route(db, m, s, ID) as Promise<{ ok: boolean } & Record<string, any>>;
const seen = (db: DraDb, drawnAt: string) => send(db, { type: 'draw.seen', key: KEY, drawnAt, url: content.url });

describe('draw.reason', () => {
  it('is stored with the re-run: its own audit entry naming the re-run’s, and given back by draw.seen', async () => {
    const db = new DraDb(`rerun-${Math.random()}`);
    await seen(db, '2026-05-06T01:00:00Z');
    const again = await seen(db, '2026-05-06T01:05:00Z');
    expect(again.reruns).toEqual([{ drawnAt: '2026-05-06T01:05:00Z', seq: 0 }]);
    const r = await send(db, { type: 'draw.reason', key: KEY, drawnAt: '2026-05-06T01:05:00Z', reason: '  选错了检查事项，经科室负责人同意重新抽取 ' });
    expect(r).toMatchObject({ ok: true, entry: { seq: 1 } });
    const log = await db.audit.toArray();
    expect(log.map((e) => [e.kind, e.data])).toEqual([
      ['draw-rerun', { key: KEY, url: content.url, runs: ['2026-05-06T01:00:00Z', '2026-05-06T01:05:00Z'] }],
      ['draw-rerun-reason', { key: KEY, drawnAt: '2026-05-06T01:05:00Z', rerunSeq: 0, reason: '选错了检查事项，经科室负责人同意重新抽取' }],
    ]);
    // The page opened again: the reason comes back with the re-run.
    expect((await seen(db, '2026-05-06T01:05:00Z')).reruns).toEqual([{ drawnAt: '2026-05-06T01:05:00Z', seq: 0, reason: '选错了检查事项，经科室负责人同意重新抽取', reasonSeq: 1 }]);
    expect(await send(db, { type: 'audit.verify' })).toMatchObject({ chain: { ok: true, length: 2 } });
  });

  it('is required, given once, for a re-run (not a first run), and for the page’s own origin only', async () => {
    const db = new DraDb(`rerun-${Math.random()}`);
    await seen(db, '2026-05-06T01:00:00Z');
    await seen(db, '2026-05-06T01:05:00Z');
    expect((await send(db, { type: 'draw.reason', key: KEY, drawnAt: '2026-05-06T01:05:00Z', reason: '  ' })).ok).toBe(false);
    expect(await send(db, { type: 'draw.reason', key: KEY, drawnAt: '2026-05-06T01:00:00Z', reason: '第一次抽取' })).toMatchObject({ ok: false, error: 'no such re-run' });
    const other: Sender = { ...content, url: 'https://evil.example/page' };
    expect(await send(db, { type: 'draw.reason', key: KEY, drawnAt: '2026-05-06T01:05:00Z', reason: '别的页面写的理由' }, other)).toMatchObject({ ok: false, error: 'not this page’s draw' });
    expect((await send(db, { type: 'draw.reason', key: KEY, drawnAt: '2026-05-06T01:05:00Z', reason: '理由一' })).ok).toBe(true);
    expect(await send(db, { type: 'draw.reason', key: KEY, drawnAt: '2026-05-06T01:05:00Z', reason: '理由二' })).toMatchObject({ ok: false, error: 'reason already given' });
    expect((await db.audit.toArray()).filter((e) => e.kind === 'draw-rerun-reason').map((e) => e.data.reason)).toEqual(['理由一']);
  });
});
