/**
 * 个人覆盖 as a form generated from each rule's parameter schema, as a user meets it: each rule by its Chinese
 * name and clause with the profile's value beside each parameter; a number changed through the form is saved
 * and changes what the panel finds; an entry out of range is named by its field and nothing is saved; the JSON
 * stays under the 高级 toggle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { launch, openOptions, openWithPanel, select2Pick, waitFailing, type World } from './launch';

let w: World;
let options: Page;
const RULE = 'plan.joint.max-departments';
const FOUR = ['区市场监管局', '区卫生健康委', '区生态环境局', '区应急管理局'];

const overrides = () => options.evaluate(async () => (await (globalThis as any).chrome.runtime.sendMessage({ type: 'settings.get' })).settings.overrides ?? null);
async function retype(sel: string, text: string) {
  await options.$eval(sel, (i) => ((i as HTMLInputElement).value = ''));
  await options.type(sel, text);
}
async function planWith(departments: string[]): Promise<Frame> {
  await w.page.bringToFront();
  const frame = await openWithPanel(w.page, w.url, '/syn/sccheck/pubscworkplan/edit');
  await select2Pick(frame, 'deptId', departments[0]);
  await frame.click('input[name="scope"][value="joint"]');
  for (const d of departments.slice(1)) await select2Pick(frame, 'participants', d);
  return frame;
}

beforeAll(async () => {
  w = await launch();
  options = await openOptions(w);
});
afterAll(async () => w?.close());

describe('个人覆盖 as a form', () => {
  it('lists each rule by its Chinese name and clause, each parameter with the profile’s value beside it; the JSON is behind 高级', async () => {
    const row = await options.$eval(`.rule-form[data-rule="${RULE}"]`, (r) => ({
      name: r.querySelector('.rule-head b')?.textContent ?? '',
      source: r.querySelector('.rule-head .source')?.textContent ?? '',
      label: r.querySelector('.param-field[data-param=max] .param-label')?.textContent ?? '',
      kind: r.querySelector('.param-field[data-param=max]')?.getAttribute('data-kind'),
      profile: r.querySelector('.param-field[data-param=max] .profile-value')?.textContent ?? '',
    }));
    expect(row.name).toMatch(/[\u4e00-\u9fff]/);
    expect(row.name).not.toContain(RULE);
    expect(row.source).toMatch(/^《[^》]+》.*第.+/);
    expect(row).toMatchObject({ label: '上限', kind: 'integer', profile: '配置值：5' });
    // A choice among fixed values is a select; a list of fixed values, boxes to tick.
    expect(await options.$eval('.rule-form[data-rule="annual.registry-filed"] .param-field[data-param=periodMonths] select', (s) => [...(s as HTMLSelectElement).options].map((o) => o.value))).toEqual(['', '1', '2', '3', '4', '6', '12']);
    expect(await options.$$eval('.rule-form[data-rule="result.category"] input[type=checkbox]', (bs) => bs.length)).toBeGreaterThan(3);
    expect(await options.$eval('details.overrides-json', (d) => (d as HTMLDetailsElement).open)).toBe(false);
  });

  it('a number changed through the form is saved as the override, and the panel then finds by it', async () => {
    // Four departments pass the baseline's cap of 5 …
    let frame = await planWith(FOUR);
    await waitFailing(frame, RULE, false);
    await options.bringToFront();
    await retype(`input[name="p-${RULE}.max"]`, '3');
    await options.click('button.save-profile');
    await options.waitForSelector('section#profile .said.ok');
    expect(await overrides()).toEqual({ rules: { [RULE]: { params: { max: { value: 3 } } } } });
    // … the JSON under 高级 shows the same, and the rule is marked as changed.
    expect(JSON.parse(await options.$eval('textarea[name=overrides]', (t) => (t as HTMLTextAreaElement).value))).toEqual({ rules: { [RULE]: { params: { max: { value: 3 } } } } });
    // … and fail the user's own cap of 3.
    frame = await planWith(FOUR);
    await waitFailing(frame, RULE, true);
  });

  it('an entry out of range is named by its field in Chinese, and nothing is saved', async () => {
    await options.bringToFront();
    await retype('input[name="p-plan.rate.general-bounds.minPercent"]', '150');
    const inline = await options.waitForSelector('.rule-form[data-rule="plan.rate.general-bounds"] .param-field[data-param=minPercent] .field-error');
    expect(await inline!.evaluate((e) => e.textContent)).toBe('「抽查比例下限（%）」须为 0 到 100 之间的数');
    await options.click('button.save-profile');
    await options.waitForSelector('section#profile .said.bad');
    const said = await options.$eval('section#profile .said.bad', (e) => e.textContent ?? '');
    expect(said).toContain('有 1 处填写有误，未保存');
    expect(said).toContain('「抽查比例下限（%）」须为 0 到 100 之间的数');
    expect(said).not.toMatch(/overrides|rules\[|minPercent/);
    expect(await overrides()).toEqual({ rules: { [RULE]: { params: { max: { value: 3 } } } } });
  });

  it('a lower bound above the upper one is refused in the rule’s own words', async () => {
    await retype('input[name="p-plan.rate.general-bounds.minPercent"]', '10');
    await retype('input[name="p-plan.rate.general-bounds.maxPercent"]', '5');
    const err = await options.waitForSelector('.rule-form[data-rule="plan.rate.general-bounds"] > .field-error');
    expect(await err!.evaluate((e) => e.textContent)).toContain('下限不能高于上限');
    await options.click('button.save-profile');
    await options.waitForFunction(() => /未保存/.test(document.querySelector('section#profile .said')?.textContent ?? ''));
    expect(await overrides()).toEqual({ rules: { [RULE]: { params: { max: { value: 3 } } } } });
  });
});
