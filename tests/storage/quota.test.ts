/**
 * Storage full, as IndexedDB reports it (QuotaExceededError raised inside a write): every write path says
 * so in zh/en, leaves nothing half-written, and the audit log keeps appending with its chain intact.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../src/core/registry-import';
import { completeUscc } from '../../src/core/model/identifiers';
import { draw } from '../../src/core/draw';
import { route } from '../../src/messaging/router';
import { DraDb } from '../../src/storage/db';
import { lineCount } from '../../src/storage/block-lines';
import { isQuotaError } from '../../src/storage/quota';
import { countObjects, RegistryDb } from '../../src/storage/registry-db';
import { importFileIntoDb } from '../../src/storage/registry-import-job';
import { baselineParams, request, smallInspectors, smallObjects } from '../draw/fixtures';

const ID = 'extension-id';
const me = { id: ID, tab: { id: 1 } };
/** Preview records are written by the background (draw.preview) or an extension page, never a content script. */
const page = { id: ID, url: `chrome-extension://${ID}/evidence.html` };
const full = () => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
const FULL = /存储空间已满.*storage full|storage full/;

/** Make a table's inserts fail as a full disk does, while `on()` holds. */
function fillUp(table: Dexie.Table) {
  let on = true;
  table.hook('creating', () => {
    if (on) throw full();
  });
  return () => (on = false);
}

describe('storage full', { timeout: 60_000 }, () => {
  it('recognises the browser’s and Dexie’s quota errors, and nothing else', () => {
    expect(isQuotaError(full())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('x'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', full()))).toBe(true);
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('a template or preview record that does not fit is refused with the cause; nothing half-written; the audit log appends', async () => {
    const db = new DraDb(`q-${Math.random()}`);
    await route(db, { type: 'audit.append', kind: 'template-fill', data: { n: 0 } }, me, ID);
    const freeTemplates = fillUp(db.templates);
    const freePreviews = fillUp(db.previews);
    const tpl = await route(db, { type: 'templates.save', template: { name: '模板', department: '东城局', items: [] } }, me, ID);
    expect(tpl).toMatchObject({ ok: false, error: 'storage full', problems: [{ path: 'storage', zh: expect.stringMatching(/存储空间已满/), en: expect.stringMatching(/storage full/) }] });
    const record = draw(smallObjects(), smallInspectors(), request(), baselineParams, { seed: 'quota', kind: 'preview', now: () => new Date('2026-05-06T01:30:00Z') });
    const pv = await route(db, { type: 'preview.save', key: 'http://127.0.0.1/randompage#RW-1', url: 'http://127.0.0.1/randompage?taskId=RW-1', record }, page, ID);
    expect(pv).toMatchObject({ ok: false, error: 'storage full' });
    // The preview and its audit entry are one transaction: neither is left.
    expect([await db.templates.count(), await db.previews.count(), await db.audit.count()]).toEqual([0, 0, 1]);
    for (let i = 1; i <= 3; i++) expect(await route(db, { type: 'audit.append', kind: 'template-undo', data: { n: i } }, me, ID)).toMatchObject({ ok: true, chain: { ok: true, length: i + 1 } });
    freeTemplates();
    freePreviews();
    // The record fits but its audit entry does not: the record is not kept either.
    const freeAudit = fillUp(db.audit);
    expect(await route(db, { type: 'preview.save', key: 'http://127.0.0.1/randompage#RW-1', url: 'http://127.0.0.1/randompage?taskId=RW-1', record }, page, ID)).toMatchObject({ ok: false, error: 'storage full' });
    expect(await db.previews.count()).toBe(0);
    freeAudit();
    expect(await route(db, { type: 'preview.save', key: 'http://127.0.0.1/randompage#RW-1', url: 'http://127.0.0.1/randompage?taskId=RW-1', record }, page, ID)).toMatchObject({ ok: true, entry: { seq: 4 } });
    expect(await route(db, { type: 'audit.verify' }, me, ID)).toMatchObject({ ok: true, chain: { ok: true, length: 5 } });
  });

  it('the background’s draw preview: the preview is answered, its records refused with the cause, no audit entry without its record', async () => {
    const db = new DraDb(`q-${Math.random()}`);
    const served = { source: 'fixture', objects: smallObjects(), inspectors: smallInspectors(), libraries: [], departments: request().departments };
    const ask = { type: 'draw.preview', key: 'http://127.0.0.1/randompage#RW-1', url: 'http://127.0.0.1/randompage?taskId=RW-1', seed: 'quota', taskId: 'RW-1', strategy: { entries: [{ itemId: 'SJ-1', quantityMode: 'fixed', target: 2 }] }, served };
    const freePreviews = fillUp(db.previews);
    // The preview is answered first; what its records came to is asked with the id it gave.
    const kept = async () => {
      const r = (await route(db, ask, me, ID)) as { ok: true; preview: { keeping: string; items: unknown[] } };
      expect(r).toMatchObject({ ok: true, preview: { saved: [], items: [{ drawn: 2 }] } });
      return route(db, { type: 'draw.preview.kept', keeping: r.preview.keeping }, me, ID);
    };
    expect(await kept()).toMatchObject({ ok: true, saved: [], notSaved: { zh: expect.stringMatching(/存储空间已满/) } });
    expect([await db.previews.count(), await db.audit.count()]).toEqual([0, 0]);
    freePreviews();
    expect(await kept()).toMatchObject({ ok: true, saved: [1], notSaved: undefined });
    expect(await db.audit.count()).toBe(1);
  });

  it('an import that runs out of room stops with the cause, drops its staging generation and leaves the library whole', async () => {
    const db = new RegistryDb(`q-reg-${Math.random()}`);
    const HEAD = ['统一社会信用代码', '企业名称', '信用风险分类'];
    const rows = (from: number, n: number) => [HEAD, ...Array.from({ length: n }, (_, i) => [completeUscc(`91110106${String(from + i).padStart(9, '0')}`), `企业${from + i}`, 'ABCD'[i % 4]])];
    const file = (r: string[][], name: string) => new File([r.map((x) => x.join(',')).join('\r\n')], name, { lastModified: 1 });
    const first = rows(1, 40);
    await importFileIntoDb(db, { kind: 'objects', file: file(first, 'a.csv'), mapping: guessMapping('objects', HEAD), chunkSize: 10 });
    // Room for two more chunks, then full.
    let blocks = 0;
    db.blocks.hook('creating', () => {
      if (++blocks > 2) throw full();
    });
    const more = rows(100, 50);
    const r = await importFileIntoDb(db, { kind: 'objects', file: file(more, 'b.csv'), mapping: guessMapping('objects', HEAD), chunkSize: 10 });
    expect(r).toMatchObject({ ok: false, quota: true, problems: [{ zh: expect.stringMatching(/存储空间已满/), en: expect.stringMatching(FULL) }] });
    expect(await countObjects(db)).toBe(40);
    const meta = (await db.registries.get('objects'))!;
    expect((await db.blockKeys.toArray()).every((k) => k.gen === meta.activeGen)).toBe(true);
    expect((await db.blocks.toArray()).reduce((n, b) => n + lineCount(b), 0)).toBe(40);
    expect((await db.imports.toArray()).map((i) => i.status)).toEqual(['done', 'abandoned']);
  });
});
