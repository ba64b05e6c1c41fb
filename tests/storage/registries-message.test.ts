import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DraDb } from '../../src/storage/db';
import { RegistryDb } from '../../src/storage/registry-db';
import { route } from '../../src/messaging/router';
import { guessMapping, withImported } from '../../src/core/registry-import';
import { importFileIntoDb } from '../../src/storage/registry-import-job';
import { fixture } from '../registry-import/read-file';
import type { RegistryBundle } from '../../src/core/draw/bundle';
import type { Reply } from '../../src/messaging/messages';

const names = (r: unknown) => ((r as Reply<'registries.get'>).ok ? (r as Extract<Reply<'registries.get'>, { ok: true }>).objects.map((o) => o.name) : []);

const ID = 'extension-id';
const content = { id: ID, tab: { id: 3 } };

describe('registries.get: the imported registries for a content script', () => {
  it('says nothing was imported, then hands over the imported lists, narrowed by filters and capped', async () => {
    const db = new DraDb(`m-${Math.random()}`);
    const registries = new RegistryDb(`mr-${Math.random()}`);
    expect(await route(db, { type: 'registries.get' }, content, ID, { registries })).toEqual({ ok: true, hasObjects: false, hasInspectors: false, objects: [], inspectors: [], total: 0, updatedAt: undefined });
    const file = new File([fixture('objects.csv')], 'objects.csv');
    const head = new TextDecoder().decode(fixture('objects.csv')).replace(/^\uFEFF/, '').split('\r\n')[0].split(',');
    await importFileIntoDb(registries, { kind: 'objects', file, mapping: guessMapping('objects', head) });
    const all = await route(db, { type: 'registries.get' }, content, ID, { registries });
    expect(all).toMatchObject({ ok: true, hasObjects: true, hasInspectors: false, total: 3 });
    expect(names(all)).toEqual(['北京东城餐饮有限公司', '北京西城食品商行', '南苑药店有限公司']);
    const some = await route(db, { type: 'registries.get', filters: { creditClasses: ['C'] } }, content, ID, { registries });
    expect(names(some)).toEqual(['南苑药店有限公司']);
    const capped = await route(db, { type: 'registries.get', maxObjects: 2 }, content, ID, { registries });
    expect(capped).toMatchObject({ ok: true, total: 3, objects: [] });
    expect(await route(db, { type: 'registries.get', maxObjects: 0 }, content, ID, { registries })).toMatchObject({ ok: false });
    expect(await route(db, { type: 'registries.get' }, { id: 'other' }, ID, { registries })).toMatchObject({ ok: false });
  });
});

describe('withImported', () => {
  const served: RegistryBundle = {
    source: 'sandbox',
    objects: [{ id: 'O1', uscc: 'U1', flags: {}, checksThisYear: 0 }, { id: 'O2', uscc: 'U2', flags: {}, checksThisYear: 0 }],
    inspectors: [{ id: 'I1', expert: false, thirdParty: false, expertise: [], conflicts: [], active: true }],
    libraries: [{ id: 'L', name: '餐饮', objectIds: ['O1', 'O2'] }],
    departments: ['SCJG'],
  };
  it('imported objects replace the served ones; libraries re-keyed by code; departments kept', () => {
    const b = withImported(served, { hasObjects: true, hasInspectors: false, objects: [{ id: 'U2', flags: {}, checksThisYear: 0 }], inspectors: [] }, 'imported');
    expect(b).toMatchObject({ source: 'imported', libraries: [{ id: 'L', objectIds: ['U2'] }], departments: ['SCJG'] });
    expect(b.inspectors.map((i) => i.id)).toEqual(['I1']);
  });
  it('imported inspectors only: the served objects and libraries stay', () => {
    const b = withImported(served, { hasObjects: false, hasInspectors: true, objects: [], inspectors: [] }, 'imported');
    expect(b.objects).toHaveLength(2);
    expect(b.libraries[0].objectIds).toEqual(['O1', 'O2']);
    expect(b.inspectors).toEqual([]);
  });
  it('without a served bundle', () => {
    expect(withImported(undefined, { hasObjects: true, hasInspectors: true, objects: [], inspectors: [] }, 'x')).toEqual({ source: 'x', objects: [], inspectors: [], libraries: [], departments: undefined });
  });
});
