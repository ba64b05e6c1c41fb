/**
 * The sandbox server against what any site the user visits can make the browser do to 127.0.0.1: a GET
 * (link, image, frame) changes nothing; no foreign site may frame its pages; a slow or silent socket is closed
 * at the header or request time limit; more connections than the limit are closed as they come. The limits
 * are small here (startSandbox's `limits`), and each test waits for the socket's close event, not for a time.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET_ROUTES, SERVER_LIMITS, startSandbox } from '../../src/sandbox/server';
import type { SandboxStore } from '../../src/sandbox/store';

type Sandbox = { server: Server; url: string; store: SandboxStore };
const started: Sandbox[] = [];
const sandbox = async (limits?: Parameters<typeof startSandbox>[0]['limits']) => {
  const s = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'dra-limits-')), reset: true, limits });
  started.push(s);
  return s;
};
afterAll(async () => {
  for (const s of started) {
    s.server.closeAllConnections();
    await new Promise((r) => s.server.close(r));
  }
});
const portOf = (s: Sandbox) => Number(new URL(s.url).port);

/** Everything the sandbox keeps on disk, file by file. */
const onDisk = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

/** A raw socket; `closed` resolves with what the server sent when the server closes it. */
function socket(port: number): { s: Socket; connected: Promise<void>; closed: Promise<string> } {
  const s = connect(port, '127.0.0.1');
  const chunks: Buffer[] = [];
  s.on('data', (c) => chunks.push(c));
  s.on('error', () => undefined);
  return { s, connected: new Promise((r) => s.once('connect', () => r())), closed: new Promise((r) => s.once('close', () => r(Buffer.concat(chunks).toString('utf8')))) };
}

describe('no state change on GET', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await sandbox();
  });

  it('a cross-site GET to every route, with the parameters that once reseeded (/dra/example), leaves the data as it was', { timeout: 60_000 }, async () => {
    const query = `?rule=plan.joint.max-departments&case=fail&id=JH-2026-002&taskId=RW-2026-004&q=x`;
    const before = { data: JSON.stringify(sb.store.data), disk: onDisk(sb.store.dir) };
    const statuses: Record<string, number> = {};
    for (const path of GET_ROUTES()) {
      const r = await fetch(sb.url + path.slice(1) + query, { headers: { 'sec-fetch-site': 'cross-site', referer: 'https://evil.example/' }, redirect: 'manual' });
      statuses[path] = r.status;
      await r.arrayBuffer();
    }
    expect(JSON.stringify(sb.store.data)).toBe(before.data);
    expect(onDisk(sb.store.dir)).toEqual(before.disk);
    // /dra/example only asks: a page with a button that POSTs.
    expect(statuses['/dra/example']).toBe(200);
    const ask = await (await fetch(`${sb.url}dra/example${query}`)).text();
    expect(ask).toMatch(/<form method="post" action="\/dra\/example">/);
    console.log(`GET without side effects: ${GET_ROUTES().length} routes fetched cross-site, sandbox data and ${Object.keys(before.disk).length} file(s) on disk unchanged`);
  });

  it('the example loads by the POST from the sandbox’s own page; the same POST from another site is refused', async () => {
    const body = new URLSearchParams({ rule: 'strategy.recusal', case: 'fail' });
    const foreign = await fetch(`${sb.url}dra/example`, { method: 'POST', body, headers: { origin: 'https://evil.example' }, redirect: 'manual' });
    expect(foreign.status).toBe(403);
    expect(sb.store.task('EX-T1')).toBeUndefined();
    const own = await fetch(`${sb.url}dra/example`, { method: 'POST', body, headers: { origin: new URL(sb.url).origin }, redirect: 'manual' });
    expect(own.status).toBe(303);
    expect(decodeURIComponent(own.headers.get('location')!)).toBe('/?open=/syn/pub/server/sccheck/entback/randompage?taskId=EX-T1');
    expect(sb.store.task('EX-T1')?.draw?.assignments[0].inspectorIds).toEqual(['EX-ZF1', 'EX-ZF2']);
  });
});

describe('no framing by other sites', () => {
  it('every answer — page, 404, refusal, static file — says SAMEORIGIN and frame-ancestors \'self\'', async () => {
    const sb = await sandbox();
    const answers = [
      await fetch(sb.url),
      await fetch(`${sb.url}syn/sccheck/pubscworkplan/edit`),
      await fetch(`${sb.url}no/such/page`),
      await fetch(`${sb.url}static/platform.js`),
      await fetch(`${sb.url}syn/sccheck/pubscworkplan/save`, { method: 'POST', body: 'a=1', headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' } }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 404, 200, 403]);
    for (const r of answers) {
      expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(r.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    }
  });
});

describe('slow sockets and many connections', () => {
  it('a silent socket, unfinished headers and an unfinished body are each closed at their limit', { timeout: 30_000 }, async () => {
    const sb = await sandbox({ headersMs: 300, requestMs: 600 });
    const port = portOf(sb);
    const t0 = Date.now();
    const silent = socket(port);
    const halfHead = socket(port);
    await halfHead.connected;
    halfHead.s.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `);
    const halfBody = socket(port);
    await halfBody.connected;
    halfBody.s.write(`POST /syn/sccheck/pubscworkplan/save HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nname=`);
    const [a, b, c] = await Promise.all([silent.closed, halfHead.closed, halfBody.closed]);
    const ms = Date.now() - t0;
    // Node answers an expired request with 408 where it can; either way the socket is gone.
    for (const text of [b, c]) expect(text === '' || /^HTTP\/1\.1 408/.test(text)).toBe(true);
    expect(a === '' || /^HTTP\/1\.1 408/.test(a)).toBe(true);
    console.log(`slow sockets: silent, half headers, half body closed after ${ms} ms (limits here 300 / 600 ms; the defaults ${SERVER_LIMITS.headersMs / 1000} s / ${SERVER_LIMITS.requestMs / 1000} s, were 21 s / 51 s)`);
    // Still serving.
    expect((await fetch(sb.url)).status).toBe(200);
  });

  it('connections beyond the limit are closed as they arrive; once one goes, a request is served again', { timeout: 30_000 }, async () => {
    const sb = await sandbox({ connections: 3, headersMs: 60_000, requestMs: 60_000 });
    const port = portOf(sb);
    let dropped = 0;
    sb.server.on('drop', () => dropped++);
    const count = () => new Promise<number>((r) => sb.server.getConnections((_e, n) => r(n)));
    const held = [socket(port), socket(port), socket(port)];
    await Promise.all(held.map((h) => h.connected));
    while ((await count()) < 3) await new Promise((r) => setImmediate(r));
    const extra = [socket(port), socket(port)];
    await Promise.all(extra.map((e) => e.closed));
    expect(dropped).toBe(2);
    held[0].s.destroy();
    await held[0].closed;
    while ((await count()) > 2) await new Promise((r) => setImmediate(r));
    const r = await fetch(sb.url, { headers: { connection: 'close' } });
    expect(r.status).toBe(200);
    await r.arrayBuffer();
    for (const h of held) h.s.destroy();
    console.log(`connection limit: 3 open, 2 more closed on arrival (${dropped} dropped), served again after one closed; default limit ${SERVER_LIMITS.connections}`);
  });
});
