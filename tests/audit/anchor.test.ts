/**
 * Issue 16 (Build 4): an anchored audit log. Before, the chain was compared with an anchored head only
 * when the lengths were equal, no production code passed an anchor, and `data.erase` wiped the log without
 * a trace: a rewritten chain plus one entry, a truncated tail plus appends, and an erase plus appends all
 * passed. Each is reported here with the first entry that differs, from the heads filed to the helper's
 * archive (through the router, as the extension verifies) and from files (`dra audit verify --archive`).
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextEntry, verifyChain, type Anchor, type AuditEntry } from '../../src/core/audit';
import { DraDb } from '../../src/storage/db';
import { route } from '../../src/messaging/router';
import { Archive } from '../../src/helper/native-host/archive';
import { handle } from '../../src/helper/native-host/host';
import { runCli } from '../helper/run-cli';

const at = (i: number) => `2026-11-23T08:${String(i % 60).padStart(2, '0')}:00Z`;
function grow(log: AuditEntry[], n: number, tag = 'x'): AuditEntry[] {
  const out = [...log];
  for (let i = 0; i < n; i++) out.push(nextEntry(out.at(-1), 'submit-with-findings', { reason: `${tag} ${out.length}` }, at(out.length)));
  return out;
}
const anchorOf = (log: AuditEntry[], hashes = true): Anchor => ({ length: log.length, head: log.at(-1)!.hash, source: 'test', ...(hashes ? { hashes: log.map((e) => e.hash) } : {}) });
/** A forger's rewrite: entry i changed and every hash after it recomputed, so the chain itself still holds. */
function rewrite(log: AuditEntry[], i: number): AuditEntry[] {
  const out = log.slice(0, i);
  for (let k = i; k < log.length; k++) out.push(nextEntry(out.at(-1), log[k].kind, k === i ? { reason: '改过的理由' } : log[k].data, log[k].at));
  return out;
}

describe('verifyChain against anchors', () => {
  const log = grow([], 10);

  it('a rewritten chain plus one entry is reported at the rewritten entry', () => {
    const forged = grow(rewrite(log, 4), 1, 'new');
    expect(verifyChain(forged).ok).toBe(true); // the chain alone holds: only the anchor can tell
    expect(verifyChain(forged, anchorOf(log))).toMatchObject({ ok: false, brokenAt: 4 });
    // A head without hashes: the first entry after the last anchor that holds.
    expect(verifyChain(forged, [anchorOf(log.slice(0, 3), false), anchorOf(log, false)])).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('a truncated tail plus appends is reported at the first entry cut', () => {
    const forged = grow(log.slice(0, 7), 5, 'new');
    expect(forged.length).toBeGreaterThan(log.length);
    expect(verifyChain(forged, anchorOf(log))).toMatchObject({ ok: false, brokenAt: 7 });
  });

  it('an erase plus appends (no tombstone) is reported at entry 0; a tombstone is said, not a break', () => {
    expect(verifyChain(grow([], 12, 'new'), anchorOf(log))).toMatchObject({ ok: false, brokenAt: 0, reason: expect.stringMatching(/erased or replaced/) });
    expect(verifyChain(grow([], 4, 'new'), anchorOf(log))).toMatchObject({ ok: false, brokenAt: 0 });
  });

  it('an honest log grown past its anchors holds', () => {
    expect(verifyChain(grow(log, 5), [anchorOf(log.slice(0, 3)), anchorOf(log)])).toMatchObject({ ok: true, length: 15, anchors: 2 });
  });
});

const ID = 'extension-id';
const page = { id: ID, url: `chrome-extension://${ID}/options.html` };
const tab = { id: ID, tab: { id: 1 } };

async function setUp(n: number) {
  const db = new DraDb(`t-${Math.random()}`);
  const archive = new Archive(mkdtempSync(join(tmpdir(), 'dra-anchor-')));
  const native = (m: Record<string, unknown>) => handle(archive, m);
  for (let i = 0; i < n; i++) await route(db, { type: 'audit.append', kind: 'draw-rerun', data: { n: i } }, tab, ID);
  expect(await route(db, { type: 'archive.file', taskId: 'RW 2026/001', what: 'audit-head' }, page, ID, { native })).toMatchObject({ ok: true });
  const verify = () => route(db, { type: 'audit.verify' }, page, ID, { native });
  return { db, archive, native, verify };
}
/** What a forger with the database in hand does: replaces the stored log. */
async function replaceLog(db: DraDb, entries: AuditEntry[]) {
  await db.audit.clear();
  await db.audit.bulkAdd(entries);
}

describe('the extension verifies against the heads filed to the helper’s archive', () => {
  it('rewritten + one entry, truncated + appends, erased + appends: each at its first differing entry', async () => {
    const { db, verify } = await setUp(10);
    expect(await verify()).toMatchObject({ ok: true, chain: { ok: true, length: 10, anchors: 1 } });
    const log = await db.audit.orderBy('seq').toArray();

    await replaceLog(db, grow(rewrite(log, 4), 1, 'new'));
    expect(await verify()).toMatchObject({ chain: { ok: false, brokenAt: 4 } });
    await replaceLog(db, grow(log.slice(0, 7), 5, 'new'));
    expect(await verify()).toMatchObject({ chain: { ok: false, brokenAt: 7 } });
    await replaceLog(db, grow([], 12, 'new'));
    expect(await verify()).toMatchObject({ chain: { ok: false, brokenAt: 0 } });
  });

  it('erase (清除全部数据) leaves a tombstone: the log goes on from it, and verify says what was erased', async () => {
    const { db, verify } = await setUp(6);
    expect(await route(db, { type: 'data.erase', confirm: 'erase' }, page, ID)).toMatchObject({ ok: true });
    const left = await db.audit.toArray();
    expect(left).toMatchObject([{ seq: 6, kind: 'log-erased', data: { erasedEntries: 6 } }]);
    await route(db, { type: 'audit.append', kind: 'draw-rerun', data: { n: 'after' } }, tab, ID);
    expect(await verify()).toMatchObject({ ok: true, chain: { ok: true, length: 8, erased: { entries: 6 } } });
  });

  it('an evidence file carries the head, and a head that is not the log’s is refused', async () => {
    const { buildEvidence } = await import('../../src/core/risk/evidence');
    const { db } = await setUp(3);
    const head = (await db.audit.get(2))!.hash;
    const ev = (headHash: string) => buildEvidence({ url: 'http://127.0.0.1/x', kind: 'strategy', profile: 'baseline', findings: [], rulesPassed: 1, audit: { length: 3, headHash } });
    expect(await route(db, { type: 'evidence.save', evidence: ev('f'.repeat(64)), open: false }, tab, ID)).toMatchObject({ ok: false });
    expect(await route(db, { type: 'evidence.save', evidence: ev(head), open: false }, tab, ID)).toMatchObject({ ok: true });
    // Without the archive, the evidence file's head alone catches a rewrite (a head without hashes: from the first entry it may differ at).
    const log = await db.audit.orderBy('seq').toArray();
    await replaceLog(db, grow(rewrite(log.slice(0, 4), 1), 2, 'new'));
    expect(await route(db, { type: 'audit.verify' }, page, ID)).toMatchObject({ chain: { ok: false, brokenAt: 0, reason: expect.stringMatching(/evidence #1/) } });
  });

  it('an append checks only what was appended; a tail changed behind its back is still found', async () => {
    const { db } = await setUp(4);
    await db.audit.update(3, { data: { n: 'changed' } });
    expect(await route(db, { type: 'audit.append', kind: 'draw-rerun', data: { n: 4 } }, tab, ID)).toMatchObject({ chain: { ok: false, brokenAt: 3 } });
  });
});

describe('dra audit verify EXPORT --archive DIR', () => {
  it('reports the first entry that differs from the filed heads, from files alone', async () => {
    const { db, archive } = await setUp(10);
    const log = await db.audit.orderBy('seq').toArray();
    const dir = mkdtempSync(join(tmpdir(), 'dra-export-'));
    const write = (name: string, audit: AuditEntry[]) => {
      writeFileSync(join(dir, name), JSON.stringify({ format: 'dra-export/1', data: { audit, evidence: [] }, exportedAt: '2026-11-24T00:00:00Z' }));
      return join(dir, name);
    };
    const honest = await runCli(['audit', 'verify', write('honest.json', grow(log, 2)), '--archive', archive.root]);
    expect(honest.code, honest.stdout + honest.stderr).toBe(0);
    expect(honest.stdout).toMatch(/12 条，与 1 个锚点一致/);
    const forged = await runCli(['audit', 'verify', write('forged.json', grow(log.slice(0, 7), 5, 'new')), '--archive', archive.root]);
    expect(forged.code).toBe(1);
    expect(forged.stdout).toMatch(/在第 7 条处与记录不符/);
    // Without the archive the same forged export passes the chain check alone: the anchors are what catch it.
    expect((await runCli(['audit', 'verify', join(dir, 'forged.json')])).code).toBe(0);
  });
});
