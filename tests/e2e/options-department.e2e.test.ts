/**
 * 本部门 on the options page, chosen from a list as a user meets it: the departments an imported item list
 * names (抽查主体 with its 部门编码) are listed by Chinese name with the code beside it; the one chosen is
 * saved and the panel's templates are then that department's; free entry is the fallback, checked.
 * The item list rows are the sandbox district's (src/sandbox/seed-items.ts), written here as a CSV.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { clickInPanel, inPanel, launch, openOptions, openWithPanel, type World } from './launch';

let w: World;
let options: Page;
const TYPED = '\u0001typed';

const settings = () => options.evaluate(async () => (await (globalThis as any).chrome.runtime.sendMessage({ type: 'settings.get' })).settings);
const said = () => options.$eval('section#profile .said[role=status]', (e) => ({ ok: e.classList.contains('ok'), text: e.textContent ?? '', paths: [...e.querySelectorAll('li[data-path]')].map((li) => li.getAttribute('data-path')) }));
/** Save, and wait for what the section says about this save (each save below is said in other words). */
async function save() {
  const before = await options.$eval('section#profile .said[role=status]', (e) => e.textContent).catch(() => null);
  await options.click('button.save-profile');
  await options.waitForFunction((b) => { const t = document.querySelector('section#profile .said[role=status]')?.textContent; return !!t && t !== b; }, {}, before);
}

beforeAll(async () => {
  w = await launch();
  options = await openOptions(w);
});
afterAll(async () => w?.close());

describe('本部门 on the options page', () => {
  it('before anything is imported, no department is listed and the page says where the list comes from', async () => {
    await options.waitForSelector('.department-picker[data-known="0"]');
    expect(await options.$eval('.department-picker .hint', (p) => p.textContent)).toMatch(/尚未见到任何部门/);
  });

  it('lists the departments an imported item list names, by name with the code beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dra-dept-'));
    const csv = join(dir, 'item-list.csv');
    writeFileSync(csv, ['事项编号,抽查事项名称,事项类别,抽查主体,部门编码', 'SJ-001,食品生产企业监督检查,重点,区市场监管局,SCJG', 'SJ-002,企业公示信息检查,一般,区市场监管局,SCJG', 'WS-001,公共场所卫生监督检查,一般,区卫生健康委,WSJK'].join('\r\n'));
    const input = await options.waitForSelector('input.item-list-file');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(csv);
    await options.waitForSelector('.department-picker[data-known="2"]');
    const listed = await options.$$eval('select[name=department-choice] option', (os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent })));
    expect(listed.map((o) => o.text)).toEqual(['（未设置）', '区市场监管局（SCJG）', '区卫生健康委（WSJK）', '其他（手动输入）']);
    expect(listed[1].value).toBe('区市场监管局');
    // Nothing to type while a listed department is chosen.
    expect(await options.$('input[name=department]')).toBeNull();
  });

  it('the department chosen is saved, and the panel’s templates are then that department’s', async () => {
    await options.select('select[name=department-choice]', '区市场监管局');
    await save();
    expect((await said()).ok).toBe(true);
    expect((await settings()).department).toBe('区市场监管局');
    await w.page.bringToFront();
    const frame = await openWithPanel(w.page, w.url, '/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-002');
    await clickInPanel(frame, 'button[data-tab=templates]');
    await clickInPanel(frame, 'details.save-template summary');
    const dept = await (await inPanel(frame, 'input.tpl-dept')).evaluate((i) => ({ value: (i as HTMLInputElement).value, readOnly: (i as HTMLInputElement).readOnly }));
    expect(dept).toEqual({ value: '区市场监管局', readOnly: true });
  });

  it('free entry: a known code typed is saved as its department’s name, and said so', async () => {
    await options.bringToFront();
    await options.select('select[name=department-choice]', TYPED);
    const input = (await options.waitForSelector('input[name=department]'))!;
    await input.evaluate((i) => ((i as HTMLInputElement).value = ''));
    await input.type('WSJK');
    await save();
    const s = await said();
    expect(s.ok).toBe(true);
    expect(s.text).toContain('部门编码「WSJK」按「区卫生健康委」保存');
    expect((await settings()).department).toBe('区卫生健康委');
  });

  it('free entry that cannot be a department is refused, naming the field, and nothing is saved', async () => {
    await options.select('select[name=department-choice]', TYPED);
    const input = (await options.waitForSelector('input[name=department]'))!;
    await input.evaluate((i) => ((i as HTMLInputElement).value = ''));
    await input.type('区市场监管局=baseline');
    await save();
    const s = await said();
    expect(s).toMatchObject({ ok: false, paths: ['department'] });
    expect(s.text).toContain('「本部门」不能含有');
    expect((await settings()).department).toBe('区卫生健康委');
  });
});
