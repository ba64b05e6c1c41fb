/**
 * Archive file names are Beijing time to the second (the China day staff live in), collision-safe
 * within a second, and the older UTC-with-milliseconds names are still listed, read, ordered in time
 * with the new ones and counted as anchors for the audit log.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextEntry, verifyChain, type AuditEntry } from '../../src/core/audit';
import { Archive } from '../../src/helper/native-host/archive';
import { archiveName, byFilingTime, parseArchiveName } from '../../src/helper/native-host/file-name';
import { runCli } from './run-cli';

const HASH = /[0-9a-f]{8}/.source;
const fresh = () => new Archive(mkdtempSync(join(tmpdir(), 'dra-names-')));
function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = 0; i < n; i++) out.push(nextEntry(out.at(-1), 'submit-with-findings', { reason: `r${i}` }, `2026-12-01T1${i}:00:00Z`));
  return out;
}
const head = (log: AuditEntry[]) => ({ length: log.length, head: log.at(-1)!.hash, at: log.at(-1)!.at, hashes: log.map((e) => e.hash) });

/** A file as the archive wrote them before: UTC stamp with milliseconds. */
function oldFile(root: string, folder: string, name: string, body: object) {
  mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, folder, name), JSON.stringify({ format: 'dra-archive/1', taskId: folder, ...body }, null, 2));
}

describe('archive file names in Beijing time', () => {
  it('names a UTC evening by the next Beijing day, to the second, with its time in the file', async () => {
    const a = fresh();
    // 18:31:11.984 UTC on 1 December is 02:31:11 on 2 December in Beijing.
    const r = await a.file('RW-2026-001', 'audit-head', head(chain(1)), new Date('2026-12-01T18:31:11.984Z'));
    expect(r.file).toMatch(new RegExp(`^audit-head-20261202-023111-${HASH}\\.json$`));
    expect(r.filedAt).toBe('2026-12-02T02:31:11+08:00');
    expect(((await a.get('RW-2026-001', r.file)) as { filedAt: string }).filedAt).toBe('2026-12-02T02:31:11+08:00');
    // A minute before Beijing midnight and a second after it: two days.
    expect(archiveName('evidence', new Date('2026-12-01T15:59:59.999Z'), 'abcdef01')).toBe('evidence-20261201-235959-abcdef01.json');
    expect(archiveName('evidence', new Date('2026-12-01T16:00:01.000Z'), 'abcdef01')).toBe('evidence-20261202-000001-abcdef01.json');
    expect(parseArchiveName('evidence-20261202-000001-abcdef01.json')).toMatchObject({ kind: 'evidence', at: new Date('2026-12-01T16:00:01Z'), seq: 1, form: 'beijing' });
    expect(parseArchiveName('evidence-20261201T183111984Z-abcdef01.json')).toMatchObject({ at: new Date('2026-12-01T18:31:11.984Z'), form: 'utc-ms' });
    for (const bad of ['evidence-20261302-000001-abcdef01.json', 'evidence-20261202-250001-abcdef01.json', 'evidence-20261202-000001-1-abcdef01.json', 'other-20261202-000001-abcdef01.json', '.evidence-20261202-000001-abcdef01.json.tmp'])
      expect(parseArchiveName(bad), bad).toBeUndefined();
  });

  it('files in one second get -2, -3 after the time, whatever their kind, and none is overwritten', async () => {
    const a = fresh();
    const now = new Date('2026-12-01T18:31:11.100Z');
    const log = chain(2);
    const one = await a.file('RW-1', 'audit-head', head(log), now);
    const same = await a.file('RW-1', 'audit-head', head(log), now); // the same content in the same second
    const other = await a.file('RW-1', 'audit-head', head(chain(3)), new Date('2026-12-01T18:31:11.900Z'));
    expect([one.file, same.file, other.file].map((f) => f.replace(/-[0-9a-f]{8}\.json$/, ''))).toEqual(['audit-head-20261202-023111', 'audit-head-20261202-023111-2', 'audit-head-20261202-023111-3']);
    expect(one.file.slice(-13)).toBe(same.file.slice(-13)); // same hash, own name
    expect(readdirSync(join(a.root, 'RW-1')).filter((f) => !f.startsWith('.'))).toHaveLength(3);
    expect((await a.list('RW-1'))[0].files.map((f) => f.file)).toEqual([one.file, same.file, other.file]);
  });

  it('lists old and new names together in filing order, reads both, and anchors the audit log with both', async () => {
    const a = fresh();
    const log = chain(6);
    // Filed before: at 17:00 UTC (01:00 on 2 Dec in Beijing) and 20:00 UTC (04:00).
    const oldHead = 'audit-head-20261201T170000123Z-0badc0de.json';
    const oldRecord = 'draw-record-20261201T200000456Z-0badc0df.json';
    oldFile(a.root, 'RW-9', oldHead, { kind: 'audit-head', filedAt: '2026-12-01T17:00:00.123Z', content: head(log.slice(0, 3)) });
    oldFile(a.root, 'RW-9', oldRecord, { kind: 'draw-record', filedAt: '2026-12-01T20:00:00.456Z', content: {} });
    // Filed now: 16:30 UTC (00:30 on 2 Dec: before the old head, though its name sorts after) and 18:00 UTC.
    const early = await a.file('RW-9', 'evidence', { x: 1 }, new Date('2026-12-01T16:30:00Z'));
    const late = await a.file('RW-9', 'audit-head', head(log), new Date('2026-12-01T18:00:00Z'));
    expect([early.file, oldHead].sort()).toEqual([oldHead, early.file]); // by name alone, the wrong order
    const [task] = await a.list('RW-9');
    expect(task.files.map((f) => f.file)).toEqual([early.file, oldHead, late.file, oldRecord]);
    expect(task.files.map((f) => f.filedAt)).toEqual(['2026-12-02T00:30:00+08:00', '2026-12-02T01:00:00+08:00', '2026-12-02T02:00:00+08:00', '2026-12-02T04:00:00+08:00']);
    expect([oldRecord, late.file, oldHead, early.file].sort(byFilingTime)).toEqual([early.file, oldHead, late.file, oldRecord]);
    expect(await a.get('RW-9', oldHead)).toMatchObject({ kind: 'audit-head' });
    expect(await a.get('RW-9', late.file)).toMatchObject({ kind: 'audit-head' });
    // Both heads anchor the chain: the honest log holds; a log rewritten from entry 2 is caught by them.
    const anchors = await a.heads();
    expect(anchors.map((x) => x.length).sort()).toEqual([3, 6]);
    expect(verifyChain(log, anchors)).toMatchObject({ ok: true, anchors: 2 });
    const forged = log.slice(0, 2);
    for (let k = 2; k < 6; k++) forged.push(nextEntry(forged.at(-1), log[k].kind, { reason: 'changed' }, log[k].at));
    // The old-named head (3 entries) is the one that sees it.
    expect(verifyChain(forged, anchors)).toMatchObject({ ok: false, reason: expect.stringContaining(oldHead) });
  });

  it('dra archive list shows each file’s Beijing time to the second, in filing order', async () => {
    const a = fresh();
    oldFile(a.root, 'RW-9', 'evidence-20261201T170000123Z-0badc0de.json', { kind: 'evidence', content: {} });
    const early = await a.file('RW-9', 'audit-head', head(chain(1)), new Date('2026-12-01T16:30:00.250Z'));
    const r = await runCli(['archive', 'list', '--archive', a.root]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`本地档案 ${a.root}：1 个任务，2 个文件（时间为北京时间）`);
    expect(lines[1]).toBe('任务 RW-9');
    expect(lines[2]).toMatch(new RegExp(`^  2026-12-02 00:30:00  审计日志头  ${early.file}  \\d+ 字节$`));
    expect(lines[3]).toMatch(/^ {2}2026-12-02 01:00:00 {2}证据文件 {2}evidence-20261201T170000123Z-0badc0de\.json {2}\d+ 字节$/);
    expect(r.stdout).not.toMatch(/\d\d:\d\d:\d\d\.\d/);
    const missing = await runCli(['archive', 'list', '--archive', join(a.root, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('不存在');
  });
});
