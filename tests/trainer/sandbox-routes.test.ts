/** The trainer routes of the sandbox server, over HTTP: scenarios, examples, the explorer, the ceremony. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/server';
import type { SandboxStore } from '../../src/sandbox/store';
import { builtinScenarios } from '../../src/trainer/scenarios';
import jointTooMany from '../../src/trainer/scenarios/joint-too-many-departments.json';

let url = '';
let store: SandboxStore;
let close: () => void;
beforeAll(async () => {
  const own = mkdtempSync(join(tmpdir(), 'dra-own-scenarios-'));
  writeFileSync(join(own, 'my-joint.json'), JSON.stringify({ ...jointTooMany, id: 'my-joint', title: { zh: '我的情景', en: 'My scenario' } }));
  writeFileSync(join(own, 'broken.json'), '{ not json');
  writeFileSync(join(own, 'no-subject.json'), JSON.stringify({ ...jointTooMany, id: 'no-subject', subject: undefined }));
  const s = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'dra-trainer-')), reset: true, scenarios: own });
  url = s.url;
  store = s.store;
  close = () => s.server.close();
});
afterAll(() => close());

const get = (path: string) => fetch(url + path.replace(/^\//, ''), { redirect: 'manual' });
const post = (path: string, form: Record<string, string>) =>
  fetch(url + path.replace(/^\//, ''), { method: 'POST', body: new URLSearchParams(form), headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });

describe('scenarios on the sandbox', () => {
  it('lists the built-in scenarios and a trainer’s own folder, naming the files refused', async () => {
    const page = await (await get('/dra/scenarios')).text();
    for (const s of builtinScenarios().scenarios) expect(page).toContain(`data-scenario="${s.id}"`);
    expect(page).toContain('data-scenario="my-joint"');
    expect(page).toContain('broken.json');
    expect(page).toContain('no-subject.json.subject');
  });

  it('start resets the store to the scenario, check judges it, the reference fix passes, restart starts again', async () => {
    store.data.today = '2030-01-01'; // anything the trainee left behind is reset
    const start = await post('/dra/scenario/start', { id: 'campaign-without-random' });
    expect(start.status).toBe(303);
    expect(start.headers.get('location')).toBe('/dra/scenario?id=campaign-without-random');
    expect(store.data.today).toBe('2026-11-23');
    const check = async () => (await (await get('/dra/scenario/check.json?id=campaign-without-random')).json()) as { verdict: string; findings: Array<{ ruleId: string }> };
    expect(await check()).toMatchObject({ verdict: 'fail', findings: [{ ruleId: 'plan.nonrandom.campaign-label' }] });
    const page = await (await get('/dra/scenario?id=campaign-without-random&check=1')).text();
    expect(page).toContain('data-verdict="fail"');
    expect(page).toContain('专项整治');
    expect((await post('/dra/scenario/fix', { id: 'campaign-without-random' })).headers.get('location')).toContain('check=1');
    expect((await check()).verdict).toBe('pass');
    await post('/dra/scenario/start', { id: 'campaign-without-random' });
    expect((await check()).verdict).toBe('fail');
  });

  it('an unknown scenario is a 404 naming it', async () => {
    expect((await get('/dra/scenario?id=nope')).status).toBe(404);
    expect((await post('/dra/scenario/start', { id: 'nope' })).status).toBe(404);
  });
});

describe('the explorer on the sandbox', () => {
  it('serves every rule, filters by the query, and escapes the query it shows', async () => {
    const all = await (await get('/dra/rules')).text();
    expect(all.match(/<article class="rule"/g)).toHaveLength(48);
    const q = await (await get(`/dra/rules?q=${encodeURIComponent('<b>x</b>')}`)).text();
    expect(q).not.toContain('<b>x</b>');
    expect(q).toContain('&lt;b>x&lt;/b>');
    expect((await get('/dra/rules?profile=nowhere')).status).toBe(404);
    const sz = await (await get('/dra/rules?profile=shenzhen-2018&q=plan.joint.max-departments')).text();
    expect(sz).toContain('基准（五份文件综合） → 深圳市（深府办函〔2018〕232号）');
  });

  it('compares two profiles side by side: each value with its provenance, the differences marked; an unknown one lists the known ids', async () => {
    const page = await (await get('/dra/rules?profile=beijing-fengtai-2019&compare=changchun-chaoyang-2021')).text();
    expect(page).toContain('<section class="compare" data-a="beijing-fengtai-2019" data-b="changchun-chaoyang-2021"');
    // The 3%–20% cap: the same 20 in both, borrowed by Fengtai and Changchun Chaoyang's own.
    const cap = /<tr class[^>]*data-row="plan\.rate\.general-bounds\.maxPercent" data-differs="no">([\s\S]*?)<\/tr>/.exec(page);
    expect(cap, 'the cap row').not.toBeNull();
    expect(cap![1]).toMatch(/借用自《朝阳区[\s\S]*本地文件《朝阳区/);
    // The annual plan's due day differs (Shenzhen's 4月底 borrowed by Fengtai; Changchun Chaoyang's own 4月1日).
    expect(page).toMatch(/data-row="plan\.schedule\.annual-due\.dueBy" data-differs="yes"/);
    const unknown = await get('/dra/rules?profile=shanxi');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('baseline, shenzhen-2018');
  });

  it('an example is loaded into the store and opened in the shell on its page', async () => {
    // GET only asks (no state change on GET); the page's button POSTs.
    expect(await (await get('/dra/example?rule=strategy.recusal&case=fail')).text()).toContain('<input type="hidden" name="rule" value="strategy.recusal"/>');
    expect(store.task('EX-T1')).toBeUndefined();
    const res = await post('/dra/example', { rule: 'strategy.recusal', case: 'fail' });
    expect(res.status).toBe(303);
    expect(decodeURIComponent(res.headers.get('location')!)).toBe('/?open=/syn/pub/server/sccheck/entback/randompage?taskId=EX-T1');
    expect(store.task('EX-T1')?.draw?.assignments[0].inspectorIds).toEqual(['EX-ZF1', 'EX-ZF2']);
    expect(store.data.inspectors.find((i) => i.id === 'EX-ZF2')?.conflicts).toEqual(['EX-O2']);
    expect((await get('/dra/example?rule=no.such&case=fail')).status).toBe(404);
    expect((await post('/dra/example', { rule: 'no.such', case: 'fail' })).status).toBe(404);
  });
});

describe('the ceremony on the sandbox', () => {
  it('refuses a task without a strategy; announces before any randomness; draws only from the revealed public value', { timeout: 120_000 }, async () => {
    const res = await post('/dra/ceremony/announce', { taskId: 'RW-2026-001' });
    expect(decodeURIComponent(res.headers.get('location')!)).toContain('还没有抽取策略');
    const c = await post('/dra/ceremony/announce', { taskId: 'RW-2026-004' });
    const id = /id=([0-9a-f]{12})/.exec(c.headers.get('location')!)![1];
    const before = await (await get(`/dra/ceremony?id=${id}`)).text();
    expect(before).toContain('data-stage="before"');
    const announcement = (await (await get(`/dra/ceremony/file?id=${id}&name=announcement.json`)).json()) as { announcementHash: string };
    // The hash is shown in groups of eight (<span>s), so a line never ends with one character alone.
    expect(before.replace(/<\/?span>/g, '')).toContain(announcement.announcementHash);
    expect(before).toContain(`<span>${announcement.announcementHash.slice(0, 8)}</span>`);
    expect((await get(`/dra/ceremony/file?id=${id}&name=record.json`)).status).toBe(404);
    expect((await get(`/dra/ceremony/file?id=${id}&name=../sandbox.json`)).status).toBe(404);
    // No public value: nothing is drawn, and the refusal is logged.
    const refused = await post('/dra/ceremony/draw', { id });
    expect(decodeURIComponent(refused.headers.get('location')!)).toContain('缺少公开随机数');
    expect((await get(`/dra/ceremony/file?id=${id}&name=record.json`)).status).toBe(404);
    await post('/dra/ceremony/draw', { id, publicValue: '4 2 6' });
    const rec = await get(`/dra/ceremony/file?id=${id}&name=record.json`);
    expect(rec.status).toBe(200);
    const record = (await rec.json()) as { kind: string; result: { objectIds: string[] }; announcementHash: string; randomness: { publicValues: Array<{ value: string }> } };
    expect(record.kind).toBe('official');
    expect(record.announcementHash).toBe(announcement.announcementHash);
    expect(record.randomness.publicValues[0].value).toBe('4 2 6');
    // Drawing again does not re-draw: the record stays the one of the announcement shown.
    await post('/dra/ceremony/draw', { id, publicValue: '1 1 1' });
    expect(((await (await get(`/dra/ceremony/file?id=${id}&name=record.json`)).json()) as typeof record).result.objectIds).toEqual(record.result.objectIds);
    const verifier = await get(`/dra/ceremony/file?id=${id}&name=verifier.html`);
    expect(verifier.headers.get('content-type')).toContain('text/html');
    expect(await verifier.text()).not.toMatch(/<script[^>]+src=|<link[^>]+href=/); // one file, nothing fetched
  });
});
