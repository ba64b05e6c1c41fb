import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Decoder, encode, MAX_IN } from '../../src/helper/native-host/protocol';
import { Archive, taskFolderName } from '../../src/helper/native-host/archive';
import { handle } from '../../src/helper/native-host/host';
import { hostManifest, manifestDir } from '../../src/helper/native-host/install';
import { draw } from '../../src/core/draw';
import { baselineParams, request, smallInspectors, smallObjects } from '../draw/fixtures';
import { runCli } from './run-cli';

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));
const frame = (body: Buffer | string) => {
  const b = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  const h = Buffer.alloc(4);
  h.writeUInt32LE(b.length, 0);
  return Buffer.concat([h, b]);
};
const record = () => draw(smallObjects(), smallInspectors(), request(), baselineParams, { seed: 'archive-1', kind: 'preview', now: () => new Date('2026-05-06T01:30:00Z') });

describe('native messaging framing', () => {
  it('round-trips messages split anywhere across chunks', () => {
    const msgs = [{ a: 1 }, { 中: '文', list: [1, 2, 3] }, 'x'.repeat(70_000)];
    const bytes = Buffer.concat(msgs.map(encode));
    for (const size of [1, 3, 4, 5, 1000, bytes.length]) {
      const d = new Decoder();
      const out: unknown[] = [];
      for (let i = 0; i < bytes.length; i += size) out.push(...d.push(bytes.subarray(i, i + size)));
      expect(out, `chunk ${size}`).toEqual(msgs.map((value) => ({ ok: true, value })));
    }
  });

  it.each([
    ['bad JSON', frame('{"op": "ping",'), 'bad-json'],
    ['not UTF-8', frame(Buffer.from([0x22, 0xff, 0x22])), 'bad-json'],
    ['empty body', frame(''), 'bad-json'],
  ])('reports %s and goes on to the next frame', (_name, bad, code) => {
    const d = new Decoder();
    const out = d.push(Buffer.concat([bad, encode({ next: true })]));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ ok: false, error: { code } });
    expect(out[1]).toEqual({ ok: true, value: { next: true } });
  });

  it('an oversize length ends the stream without reading (or allocating) it', () => {
    const d = new Decoder();
    const h = Buffer.alloc(4);
    h.writeUInt32LE(MAX_IN + 1, 0);
    expect(d.push(Buffer.concat([h, Buffer.from('{}')]))).toMatchObject([{ ok: false, error: { code: 'oversize' } }]);
    expect(d.fatal).toBe(true);
    expect(d.push(encode({ after: 1 }))).toEqual([]);
    const huge = Buffer.alloc(4);
    huge.writeUInt32LE(0xffffffff, 0);
    expect(new Decoder().push(huge)).toMatchObject([{ ok: false, error: { code: 'oversize' } }]);
  });

  it('a truncated frame at the end of input is reported', () => {
    const d = new Decoder();
    expect(d.push(encode({ a: 1 }).subarray(0, 6))).toEqual([]);
    expect(d.end()).toMatchObject([{ ok: false, error: { code: 'truncated' } }]);
  });

  it('refuses to send a reply over the browser’s 1 MB limit', () => {
    expect(() => encode({ big: 'x'.repeat(1024 * 1024) })).toThrow(/1 MB/);
  });
});

describe('archive (一户一档)', () => {
  it.each([
    ['RW-2026-001', /^RW-2026-001$/],
    ['任务一', /^任务一$/],
    ['../../etc', /^_\.\._etc~[0-9a-f]{8}$/],
    ['..', null],
    ['.hidden', /^hidden~[0-9a-f]{8}$/],
    ['a/b\\c', /^a_b_c~[0-9a-f]{8}$/],
    ['任务 一', /^任务_一~[0-9a-f]{8}$/],
    ['/abs/path', /^_abs_path~[0-9a-f]{8}$/],
    ['\0', null],
  ])('task id %j → folder %s', (id, folder) => {
    if (folder === null) expect(() => taskFolderName(id)).toThrow(/no usable characters/);
    else expect(taskFolderName(id)).toMatch(folder);
  });

  it('ids that differ only in replaced characters get their own folders, and list answers with the ids', async () => {
    const root = tmp('dra-arch-');
    const a = new Archive(root);
    const ids = ['RW 2026/001', 'RW:2026:001', 'RW_2026_001', 'RW-2026-001'];
    const head = (n: number) => ({ length: n, head: String(n).repeat(64).slice(0, 64), at: '2026-11-23T00:00:00Z' });
    const folders = [];
    for (const [i, taskId] of ids.entries()) folders.push(((await handle(a, { id: String(i), op: 'file', taskId, kind: 'audit-head', head: head(i + 1) })) as { folder: string }).folder);
    expect(new Set(folders).size).toBe(4);
    const listed = (await handle(a, { id: 'l', op: 'list' })) as { tasks: Array<{ taskId: string; files: unknown[] }> };
    expect(listed.tasks.map((t) => t.taskId).sort()).toEqual([...ids].sort());
    for (const t of listed.tasks) expect(t.files).toHaveLength(1);
    // Each id reads back its own head, never another's.
    for (const [i, taskId] of ids.entries()) {
      const [t] = ((await handle(a, { id: 'g', op: 'list', taskId })) as { tasks: Array<{ files: Array<{ file: string }> }> }).tasks;
      const got = (await handle(a, { id: 'r', op: 'get', taskId, file: t.files[0].file })) as { content: { taskId: string; content: { length: number } } };
      expect(got.content).toMatchObject({ taskId, content: { length: i + 1 } });
    }
  });

  it('a folder already holding another id (a disk that ignores case) is not shared', async () => {
    const root = tmp('dra-arch-');
    const a = new Archive(root);
    await handle(a, { id: '1', op: 'file', taskId: 'RW-A', kind: 'audit-head', head: { length: 1, head: 'a'.repeat(64), at: 'x' } });
    // What a case-insensitive disk does: 'rw-a' would open the folder RW-A. Simulated by marking RW-A's folder as held by another id.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(root, 'RW-A', '.task-id'), 'rw-a-other');
    const r = await handle(a, { id: '2', op: 'file', taskId: 'RW-A', kind: 'audit-head', head: { length: 2, head: 'b'.repeat(64), at: 'x' } });
    expect(r).toMatchObject({ ok: true, folder: expect.stringMatching(/^RW-A~[0-9a-f]{8}$/) });
  });

  it('files, lists and reads back; hostile ids and names never leave the root', async () => {
    const root = tmp('dra-arch-');
    const a = new Archive(root);
    const rec = record();
    const filed = await handle(a, { id: '1', op: 'file', taskId: 'RW-2026-001', kind: 'draw-record', record: rec });
    expect(filed).toMatchObject({ ok: true, folder: 'RW-2026-001' });
    const file = (filed as { file: string }).file;
    expect(JSON.parse(readFileSync(join(root, 'RW-2026-001', file), 'utf8'))).toMatchObject({ format: 'dra-archive/1', taskId: 'RW-2026-001', kind: 'draw-record', content: { recordHash: rec.recordHash } });
    const escaped = (await handle(a, { id: '2', op: 'file', taskId: '../../escape', kind: 'audit-head', head: { length: 3, head: 'a'.repeat(64), at: '2026-11-23T00:00:00Z' } })) as { folder: string };
    expect(escaped).toMatchObject({ ok: true, folder: expect.stringMatching(/^_\.\._escape~[0-9a-f]{8}$/) });
    expect(await handle(a, { id: '3', op: 'list' })).toMatchObject({ ok: true, tasks: [{ taskId: 'RW-2026-001', folder: 'RW-2026-001', files: [{ kind: 'draw-record' }] }, { taskId: '../../escape', folder: escaped.folder, files: [{ kind: 'audit-head' }] }] });
    expect(await handle(a, { id: '4', op: 'get', taskId: 'RW-2026-001', file })).toMatchObject({ ok: true, content: { content: { randomness: { previewSeed: 'archive-1' } } } });
    // Refused, with nothing written: traversal in the file name, a changed record, bad messages.
    const refusals = [
      { id: '5', op: 'get', taskId: 'RW-2026-001', file: '../../../etc/passwd' },
      { id: '6', op: 'get', taskId: '..', file },
      { id: '7', op: 'file', taskId: 'RW-2026-001', kind: 'draw-record', record: { ...rec, seed: 'changed' } },
      { id: '8', op: 'file', taskId: 'RW-2026-001', kind: 'draw-record', record: { nope: 1 } },
      { id: '9', op: 'delete', taskId: 'RW-2026-001' },
      { id: '10', op: 'file', taskId: '', kind: 'audit-head', head: { length: 1, head: 'a'.repeat(64), at: 'x' } },
      { id: '11', op: 'file', taskId: 'x', kind: 'audit-head', head: { length: 1, head: 'not-hex', at: 'x' } },
      { op: 'ping' },
      null,
      [],
    ];
    for (const m of refusals) expect(await handle(a, m), JSON.stringify(m)).toMatchObject({ ok: false });
    expect(readdirSync(root).sort()).toEqual(['RW-2026-001', escaped.folder]);
    expect(readdirSync(join(root, 'RW-2026-001')).sort()).toEqual(['.task-id', file]);
    expect(existsSync(resolve(root, '..', 'escape'))).toBe(false);
  });

  it('refuses a task folder that is a link (it could point anywhere)', async () => {
    const root = tmp('dra-arch-');
    const outside = tmp('dra-outside-');
    symlinkSync(outside, join(root, 'RW-LINK'));
    const r = await handle(new Archive(root), { id: '1', op: 'file', taskId: 'RW-LINK', kind: 'audit-head', head: { length: 1, head: 'b'.repeat(64), at: 'x' } });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/not a plain folder/) });
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe('the host process on stdio', () => {
  it('answers ping, a filing, bad JSON and then an oversize frame, in order, and exits', async () => {
    const root = tmp('dra-arch-');
    const child = spawn(process.execPath, [resolve('bin/dra-native-host.mjs'), '--archive', root], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c) => chunks.push(c));
    const over = Buffer.alloc(4);
    over.writeUInt32LE(MAX_IN + 1, 0);
    child.stdin.write(Buffer.concat([encode({ id: 'p', op: 'ping' }), encode({ id: 'f', op: 'file', taskId: 'RW-2026-009', kind: 'draw-record', record: record() }), frame('{oops'), over]));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    const replies = new Decoder(2 * 1024 * 1024).push(Buffer.concat(chunks)).map((f) => (f.ok ? f.value : f.error.message));
    expect(code).toBe(0);
    expect(replies).toMatchObject([{ id: 'p', ok: true, op: 'ping' }, { id: 'f', ok: true, folder: 'RW-2026-009' }, { ok: false, error: expect.stringMatching(/not UTF-8 JSON/) }, { ok: false, error: expect.stringMatching(/larger than/) }]);
    expect(readdirSync(join(root, 'RW-2026-009')).filter((f) => !f.startsWith('.'))).toHaveLength(1);
  }, 30_000);
});

describe('the browser going away (EPIPE)', () => {
  it('serve() stops quietly when stdout refuses writes', async () => {
    const { Readable, Writable } = await import('node:stream');
    const { serve } = await import('../../src/helper/native-host/host');
    const epipe = () => Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    const output = new Writable({ write: (_c, _e, cb) => cb(epipe()) });
    const input = Readable.from([Buffer.concat([encode({ id: 'a', op: 'ping' }), encode({ id: 'b', op: 'ping' })])]);
    const r = await serve(new Archive(tmp('dra-arch-')), input, output);
    expect(r).toMatchObject({ closed: true, handled: 1 });
  });

  it('the host process exits 0 with one line, not a stack trace, when the browser closes its stdout', async () => {
    const root = tmp('dra-arch-');
    const child = spawn(process.execPath, [resolve('bin/dra-native-host.mjs'), '--archive', root], { stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    child.stdout.destroy();
    // Enough pings that a write meets the closed pipe whatever the pipe's buffer holds.
    const ping = encode({ id: 'p', op: 'ping' });
    child.stdin.on('error', () => {});
    for (let i = 0; i < 2000; i++) child.stdin.write(ping);
    child.stdin.end();
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(err).not.toMatch(/Error|at .*\(/);
    expect(err).toMatch(/浏览器已断开连接，停止运行/);
    expect(code).toBe(0);
  }, 60_000);
});

describe('dra install-native-host', () => {
  it('writes the manifest where the browser looks and a launcher', async () => {
    const udd = tmp('dra-udd-');
    const dir = tmp('dra-inst-');
    const id = 'abcdefghijklmnopabcdefghijklmnop';
    const r = await runCli(['install-native-host', '--browser', 'chromium', '--user-data-dir', udd, '--archive', join(dir, 'archive'), '--launcher-dir', dir, '--extension-id', id]);
    expect(r.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(udd, 'NativeMessagingHosts', 'cn.dra.archive.json'), 'utf8'));
    expect(manifest).toEqual({ name: 'cn.dra.archive', description: expect.any(String), path: join(dir, 'cn.dra.archive.sh'), type: 'stdio', allowed_origins: [`chrome-extension://${id}/`] });
    expect(readFileSync(manifest.path, 'utf8')).toContain(`'native-host' '--archive' '${join(dir, 'archive')}'`);
    expect(manifestDir('chrome', undefined, '/home/u')).toBe('/home/u/.config/google-chrome/NativeMessagingHosts');
    expect(manifestDir('firefox', undefined, '/home/u')).toBe('/home/u/.mozilla/native-messaging-hosts');
    expect(hostManifest('firefox', '/x.sh', ['dra@x'])).toMatchObject({ allowed_extensions: ['dra@x'] });
    for (const bad of [['--browser', 'safari', '--extension-id', id], ['--extension-id', 'not-an-id'], [], ['--browser', 'firefox', '--user-data-dir', udd]]) {
      const e = await runCli(['install-native-host', '--launcher-dir', dir, ...bad]);
      expect(e.code, bad.join(' ')).toBe(2);
    }
  });
});
