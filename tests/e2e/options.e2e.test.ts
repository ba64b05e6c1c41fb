/**
 * The options page and the popup as a user meets them: the profile and overrides chosen there are the
 * ones the panel judges by; adapters are validated field by field; origins are checked before the
 * browser is asked; data export, audit verification and erase; the popup shows the page's verdict.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { extensionIdOf, inPanel, launch, openOptions, openWithPanel, select2Pick, waitFailing, type World } from './launch';

let w: World;
let extensionId: string;
let options: Page;

/** The plan form with a joint plan of the given departments (lead first), and the panel's failing rules. */
async function planWith(departments: string[]): Promise<Frame> {
  const frame = await openWithPanel(w.page, w.url, '/syn/sccheck/pubscworkplan/edit');
  await select2Pick(frame, 'deptId', departments[0]);
  await frame.click('input[name="scope"][value="joint"]');
  for (const d of departments.slice(1)) await select2Pick(frame, 'participants', d);
  return frame;
}
const saidText = (p: Page, section: string) => p.$eval(`section#${section} .said[role=status]`, (e) => ({ ok: e.classList.contains('ok'), text: e.textContent ?? '', paths: [...e.querySelectorAll('li[data-path]')].map((li) => li.getAttribute('data-path')) }));

beforeAll(async () => {
  w = await launch();
  extensionId = await extensionIdOf(w);
  options = await openOptions(w);
});
afterAll(async () => w?.close());

/** The overrides' JSON sits under the 高级 toggle: opened before typing. */
async function openJson() {
  await options.$eval('details.overrides-json', (d) => ((d as HTMLDetailsElement).open = true));
}

describe('the options page', () => {
  it('refuses overrides naming an unknown rule, saying which field', async () => {
    await openJson();
    await options.$eval('textarea[name=overrides]', (t) => ((t as HTMLTextAreaElement).value = ''));
    await options.type('textarea[name=overrides]', '{"rules":{"plan.no-such-rule":{"enabled":false}}}');
    await options.click('button.save-profile');
    await options.waitForSelector('section#profile .said.bad');
    const said = await saidText(options, 'profile');
    expect(said.paths.join(' ')).toContain('plan.no-such-rule');
  });

  it('the profile and overrides chosen here are what the panel judges by', async () => {
    // Four departments pass the baseline's cap of 5 … (the page in front: background tabs get no animation frames)
    await w.page.bringToFront();
    let frame = await planWith(['区市场监管局', '区卫生健康委', '区生态环境局', '区应急管理局']);
    await waitFailing(frame, 'plan.joint.max-departments', false);
    // … and fail a user's own cap of 3 on the Shenzhen profile.
    await options.bringToFront();
    await options.select('select[name=profileId]', 'shenzhen-2018');
    await openJson();
    await options.$eval('textarea[name=overrides]', (t) => ((t as HTMLTextAreaElement).value = ''));
    await options.type('textarea[name=overrides]', '{"rules":{"plan.joint.max-departments":{"params":{"max":{"value":3}}}}}');
    await options.click('button.save-profile');
    await options.waitForSelector('section#profile .said.ok');
    await w.page.bringToFront();
    frame = await planWith(['区市场监管局', '区卫生健康委', '区生态环境局', '区应急管理局']);
    expect(await (await inPanel(frame, '.dra-panel')).evaluate((p) => p.getAttribute('data-profile'))).toBe('shenzhen-2018');
    await waitFailing(frame, 'plan.joint.max-departments', true);
  });

  it('the popup shows that page’s verdict and the active profile', async () => {
    const tabId = await options.evaluate(async (u) => (await (globalThis as any).chrome.tabs.query({ url: `${u}*` }))[0]?.id, new URL(w.url).origin + '/');
    expect(tabId).toBeGreaterThan(0);
    const popup = await w.browser.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('main.popup[data-pages]:not([data-pages=""])');
    const v = await popup.$eval('main.popup', (m) => ({ errors: Number(m.getAttribute('data-errors')), warnings: Number(m.getAttribute('data-warnings')), text: m.textContent ?? '' }));
    expect(v.warnings + v.errors).toBeGreaterThan(0);
    expect(v.text).toMatch(/深圳|Shenzhen/);
    expect(v.text).toMatch(/plan|抽查计划/);
    await popup.close();
  });

  it('an adapter with a wrong widget is refused naming the field; a valid one is saved and listed', async () => {
    await options.bringToFront();
    const bad = { id: 'jl', name: '吉林', origins: ['https://sjzt.jl.gov.cn'], pages: [{ kind: 'plan', url: '/plan/edit', fields: [{ field: 'name', widget: 'slider' }] }] };
    await options.$eval('textarea[name=adapter]', (t, v) => ((t as HTMLTextAreaElement).value = v), JSON.stringify(bad));
    await options.type('textarea[name=adapter]', ' ');
    await options.click('button.save-adapter');
    await options.waitForSelector('section#adapters .said.bad');
    expect((await saidText(options, 'adapters')).paths).toContain('pages[0].fields[0].widget');
    const good = { ...bad, pages: [{ kind: 'plan', url: '/plan/edit', fields: [{ field: 'name', label: '抽查计划名称', widget: 'text' }] }] };
    await options.$eval('textarea[name=adapter]', (t, v) => ((t as HTMLTextAreaElement).value = v), JSON.stringify(good));
    await options.type('textarea[name=adapter]', ' ');
    await options.click('button.save-adapter');
    await options.waitForSelector('tr[data-adapter=jl]');
    expect(await options.$$eval('table.list tr[data-adapter]', (rows) => rows.map((r) => r.getAttribute('data-adapter')))).toEqual(['zhejiang', 'sandbox', 'jl']);
  });

  it('an origin that is not an address is refused before the browser is asked', async () => {
    await options.type('input[name=origin]', 'ftp://files.example.gov.cn');
    await options.click('button.add-origin');
    await options.waitForSelector('section#origins .said.bad');
    expect((await saidText(options, 'origins')).text).toMatch(/http/);
    expect(await options.$$('ul.origins li[data-origin]')).toHaveLength(0);
  });

  it('verifies the audit log, exports everything, and erases only after the confirmation word', async () => {
    await options.click('button.verify-log');
    await options.waitForSelector('section#data [data-chain]');
    expect(await options.$eval('section#data [data-chain]', (e) => e.getAttribute('data-chain'))).toBe('ok');
    await options.click('button.export-data');
    await options.waitForSelector('section#data .said.ok[role=status]');
    expect((await saidText(options, 'data')).text).toMatch(/适配器 1/);
    expect(await options.$eval('button.erase-data', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await options.type('input[name=confirm-erase]', '清除');
    expect(await options.$eval('button.erase-data', (b) => (b as HTMLButtonElement).disabled)).toBe(false);
    await options.click('button.erase-data');
    await options.waitForFunction(() => /清除|erased/.test(document.querySelector('section#data .said')?.textContent ?? ''));
    const left = await options.evaluate(async () => (await (globalThis as any).chrome.runtime.sendMessage({ type: 'data.export' })).data);
    // Everything is gone but the audit log's tombstone: the log goes on from an entry that says it was erased.
    const { audit, ...rest } = left as Record<string, Array<{ kind?: string }>>;
    expect(Object.values(rest).every((rows) => rows.length === 0)).toBe(true);
    expect(audit.map((e) => e.kind)).toEqual(['log-erased']);
  });
});
