/**
 * The shipped `zhejiang` adapter in Chromium, on fixture pages written after the Zhejiang 协同监管
 * platform's public source (tests/fixtures/zhejiang) served at the platform's own paths: the item list
 * imported on the options page, then the task, plan and draw-library pages judged as the issue asks,
 * what was read shown in the panel's 读取情况, and a strategy template filled through the adapter.
 */
import { resolve } from 'node:path';
import { setExtensionSettings } from '../../src/dev/extension-settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { allowOrigins, clickInPanel, extensionIdOf, inPanel, launch, openOptions, pickInPanel, waitFailing, waitForPanel, type World } from './launch';
import { serveFixtures, ZHEJIANG_ROUTES, type FixtureServer } from './fixture-server';

let w: World;
let fx: FixtureServer;
let extensionId: string;

beforeAll(async () => {
  w = await launch();
  fx = await serveFixtures(ZHEJIANG_ROUTES);
  // Another port of 127.0.0.1: the overlay runs there once the user adds it, as on any platform origin.
  await allowOrigins(w, [fx.url]);
  // The user's department (options page): the panel's templates are this department's.
  await setExtensionSettings(w.browser, { department: 'A058' });
  extensionId = await extensionIdOf(w);
});
afterAll(async () => {
  await fx?.close();
  await w?.close();
});

async function open(path: string): Promise<Frame> {
  await w.page.bringToFront();
  await w.page.goto(fx.url + path, { waitUntil: 'load' });
  const frame = w.page.mainFrame();
  await waitForPanel(frame);
  return frame;
}
// A user's click: once the button is enabled, still and seen by the browser in plain sight (the panel's
// clickjacking guard refuses a click on a button it has not yet seen; a loaded machine reports late).
const click = (frame: Frame, sel: string) => clickInPanel(frame, sel);
const panelText = async (frame: Frame, sel: string) => (await inPanel(frame, sel)).evaluate((e) => e.textContent ?? '');

describe('zhejiang, as a user meets it', () => {
  it('imports the item list (随机抽查事项清单) on the options page', async () => {
    const options = await openOptions(w);
    const input = await options.waitForSelector('section#item-list input.item-list-file');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(resolve('tests/fixtures/zhejiang/item-list.csv'));
    await options.waitForSelector('section#item-list[data-items="3"]');
    expect(await options.$eval('section#item-list .said', (e) => e.textContent)).toContain('已导入 3 个事项');
    await options.close();
  });

  it('a task with 6 participating departments (one hidden input) is plan.joint.max-departments; 读取情况 shows the six', async () => {
    const frame = await open('/syn/sccheck/scplantask/addOrEditView?uid=c71e0a5b44&flag=2');
    await waitFailing(frame, 'plan.joint.max-departments', true);
    expect(await panelText(frame, '[data-rule="plan.joint.max-departments"]')).toContain('6 个部门');
    await click(frame, 'button[data-tab=reading]');
    const line = await inPanel(frame, 'li.read-line[data-field="task.departments"]');
    expect(await line.evaluate((e) => e.getAttribute('data-state'))).toBe('used');
    expect(await line.evaluate((e) => e.querySelector('.read-used')?.textContent)).toBe('A058、A012、A027、A014、A031、A045');
    expect(await line.evaluate((e) => e.textContent)).toContain('标签「任务参与部门」');
    // Nothing dropped or in error on this page.
    expect(await (await inPanel(frame, 'div.reading')).evaluate((e) => e.getAttribute('data-problems'))).toBe('0');
  });

  it('a plan ending 2025-12-05 is plan.schedule.end-by', async () => {
    const frame = await open('/syn/sccheck/pubscworkplan/addOrEditView?uid=8f3b1c2d9e&flag=2');
    await waitFailing(frame, 'plan.schedule.end-by', true);
    expect(await panelText(frame, '[data-rule="plan.schedule.end-by"]')).toContain('2025-12-05');
  });

  it('on the draw-library page a general item drawn as a fixed 300 of 1,200 is 25%; a key item at 15% is below the minimum', async () => {
    const frame = await open('/syn/pub/server/sccheck/entback/randompage?taskUid=c71e0a5b44');
    await waitFailing(frame, 'plan.rate.general-bounds', true);
    await waitFailing(frame, 'plan.rate.key-minimum', true);
    expect(await panelText(frame, '[data-rule="plan.rate.general-bounds"]')).toContain('25%');
    expect(await panelText(frame, '[data-rule="plan.rate.key-minimum"]')).toContain('15%');
    // The kinds came from the item list: 读取情况 says so.
    await click(frame, 'button[data-tab=reading]');
    const kind = await inPanel(frame, 'li.read-line[data-field="entry.itemKind"][data-row="1"]');
    expect(await kind.evaluate((e) => e.textContent)).toContain('事项清单');
  });

  it('on the result-entry page a result outside the nine (已关闭停业或正在组织清算) is result.category, marked at the boxes, gone when untick', async () => {
    const frame = await open('/syn/sccheck/pubscentresult/addscresultpage?taskUid=d4a91c03be&priPID=3301000000123456&uid=7e2f60aa15');
    await frame.click('input[name=checkResultTmp][value="7"]');
    await waitFailing(frame, 'result.category', true);
    expect(await panelText(frame, '[data-rule="result.category"]')).toContain('已关闭停业或正在组织清算');
    await inPanel(frame, '.field-mark');
    await frame.click('input[name=checkResultTmp][value="7"]');
    await frame.click('input[name=checkResultTmp][value="1"]');
    await waitFailing(frame, 'result.category', false);
  });

  it('on the review page, passing on 2026-11-23 a check that ended 2026-10-09 is late; with 审核日期 2026-10-20 it is in time', async () => {
    const frame = await open('/syn/sccheck/pubscentresult/auditscresultpage?taskUid=d4a91c03be&priPID=3301000000123456&uid=7e2f60aa15');
    await frame.click('input[name=auditState][value="5"]');
    await waitFailing(frame, 'result.publish-deadline', true);
    expect(await panelText(frame, '[data-rule="result.publish-deadline"]')).toContain('2026-11-23');
    await frame.evaluate(() => {
      const d = document.querySelector('input[name=auditDate]') as HTMLInputElement;
      d.value = '2026-10-20';
      d.dispatchEvent(new Event('input', { bubbles: true }));
      d.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFailing(frame, 'result.publish-deadline', false);
  });

  it('on the inspector pairs page an object matched to one inspector is strategy.min-inspectors-per-object', async () => {
    const frame = await open('/syn/pub/server/sccheck/entagent/viewall?deptTaskUid=9c1d7e5a20');
    await waitFailing(frame, 'strategy.min-inspectors-per-object', true);
    expect(await panelText(frame, '[data-rule="strategy.min-inspectors-per-object"]')).toContain('杭州某区某某小吃店');
  });

  it('a saved strategy template fills the draw-library page through the adapter: the fill-script first, then the controls; undo restores', async () => {
    let frame = await open('/syn/pub/server/sccheck/entback/randompage?taskUid=c71e0a5b44');
    // The mark beside the 固定 count box in breach leaves the 比例 radio next to it clickable.
    await waitFailing(frame, 'plan.rate.general-bounds', true);
    await inPanel(frame, '.field-mark');
    expect(await frame.$eval('#radio2_e1f0a9', (r) => { const b = r.getBoundingClientRect(); return document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2)?.id; })).toBe('radio2_e1f0a9');
    // The user sets good values (10% for the general item, 30% for the key item) and saves them as a template.
    await frame.click('#radio2_e1f0a9');
    await frame.type('#percent_e1f0a9', '10');
    await frame.click('#percent_b7c2d4', { count: 3 });
    await frame.type('#percent_b7c2d4', '30');
    await waitFailing(frame, 'plan.rate.general-bounds', false);
    await waitFailing(frame, 'plan.rate.key-minimum', false);
    await click(frame, 'button[data-tab=templates]');
    await click(frame, 'details.save-template summary');
    await (await inPanel(frame, 'input.tpl-name')).type('浙江餐饮抽取');
    await (await inPanel(frame, 'input.tpl-dept')).type('A058');
    await click(frame, 'button.save');
    expect(await panelText(frame, 'p.note')).toContain('浙江餐饮抽取');

    // A fresh page holds the platform's values again.
    frame = await open('/syn/pub/server/sccheck/entback/randompage?taskUid=c71e0a5b44');
    await waitFailing(frame, 'plan.rate.general-bounds', true);
    const values = () => frame.evaluate(() => ({ radio: (document.querySelector('#radio1_e1f0a9') as HTMLInputElement).checked ? 'fixed' : 'ratio', num: (document.querySelector('#num_e1f0a9') as HTMLInputElement).value, pct1: (document.querySelector('#percent_e1f0a9') as HTMLInputElement).value, pct2: (document.querySelector('#percent_b7c2d4') as HTMLInputElement).value }));
    const before = await values();
    expect(before).toEqual({ radio: 'fixed', num: '300', pct1: '', pct2: '15' });
    await click(frame, 'button[data-tab=templates]');
    const select = await inPanel(frame, 'section.templates select option:nth-child(2)');
    const id = await select.evaluate((o) => (o as HTMLOptionElement).value);
    await pickInPanel(frame, 'section.templates select', id);
    await click(frame, 'button.fill');
    const script = await inPanel(frame, 'div.script');
    const steps = await script.evaluate((d) => [...d.querySelectorAll('li')].map((li) => li.getAttribute('data-target')));
    expect(steps).toEqual(['entries[0].quantityMode', 'entries[0].target', 'entries[1].target']);
    // Shown as the page shows it (the radio's text), and nothing has changed yet.
    expect(await script.evaluate((d) => d.querySelector('li')?.textContent)).toContain('固定');
    expect(await values()).toEqual(before);
    await click(frame, 'button.apply');
    await inPanel(frame, 'div.filled[data-failed="0"]');
    expect(await values()).toEqual({ radio: 'ratio', num: '300', pct1: '10', pct2: '30' });
    await waitFailing(frame, 'plan.rate.general-bounds', false);
    await waitFailing(frame, 'plan.rate.key-minimum', false);
    await click(frame, 'button.undo');
    await frame.waitForFunction(() => (document.querySelector('#radio1_e1f0a9') as HTMLInputElement).checked);
    expect(await values()).toEqual(before);
    await waitFailing(frame, 'plan.rate.general-bounds', true);
  });
});
