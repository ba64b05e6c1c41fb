/**
 * "已记入审计日志 #n" again on the next page: the background keeps the number of the entry a 仍要提交 logged, for
 * the tab and frame that logged it, and the next panel in that frame takes it once. Another frame, another tab
 * or an extension page's entry gets none; an old notice is dropped.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DraDb } from '../../src/storage/db';
import { route, type Effects, type Sender } from '../../src/messaging/router';
import { AuditNotices, NOTICE_TTL_MS } from '../../src/messaging/audit-notice';

const ID = 'extension-id';
const frame = (tab: number, frameId: number): Sender => ({ id: ID, tab: { id: tab }, frameId, url: 'http://127.0.0.1:9000/syn/sccheck/pubscworkplan/edit' });
const options: Sender = { id: ID, url: `chrome-extension://${ID}/options.html` };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const send = (db: DraDb, m: unknown, s: Sender, e: Effects) => route(db, m, s, ID, e) as Promise<any>;
const submit = { type: 'audit.append', kind: 'submit-with-findings', data: { reason: '市政府统一部署' } };

describe('the audit notice for the next page', () => {
  it('is taken once by the frame that logged it, and by no other', async () => {
    let now = 1_000_000;
    const e: Effects = { notices: new AuditNotices(() => now) };
    const db = new DraDb(`notice-${Math.random()}`);
    await send(db, { ...submit, data: { n: 0 } }, frame(7, 3), e);
    const second = await send(db, submit, frame(7, 3), e);
    expect(second.entry.seq).toBe(1);
    expect((await send(db, { type: 'audit.notice' }, frame(7, 0), e)).notice).toBeUndefined();
    expect((await send(db, { type: 'audit.notice' }, frame(8, 3), e)).notice).toBeUndefined();
    expect((await send(db, { type: 'audit.notice' }, frame(7, 3), e)).notice).toEqual({ seq: 1, chainOk: true });
    expect((await send(db, { type: 'audit.notice' }, frame(7, 3), e)).notice).toBeUndefined();

    // Other entries (a template fill) and the user's own pages leave none.
    await send(db, { type: 'audit.append', kind: 'template-fill', data: {} }, frame(7, 3), e);
    await send(db, submit, options, e);
    expect((await send(db, { type: 'audit.notice' }, frame(7, 3), e)).notice).toBeUndefined();

    // An old one is dropped: it is about the save just made, not a visit hours later.
    await send(db, submit, frame(7, 3), e);
    now += NOTICE_TTL_MS + 1;
    expect((await send(db, { type: 'audit.notice' }, frame(7, 3), e)).notice).toBeUndefined();
  });

  it('goes with its tab', () => {
    const n = new AuditNotices();
    n.put(7, 0, { seq: 4, chainOk: true });
    n.put(70, 0, { seq: 5, chainOk: true });
    n.dropTab(7);
    expect(n.take(7, 0)).toBeUndefined();
    expect(n.take(70, 0)).toEqual({ seq: 5, chainOk: true });
  });
});
