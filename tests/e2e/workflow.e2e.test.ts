/**
 * A user's day on the sandbox with the extension loaded: open the shell, the plan page in its iframe
 * tab (the panel is there), add a plan through the real widgets, add a strategy, draw, re-draw, lock
 * behind the platform's confirm, and draw inspectors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeFrame, clickInPanel, inPanel, inPanelEval, waitInPanel, laydatePick, launch, select2Pick, waitForPanel, type World } from './launch';
import { LOCK_CONFIRM } from '../../src/sandbox/pages/draw';

let w: World;
beforeAll(async () => {
  w = await launch();
});
afterAll(async () => w?.close());

describe('the sandbox as a user meets it, with the extension', () => {
  it('opens the shell with the plan page in its iframe tab, and the panel in that frame', async () => {
    await w.page.goto(w.url, { waitUntil: 'networkidle0' });
    expect(await w.page.$eval('.nav-header .logo', (e) => e.textContent)).toContain('双随机、一公开');
    expect(await w.page.$$eval('.J_menuTab', (t) => t.map((e) => e.textContent?.replace('×', '').trim()))).toEqual(['年度抽查工作计划']);
    const frame = await activeFrame(w.page);
    expect(frame.url()).toMatch(/\/syn\/sccheck\/pubscworkplan$/);
    const host = await waitForPanel(frame);
    // The panel lives in a shadow root and knows the page kind.
    expect(await host!.evaluate((h) => h.shadowRoot)).toBeNull(); // closed: the page's scripts cannot reach in
    const kind = await (await inPanel(frame, '.dra-panel')).evaluate((p) => p.getAttribute('data-page-kind'));
    expect(kind).toBe('list');
    expect(await w.page.$('dra-panel')).toBeNull(); // not in the shell's top document
  });

  it('opens another page as a new tab from the menu', async () => {
    await w.page.click('a.J_menuItem[href="/syn/sccheck/scplantask"]');
    await w.page.waitForFunction(() => document.querySelectorAll('iframe.J_iframe').length === 2);
    const frame = await activeFrame(w.page);
    expect(frame.url()).toMatch(/scplantask$/);
    expect(await frame.$eval('.sub-tabs', (e) => e.textContent)).toContain('牵头任务');
    await w.page.click('a.J_menuItem[href="/syn/sccheck/pubscworkplan"]');
  });

  it('adds a plan through select2, laydate and the platform’s save', async () => {
    const frame = await activeFrame(w.page);
    await frame.click('.ibox-title a.btn-primary'); // 新增计划
    await frame.waitForSelector('#planForm');
    await frame.waitForFunction(() => !!(window as unknown as { jQuery?: unknown }).jQuery && !!document.querySelector('.select2'));
    await select2Pick(frame, 'deptId', '区市场监管局');
    await frame.click('input[name="scope"][value="joint"]');
    await select2Pick(frame, 'participants', '区卫生健康委');
    await frame.type('input[name="name"]', '2026年度广告发布行为联合抽查计划');
    await frame.click('input[name="directed"][value="0"]');
    await laydatePick(frame, 'start', '2026-03-02');
    await laydatePick(frame, 'end', '2026-11-20');
    await frame.type('input[name="responsibleUnit"]', '广告监管科');
    await frame.type('textarea[name="scopeText"]', '全区广告发布单位，按5%比例抽取');
    expect(await frame.$eval('input[name="start"]', (e) => (e as HTMLInputElement).value)).toBe('2026-03-02');
    await frame.click('[data-submit="#planForm"]');
    // Filed in November, the annual plan is late (plan.schedule.annual-due): the panel stops the save
    // and the user goes on with a reason, which is what lets the platform save.
    await inPanel(frame, '.confirm li[data-rule="plan.schedule.annual-due"]');
    await (await inPanel(frame, '.confirm textarea')).type('年中新增的广告监管计划，经局长办公会同意');
    await clickInPanel(frame, '.confirm button.proceed');
    await frame.waitForSelector('#planTable', { timeout: 15_000 });
    const names = await frame.$$eval('#planTable tbody tr td:nth-child(3)', (tds) => tds.map((t) => t.textContent?.trim()));
    expect(names).toContain('2026年度广告发布行为联合抽查计划');
  });

  it('adds a strategy, draws, re-draws until locked, and locks behind the real confirm', async () => {
    const frame = await activeFrame(w.page);
    await frame.goto(`${w.url}syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-001`, { waitUntil: 'networkidle0' });
    await waitForPanel(frame);
    for (const [c, v] of [['A', '2'], ['B', '5'], ['C', '10'], ['D', '30']]) {
      await frame.$eval(`input[name="rate${c}"]`, (e) => ((e as HTMLInputElement).value = ''));
      await frame.type(`input[name="rate${c}"]`, v);
    }
    await Promise.all([frame.waitForNavigation({ timeout: 15_000 }), frame.click('#btnRandom')]);
    const first = await frame.$$eval('#drawnTable tbody tr td:nth-child(3)', (tds) => tds.map((t) => t.textContent));
    expect(first.length).toBeGreaterThan(0);
    await waitForPanel(frame);
    expect(await inPanelEval(frame, (root) => !!root?.querySelector('.rerun-watch'))).toBe(false); // one run: nothing to flag
    expect(await frame.$eval('#drawnCount', (e) => Number(e.textContent))).toBe(first.length);

    await Promise.all([frame.waitForNavigation({ timeout: 15_000 }), frame.click('#btnRandom')]);
    expect(await frame.$eval('.draw-stats', (e) => e.textContent)).toBeTruthy();
    expect(await frame.evaluate(() => document.body.textContent?.includes('已抽取 2 次'))).toBe(true);
    // The extension counted both runs of this draw and flags the re-run (it is in the audit log).
    await waitInPanel(frame, (root) => root?.querySelector('.rerun-watch')?.getAttribute('data-runs') === '2', { timeout: 10_000 });

    await frame.click('#btnLock');
    const dialog = await frame.waitForSelector('.layui-layer-dialog .layui-layer-content');
    expect(await dialog!.evaluate((e) => e.textContent?.trim())).toBe(LOCK_CONFIRM);
    await Promise.all([frame.waitForNavigation({ timeout: 15_000 }), frame.click('.layui-layer-btn0')]);
    expect(await frame.$eval('#btnLock', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect(await frame.$eval('#btnRandom', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect(await frame.evaluate(() => document.body.textContent?.includes('待设置任务计划'))).toBe(true);
  });

  it('draws inspectors: 每户检查对象配置检查人员 2 个', async () => {
    const frame = await activeFrame(w.page);
    await frame.goto(`${w.url}syn/pub/server/sccheck/entagent?taskId=RW-2026-001`, { waitUntil: 'networkidle0' });
    await frame.type('input[name="perObject"]', '2');
    await Promise.all([frame.waitForNavigation({ timeout: 15_000 }), frame.click('#btnAgentRandom')]);
    const teams = await frame.$$eval('#agentTable tbody tr td:nth-child(3)', (tds) => tds.map((t) => t.textContent?.split('、').length));
    expect(teams.length).toBeGreaterThan(0);
    expect(teams.every((n) => n === 2)).toBe(true);
  });

  it('enters a result with its 核查方式 and category, and the review publishes it', async () => {
    const frame = await activeFrame(w.page);
    await frame.goto(`${w.url}syn/sccheck/pubscentresult`, { waitUntil: 'networkidle0' });
    const href = await frame.$eval('a[href*="taskId=RW-2026-001"]', (a) => a.getAttribute('href')!);
    const objectId = new URLSearchParams(href.split('?')[1]).get('objectId')!;
    await frame.goto(`${w.url}${href.slice(1)}`, { waitUntil: 'networkidle0' });
    const name = await frame.$eval('#resultForm .form-table span', (e) => e.textContent!.trim());
    expect(await frame.$$eval('select[name="category"] option', (os) => os.filter((o) => o.value).length)).toBe(9);
    await select2Pick(frame, 'method', '实地检查');
    await select2Pick(frame, 'category', '发现问题已责令改正');
    await frame.type('input[name="measures"]', '责令限期改正');
    // Checked today (the platform's date) and entered the same day, as the rule asks (result.upload-same-day):
    // a later date would stand as a warning and the panel would ask before the platform's 保存.
    await laydatePick(frame, 'checkedOn', '2026-11-23');
    await Promise.all([frame.waitForNavigation({ timeout: 15_000 }), frame.click('[data-submit="#resultForm"]')]);
    await frame.goto(`${w.url}syn/sccheck/pubscentresult?view=review`, { waitUntil: 'networkidle0' });
    await Promise.all([frame.waitForNavigation({ timeout: 15_000 }), frame.click(`a[data-action*="objectId=${objectId}&pass=1"]`)]);
    const row = await frame.$$eval('#resultTable tbody tr', (trs, n) => trs.find((tr) => tr.textContent!.includes(n))?.textContent ?? '', name);
    expect(row).toContain('已公示');
    const pub = await (await fetch(`${w.url}pub/gov`)).text();
    expect(pub).toContain(name);
    expect(pub).toContain('2026年企业公示信息抽查');
  });
});
