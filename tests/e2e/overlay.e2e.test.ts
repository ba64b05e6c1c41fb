/**
 * Live validation as staff meet it: the panel in the plan form's frame reads the form through the
 * sandbox adapter as the user types and picks, and shows each rule's finding with its citation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { activeFrame, clickInPanel, inPanel, inPanelEval, laydatePick, launch, select2Pick, waitForPanel, waitInPanel, type World } from './launch';
import { seedData } from '../../src/sandbox/seed';

let w: World;
let frame: Frame;

/** The rule ids the panel shows now, waiting for the refresh that follows an input. */
async function rulesShown(expectRule?: string, present = true): Promise<string[]> {
  if (expectRule) await waitInPanel(frame, (root, rule, want) => !!root?.querySelector(`li.finding[data-rule="${rule}"][data-status="fail"]`) === want, { timeout: 10_000 }, expectRule, present);
  return inPanelEval(frame, (root) => [...(root?.querySelectorAll('li.finding[data-status="fail"]') ?? [])].map((li) => li.getAttribute('data-rule')!));
}

beforeAll(async () => {
  w = await launch();
  await w.page.goto(`${w.url}?open=${encodeURIComponent('/syn/sccheck/pubscworkplan/edit')}`, { waitUntil: 'networkidle0' });
  frame = await activeFrame(w.page);
  await waitForPanel(frame);
});
afterAll(async () => w?.close());

describe('live validation on the plan form', () => {
  it('a joint plan with 6 departments shows plan.joint.max-departments with its Shenzhen citation; 5 passes', async () => {
    await select2Pick(frame, 'deptId', '区市场监管局');
    await frame.click('input[name="scope"][value="joint"]');
    for (const d of ['区卫生健康委', '区生态环境局', '区应急管理局', '区商务局']) await select2Pick(frame, 'participants', d);
    expect(await rulesShown('plan.joint.max-departments', false)).not.toContain('plan.joint.max-departments');
    await select2Pick(frame, 'participants', '区教育委员会');
    await rulesShown('plan.joint.max-departments');
    const item = await inPanelEval(frame, (root) => {
      const li = root!.querySelector('li.finding[data-rule="plan.joint.max-departments"]')!;
      return { text: li.textContent, group: li.closest('section')?.getAttribute('data-group') };
    });
    expect(item.group).toBe('warn');
    expect(item.text).toContain('（深府办函〔2018〕232号）第二部分第（三）项第3点');
    expect(item.text).toContain('联合抽查部门原则上不超过5个');
    expect(item.text).toMatch(/6/);
  });

  it('an end date of 1 December shows plan.schedule.end-by (A-5); 30 November clears it', async () => {
    await laydatePick(frame, 'start', '2026-03-02');
    await laydatePick(frame, 'end', '2026-12-01');
    await rulesShown('plan.schedule.end-by');
    const text = await inPanelEval(frame, (root) => root!.querySelector('li.finding[data-rule="plan.schedule.end-by"][data-status="fail"]')!.textContent);
    expect(text).toContain('追责情形：未完成、不执行或拖延执行联合抽查任务');
    expect(text).toContain('2026-12-01');
    await laydatePick(frame, 'end', '2026-11-30');
    await rulesShown('plan.schedule.end-by', false);
  });

  it('a click on a finding brings its field into focus, changing nothing', async () => {
    await laydatePick(frame, 'end', '2026-12-05');
    await rulesShown('plan.schedule.end-by');
    await clickInPanel(frame, 'li.finding[data-rule="plan.schedule.end-by"][data-status="fail"] button.message');
    const end = await frame.$eval('input[name="end"]', (e) => ({ outline: (e as HTMLElement).style.outline, value: (e as HTMLInputElement).value, focused: document.activeElement === e }));
    expect(end.outline).toMatch(/solid 2px|2px solid/);
    expect(end.focused).toBe(true);
    expect(end.value).toBe('2026-12-05');
  });

  it('saving with an error stops first: the confirmation names the rule and its A-n tag; going back leaves the page untouched', async () => {
    await frame.click('[data-submit="#planForm"]');
    await inPanel(frame, '.confirm');
    const confirm = await inPanelEval(frame, (root) => {
      const c = root!.querySelector('.confirm')!;
      return { rules: [...c.querySelectorAll('li')].map((li) => li.getAttribute('data-rule')), text: c.textContent, canProceed: !(c.querySelector('button.proceed') as HTMLButtonElement).disabled };
    });
    expect(confirm.rules).toContain('plan.schedule.end-by');
    expect(confirm.rules).toContain('plan.joint.max-departments');
    expect(confirm.text).toContain('未完成、不执行或拖延执行联合抽查任务');
    expect(confirm.canProceed).toBe(false); // a written reason is required
    // The platform never saw the click: its own required-field check did not run.
    expect(await frame.$$('label.error')).toHaveLength(0);
    await clickInPanel(frame, '.confirm button.back');
    await waitInPanel(frame, (root) => !root?.querySelector('.confirm'));
    expect(await frame.$$('label.error')).toHaveLength(0);
  });

  it('going on with a reason writes an audit entry whose chain verifies, then lets the platform act', async () => {
    await frame.click('[data-submit="#planForm"]');
    await (await inPanel(frame, '.confirm textarea')).type('市政府统一部署，12月初完成收尾检查');
    await clickInPanel(frame, '.confirm button.proceed');
    const logged = await (await inPanel(frame, '.logged')).evaluate((p) => {
      return { seq: p.getAttribute('data-seq'), chain: p.getAttribute('data-chain') };
    });
    expect(logged).toEqual({ seq: '0', chain: 'ok' });
    // The click went through to the platform, whose own validation now speaks (责任单位 is empty).
    await frame.waitForSelector('label.error');
    expect(await frame.$$eval('label.error', (ls) => ls.map((l) => l.textContent))).toContain('请填写责任单位（牵头处室）');
  });

  it('the panel never submits: the platform form is still unsaved', async () => {
    expect(frame.url()).toMatch(/pubscworkplan\/edit$/);
    const before = await (await fetch(`${w.url}syn/sccheck/pubscworkplan`)).text();
    expect(before.match(/\/edit\?id=/g)?.length).toBe(2 * seedData().plans.length); // the seed plans, each linked twice
    expect(before).not.toContain('2026-03-02'); // the start date typed above was never saved
  });
});
