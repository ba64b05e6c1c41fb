/**
 * Size caps and rate limits on every message a content script may send (src/messaging/limits.ts), as a table
 * over the router's content types: one message over the cap is refused and nothing is done; the budget of a
 * minute is spent, the next is refused, and after the minute the origin may send again. The clock is the
 * limiter's own (injected), so nothing here waits.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DraDb } from '../../src/storage/db';
import { route, type Sender } from '../../src/messaging/router';
import { CONTENT_TYPES } from '../../src/messaging/contexts';
import { CONTENT_LIMITS, RateLimiter } from '../../src/messaging/limits';

const ID = 'extension-id';
const content = (origin: string): Sender => ({ id: ID, tab: { id: 3 }, frameId: 0, url: `${origin}/page` });
const A = 'https://sjzt.example.gov.cn';
const B = 'https://other.example.gov.cn';

function world() {
  let now = Date.parse('2026-05-06T01:00:00Z');
  const limiter = new RateLimiter(() => now);
  const db = new DraDb(`limits-${Math.random()}`);
  return { db, limiter, tick: (ms: number) => (now += ms), send: (m: unknown, origin = A) => route(db, m, content(origin), ID, { limiter, openTab: () => undefined }) };
}
const refusedFor = (r: { ok: boolean; error?: string }) => (r.ok ? 'ok' : /^message too large/.test(r.error!) ? 'size' : /^rate limit/.test(r.error!) ? 'rate' : 'other');

describe('content-script limits, per message type', () => {
  it('every type a content script may send has a size cap and a rate', () => {
    expect(Object.keys(CONTENT_LIMITS).sort()).toEqual([...CONTENT_TYPES].sort());
    for (const t of CONTENT_TYPES) {
      expect(CONTENT_LIMITS[t].chars).toBeGreaterThan(0);
      expect(CONTENT_LIMITS[t].perMinute).toBeGreaterThan(0);
    }
  });

  it.each([...CONTENT_TYPES])('%s: one character over the cap is refused before anything is done', async (type) => {
    const w = world();
    const cap = CONTENT_LIMITS[type].chars;
    const base = JSON.stringify({ type, pad: '' }).length;
    const r = await w.send({ type, pad: 'x'.repeat(cap - base + 1) });
    expect(refusedFor(r)).toBe('size');
    // At the cap itself the size check lets it through (the schema then refuses the unknown field).
    expect(refusedFor(await w.send({ type, pad: 'x'.repeat(cap - base) }))).toBe('other');
    expect(await w.db.audit.count()).toBe(0);
  });

  it.each([...CONTENT_TYPES])('%s: the minute’s budget, then refused, then allowed again a minute later; another origin has its own', async (type) => {
    const w = world();
    const n = CONTENT_LIMITS[type].perMinute;
    // Malformed past the type (no DB work), but counted: the budget is spent before the schema is read.
    const m = { type, malformed: true };
    for (let i = 0; i < n; i++) expect(refusedFor(await w.send(m))).toBe('other');
    expect(refusedFor(await w.send(m))).toBe('rate');
    expect(refusedFor(await w.send(m, B))).toBe('other');
    w.tick(59_999);
    expect(refusedFor(await w.send(m))).toBe('rate');
    w.tick(1);
    expect(refusedFor(await w.send(m))).toBe('other');
  });

  it('audit.append: 30 entries a minute from a page, the 31st refused and not logged', async () => {
    const w = world();
    const append = () => w.send({ type: 'audit.append', kind: 'submit-with-findings', data: { reason: '页面刷的日志' } });
    for (let i = 0; i < CONTENT_LIMITS['audit.append'].perMinute; i++) expect((await append()).ok).toBe(true);
    const r = await append();
    expect(r).toMatchObject({ ok: false, problems: [{ path: 'message', zh: expect.stringContaining('每分钟最多 30 次') }] });
    expect(await w.db.audit.count()).toBe(30);
    console.log(`content limits: ${CONTENT_TYPES.length} message types capped and rate-limited; audit.append: 31 sent in a minute, 30 logged, 1 refused`);
  });

  it('extension pages (the user’s own) are not rate-limited', async () => {
    const w = world();
    const page: Sender = { id: ID, url: `chrome-extension://${ID}/options.html` };
    for (let i = 0; i < 40; i++) expect((await route(w.db, { type: 'audit.verify' }, page, ID, { limiter: w.limiter })).ok).toBe(true);
  });
});
