/**
 * The sandbox's own required-field validation, as the platform shows it: a red label after each
 * empty required field and a layer message naming the first one; the server refuses the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeFrame, laydatePick, launch, select2Pick, type World } from './launch';

let w: World;
beforeAll(async () => {
  w = await launch({ extension: false });
  await w.page.goto(w.url, { waitUntil: 'networkidle0' });
});
afterAll(async () => w?.close());

const PAGES: Array<[string, string, string, string[]]> = [
  ['plan edit', 'syn/sccheck/pubscworkplan/edit', '[data-submit="#planForm"]', ['请选择抽查计划部门', '请填写抽查计划名称', '请选择抽查类型', '请选择计划活动期限', '请填写责任单位（牵头处室）', '请填写抽查范围及数量比例']],
  ['task edit (type, source, publicity and the setting department come pre-selected)', 'syn/sccheck/scplantask/edit', '[data-submit="#taskForm"]', ['请填写抽查任务名称', '请选择抽查类型', '请选择任务期限', '请添加检查事项']],
  ['strategy (draw without targets)', 'syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-002', '#btnRandom', ['请填写第1个事项的抽取目标']],
  ['inspector matching', 'syn/pub/server/sccheck/entagent?taskId=RW-2026-005', '#btnAgentRandom', ['请输入每户检查对象配置检查人员数']],
  ['result entry (a result already half-entered)', 'syn/sccheck/pubscentresult/edit?taskId=RW-2026-003&objectId=FIRST', '[data-submit="#resultForm"]', ['请填写后续处置措施', '请选择检查人员']],
];

describe('required-field validation on each form', () => {
  it.each(PAGES)('%s', async (_name, path, submit, messages) => {
    const frame = await activeFrame(w.page);
    let url = `${w.url}${path}`;
    if (url.includes('FIRST')) {
      const res = await fetch(`${w.url}syn/sccheck/pubscentresult`);
      const first = /objectId=([^"&]+)/.exec(await res.text())![1];
      url = url.replace('FIRST', first);
    }
    await frame.goto(url, { waitUntil: 'networkidle0' });
    if (path.includes('randompage')) for (const el of await frame.$$('input[name="entryTarget"]')) await el.evaluate((e) => ((e as HTMLInputElement).value = ''));
    await frame.click(submit);
    await frame.waitForSelector('label.error');
    const labels = await frame.$$eval('label.error', (ls) => ls.map((l) => l.textContent));
    for (const m of messages) expect(labels).toContain(m);
    const msg = await frame.waitForSelector('.layui-layer-msg .layui-layer-content');
    expect(await msg!.evaluate((e) => e.textContent?.trim())).toBe(labels[0]);
  });

  it('inspector matching refuses more inspectors per object than the candidate pool holds', async () => {
    const frame = await activeFrame(w.page);
    await frame.goto(`${w.url}syn/pub/server/sccheck/entagent?taskId=RW-2026-003`, { waitUntil: 'networkidle0' });
    await frame.type('input[name="perObject"]', '999');
    await frame.click('#btnAgentRandom');
    const alert = await frame.waitForSelector('.layui-layer-dialog .layui-layer-content');
    expect(await alert!.evaluate((e) => e.textContent?.trim())).toBe('设置的检查人员总数不能大于待选库中检查人员总数');
  });
});

describe('the platform re-checks a field when its widget changes it (jquery.validate)', () => {
  it('an error under a select2 picker or a laydate input goes once the user picks a value', async () => {
    const frame = await activeFrame(w.page);
    await frame.goto(`${w.url}syn/sccheck/pubscworkplan/edit`, { waitUntil: 'networkidle0' });
    await frame.click('[data-submit="#planForm"]');
    await frame.waitForSelector('#deptId-error');
    const shown = (id: string) => frame.$eval(id, (e) => getComputedStyle(e).display !== 'none' && !!e.textContent);
    expect(await shown('#deptId-error')).toBe(true);
    expect(await shown('#start-error')).toBe(true);
    await select2Pick(frame, 'deptId', '区卫生健康委');
    await frame.waitForFunction(() => getComputedStyle(document.querySelector('#deptId-error')!).display === 'none');
    await laydatePick(frame, 'start', '2026-03-02');
    await frame.waitForFunction(() => getComputedStyle(document.querySelector('#start-error')!).display === 'none');
    expect(await shown('#end-error')).toBe(true); // the other date is still empty
    // Text committed without key events (as an IME or a script does) is re-checked when the field loses focus.
    await frame.type('input[name="name"]', '计划');
    expect(await shown('#name-error')).toBe(true);
    await frame.click('input[name="responsibleUnit"]');
    await frame.waitForFunction(() => getComputedStyle(document.querySelector('#name-error')!).display === 'none');
  });
});
