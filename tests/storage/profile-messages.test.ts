import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DraDb } from '../../src/storage/db';
import { route } from '../../src/messaging/router';
import { newBundle, setParam } from '../../src/core/profiles/builder';
import { allRules } from '../../src/core/rules/registry';

const ID = 'extension-id';
const page = { id: ID, url: `chrome-extension://${ID}/options.html` };
const content = (url: string) => ({ id: ID, tab: { id: 3 }, url });

const wuwei = readFileSync(new URL('../../docs/policy/wuwei-2023.txt', import.meta.url), 'utf8');
function bundle() {
  const b = newBundle({ id: 'wuwei-2023', name: '无为市（2023）', extends: 'baseline', file: 'wuwei-2023', title: '无为市2023年度部门联合抽查工作计划', place: '无为市', text: wuwei });
  const r = setParam(b, { ruleId: 'plan.rate.general-bounds', param: 'maxPercent', value: 10, quote: '原则上一般检查事项抽查比例不高于10%' }, allRules);
  if (!r.ok) throw new Error('fixture');
  return r.bundle;
}

describe('user profiles through the background', () => {
  it('keeps a checked profile, and gives each platform origin and department the profile chosen for it, without the text', async () => {
    const db = new DraDb(`p-${Math.random()}`);
    expect(await route(db, { type: 'profiles.save', bundle: bundle() }, page, ID)).toEqual({ ok: true, id: 'wuwei-2023' });
    const listed = await route(db, { type: 'profiles.list' }, page, ID);
    expect(listed.ok && 'bundles' in listed && listed.bundles.map((b) => b.profile.id)).toEqual(['wuwei-2023']);
    // The settings row is not disturbed by the profile rows beside it.
    const set = await route(db, { type: 'settings.set', patch: { profileId: 'shenzhen-2018', department: 'LSJ', profileByOrigin: { 'https://sjzt.ah.example.gov.cn': 'wuwei-2023' }, profileByDepartment: { LSJ: 'changchun-chaoyang-2021' } } }, page, ID);
    expect(set).toMatchObject({ ok: true, settings: { profileId: 'shenzhen-2018' } });

    const there = await route(db, { type: 'profile.active' }, content('https://sjzt.ah.example.gov.cn/syn/plan/edit'), ID);
    expect(there).toMatchObject({ ok: true, profileId: 'wuwei-2023', why: 'origin', origin: 'https://sjzt.ah.example.gov.cn', user: { profile: { id: 'wuwei-2023' }, document: { file: 'wuwei-2023' } } });
    expect(JSON.stringify(there)).not.toContain('原则上一般检查事项抽查比例不高于10%，由各级粮食部门'); // no document text to the page
    expect(await route(db, { type: 'profile.active' }, content('http://127.0.0.1:8765/syn/plan/edit'), ID)).toMatchObject({ ok: true, profileId: 'changchun-chaoyang-2021', why: 'department' });
    await route(db, { type: 'settings.set', patch: { profileByDepartment: {} } }, page, ID);
    expect(await route(db, { type: 'profile.active' }, content('http://127.0.0.1:8765/'), ID)).toMatchObject({ ok: true, profileId: 'shenzhen-2018', why: 'default' });
  });

  it('refuses a bad file naming the field, a content script saving one, an unknown id chosen, and deleting one in use', async () => {
    const db = new DraDb(`p-${Math.random()}`);
    const b = bundle();
    b.profile.rules['plan.rate.general-bounds'].params!.maxPercent.source!.quote = '不高于15%';
    const bad = await route(db, { type: 'profiles.save', bundle: b }, page, ID);
    expect(bad).toMatchObject({ ok: false, error: 'profile refused', problems: [{ path: 'profile.rules["plan.rate.general-bounds"].params.maxPercent.source.quote' }] });
    expect((await route(db, { type: 'profiles.save', bundle: bundle() }, content('https://evil.example/'), ID)).ok).toBe(false);
    const unknown = await route(db, { type: 'settings.set', patch: { profileByOrigin: { 'https://a.example.gov.cn': 'shanxi' } } }, page, ID);
    expect(unknown).toMatchObject({ ok: false, problems: [{ path: 'profileByOrigin["https://a.example.gov.cn"]' }] });
    expect(!unknown.ok && unknown.problems![0].zh).toMatch(/可用：baseline, /);
    await route(db, { type: 'profiles.save', bundle: bundle() }, page, ID);
    await route(db, { type: 'settings.set', patch: { profileId: 'wuwei-2023' } }, page, ID);
    expect(await route(db, { type: 'profiles.delete', id: 'wuwei-2023' }, page, ID)).toMatchObject({ ok: false, error: 'profile in use' });
    await route(db, { type: 'settings.set', patch: { profileId: 'baseline' } }, page, ID);
    expect(await route(db, { type: 'profiles.delete', id: 'wuwei-2023' }, page, ID)).toEqual({ ok: true, deleted: true });
  });
});
