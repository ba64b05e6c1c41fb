/**
 * The strategy page (添加策略) as platform staff meet it: live checks of the strategy, a template saved
 * from the page and filled back through the fill-script with undo (the platform's own validation
 * accepts the result), the seeded draw preview, and the exemption evidence export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setExtensionSettings } from '../../src/dev/extension-settings';
import type { Frame } from 'puppeteer-core';
import { clickInPanel, failingRules, inPanel, inPanelEval, pickInPanel, launch, openWithPanel, select2Pick, waitFailing, waitInPanel, type World } from './launch';

let w: World;
let frame: Frame;
const TASK = 'RW-2026-002';
const PAGE = `/syn/pub/server/sccheck/entback/randompage?taskId=${TASK}`;

/** A control inside the panel (any tab), and a click on it. */
const panel = (sel: string) => inPanel(frame, sel, 10_000);
const click = (sel: string) => clickInPanel(frame, sel, 10_000);
/** The rules failing now, whichever tab of the panel is open. */
const failing = () => failingRules(frame);
const waitRule = (rule: string, present: boolean) => waitFailing(frame, rule, present);
const fieldValues = () =>
  frame.evaluate(() => ({
    rates: ['A', 'B', 'C', 'D'].map((c) => (document.querySelector(`input[name=rate${c}]`) as HTMLInputElement).value),
    targets: [...document.querySelectorAll<HTMLInputElement>('input[name=entryTarget]')].map((i) => i.value),
    modes: [...document.querySelectorAll<HTMLSelectElement>('select[name=entryMode]')].map((s) => s.value),
    directed: (document.querySelector('input[name=directed]:checked') as HTMLInputElement | null)?.value,
    industries: [...(document.querySelector('select[name=industries]') as HTMLSelectElement).selectedOptions].map((o) => o.value),
    shownIndustries: [...document.querySelectorAll('select[name=industries] + .select2 .select2-selection__choice')].map((li) => li.getAttribute('title') ?? li.textContent?.replace('×', '').trim()),
  }));

/** Replace an input's text as a user does: select it all, then type (or just delete). */
async function retype(sel: string, text: string) {
  await frame.click(sel);
  await frame.$eval(sel, (i) => (i as HTMLInputElement).select());
  await w.page.keyboard.press('Backspace');
  if (text) await frame.type(sel, text);
}

async function openStrategy() {
  frame = await openWithPanel(w.page, w.url, PAGE);
  await frame.waitForFunction(() => !!document.querySelector('.select2'));
}

beforeAll(async () => {
  w = await launch();
  // The user's department, as set on the options page: the panel's templates are this department's.
  await setExtensionSettings(w.browser, { department: 'SCJG' });
  await openStrategy();
});
afterAll(async () => w?.close());

describe('the strategy page', () => {
  it('an empty strategy on market entities shows strategy.credit-classified; rates for A–D clear it', async () => {
    await waitRule('strategy.credit-classified', true);
    for (const [c, v] of [['A', '3'], ['B', '5'], ['C', '10'], ['D', '20']]) await frame.type(`input[name=rate${c}]`, v);
    await waitRule('strategy.credit-classified', false);
  });

  it('a general item sampled at 25% shows plan.rate.general-bounds; 20% clears it', async () => {
    // The first 一般 row of the task's items, as the platform labels it.
    const row = await frame.evaluate(() => [...document.querySelectorAll('#strategyForm table.list-table tbody tr')].findIndex((tr) => /（一般）/.test(tr.querySelector('td')?.textContent ?? '')));
    expect(row).toBeGreaterThanOrEqual(0);
    const target = `#strategyForm table.list-table tbody tr:nth-child(${row + 1}) input[name=entryTarget]`;
    const before = await frame.$eval(target, (i) => (i as HTMLInputElement).value);
    await frame.select(`#strategyForm table.list-table tbody tr:nth-child(${row + 1}) select[name=entryMode]`, 'ratio');
    await retype(target, '20');
    await waitRule('plan.rate.general-bounds', false);
    await retype(target, '25');
    await waitRule('plan.rate.general-bounds', true);
    const shown = await inPanelEval(frame, (root) => root?.querySelector('[data-rule="plan.rate.general-bounds"]')?.textContent ?? '');
    expect(shown).toMatch(/25%/);
    expect(shown).toMatch(/20%/);
    await retype(target, '20');
    await waitRule('plan.rate.general-bounds', false);
    // Put back what the page had, so the template tests below start from the platform's values.
    await retype(target, before);
  });

  it('saves the page’s strategy as a department template', async () => {
    await frame.click('input[name=directed][value="1"]');
    await select2Pick(frame, 'industries', '餐饮服务');
    const targets = await frame.$$('input[name=entryTarget]');
    for (const [i, t] of targets.entries()) {
      await t.evaluate((el) => (el as HTMLInputElement).select());
      await t.type(String(8 + i));
    }
    await click('button[data-tab=templates]');
    await click('details.save-template summary');
    await (await panel('input.tpl-name')).type('餐饮定向模板');
    await (await panel('input.tpl-dept')).type('SCJG');
    await click('button.save');
    await panel('p.note');
    const note = await (await panel('p.note')).evaluate((e) => e.textContent);
    expect(note).toMatch(/餐饮定向模板/);
  });

  it('fills a fresh page from the template: the fill-script first, then the widgets; undo restores', async () => {
    await openStrategy();
    const before = await fieldValues();
    expect(before.rates).toEqual(['', '', '', '']);
    await click('button[data-tab=templates]');
    // The panel asks the background for the department's templates as it opens: wait for the answer, not one look.
    const id = await waitInPanel(frame, (root) => [...(root?.querySelectorAll<HTMLOptionElement>('section.templates select option') ?? [])].find((o) => o.textContent?.includes('餐饮定向模板'))?.value || null);
    expect(id).not.toBe('');
    await pickInPanel(frame, 'section.templates select', id);
    await click('button.fill');
    const script = await panel('div.script');
    const steps = await script!.evaluate((d) => [...d.querySelectorAll('li')].map((li) => li.getAttribute('data-target')));
    // Shown before anything changes: the page is untouched until Apply. (定向 is already chosen: no step.)
    expect(before.directed).toBe('1');
    expect(steps).not.toContain('strategy.directed');
    expect(steps).toEqual(expect.arrayContaining(['strategy.filters.industries', 'strategy.creditClassRates.A', 'strategy.creditClassRates.D', 'entries[0].target', 'entries[1].target']));
    expect(await fieldValues()).toEqual(before);
    await click('button.apply');
    await panel('div.filled');
    const after = await fieldValues();
    expect(after.rates).toEqual(['3', '5', '10', '20']);
    expect(after.targets).toEqual(['8', '9']);
    expect(after.directed).toBe('1');
    expect(after.industries).toEqual(['餐饮服务']);
    // select2 shows the picked value: the change event reached the widget.
    expect(after.shownIndustries).toEqual(['餐饮服务']);
    await waitRule('strategy.credit-classified', false);
    // Each field the template wrote carries a 由模板填入 mark beside it, and keeps it while the user looks at another tab.
    const filled = await waitInPanel(frame, (root) => {
      const m = [...(root?.querySelectorAll<HTMLElement>('.field-mark-filled') ?? [])];
      return m.length ? m.map((x) => ({ field: x.dataset.field, title: x.title, box: x.getBoundingClientRect().toJSON() as DOMRect })) : null;
    });
    expect(filled.map((m) => m.field)).toEqual(expect.arrayContaining(['strategy.creditClassRates.A', 'strategy.creditClassRates.D', 'entries[0].target', 'entries[1].target']));
    const rateA = filled.find((m) => m.field === 'strategy.creditClassRates.A')!;
    expect(rateA.title).toMatch(/^由模板「餐饮定向模板」填入（尚未保存）：.*→ 3$/);
    const inputA = await frame.$eval('input[name=rateA]', (e) => e.getBoundingClientRect().toJSON() as DOMRect);
    expect(rateA.box.top).toBeGreaterThanOrEqual(inputA.top - rateA.box.height);
    expect(rateA.box.bottom).toBeLessThanOrEqual(inputA.bottom + rateA.box.height);
    await click('button[data-tab=checks]');
    expect(await inPanelEval(frame, (root) => root?.querySelectorAll('.field-mark-filled').length)).toBe(filled.length);
    await click('button[data-tab=templates]');
    // The tab opens afresh (its list asked again): the template is chosen again once listed.
    await waitInPanel(frame, (root, v) => !!root?.querySelector(`section.templates select option[value="${v}"]`), {}, id);
    await pickInPanel(frame, 'section.templates select', id);

    await click('button.undo');
    // Undone: the marks go with the values.
    await waitInPanel(frame, (root) => root?.querySelectorAll('.field-mark-filled').length === 0);
    await frame.waitForFunction(() => (document.querySelector('input[name=rateA]') as HTMLInputElement).value === '');
    const undone = await fieldValues();
    expect(undone).toEqual(before);
    await waitRule('strategy.credit-classified', true);
  });

  it('the platform’s own validation and save accept the filled strategy', async () => {
    await click('button.fill');
    await click('button.apply');
    await panel('div.filled');
    expect(await failing()).toEqual([]);
    await waitInPanel(frame, (root) => (root?.querySelectorAll('.field-mark-filled').length ?? 0) > 0);
    await frame.click('#btnSaveStrategy');
    // Saved: what the template filled is the page's own now, unmarked.
    await waitInPanel(frame, (root) => root?.querySelectorAll('.field-mark-filled').length === 0);
    await frame.waitForFunction(() => [...document.querySelectorAll('.layui-layer-msg, .layui-layer-dialog')].some((e) => e.textContent?.includes('策略保存成功')), { timeout: 10_000 });
    // The platform kept what was filled: reload and read it back.
    await openStrategy();
    const saved = await fieldValues();
    expect(saved.rates).toEqual(['3', '5', '10', '20']);
    expect(saved.targets).toEqual(['8', '9']);
  });

  it('previews the draw with a seed: counts per class and item, marked not binding, records kept; the same seed gives the same draw', async () => {
    await click('button[data-tab=preview]');
    const seedInput = await panel('input.seed');
    await seedInput!.evaluate((el) => (el as HTMLInputElement).select());
    await seedInput!.type('training-seed-1');
    await click('button.run-preview');
    // The counts show at once; the records are kept after (data-keeping until then).
    const result = await panel('div.preview-result:not([data-keeping])');
    const first = await result!.evaluate((d) => ({
      drawn: Number(d.getAttribute('data-drawn')),
      saved: Number(d.getAttribute('data-saved')),
      banner: d.querySelector('.not-binding')?.textContent ?? '',
      items: [...d.querySelectorAll('.preview-item')].map((i) => ({ item: i.getAttribute('data-item'), drawn: Number(i.getAttribute('data-drawn')), bars: i.querySelectorAll('svg.bar-chart g').length, error: i.querySelector('.error')?.textContent ?? null })),
    }));
    expect(first.banner).toMatch(/不具约束力/);
    expect(first.items.map((i) => i.item)).toEqual(['SJ-005', 'WS-001']);
    for (const i of first.items) {
      expect(i.error).toBeNull();
      expect(i.drawn).toBeGreaterThan(0);
      expect(i.bars).toBe(4); // classes A–D
    }
    expect(first.saved).toBe(2);
    const hashes = async () => (await panel('div.preview-result')).evaluate((d) => [...d.querySelectorAll('.preview-item')].map((i) => i.getAttribute('data-result-hash')));
    const firstHashes = await hashes();
    const rerun = async () => {
      const run = Number(await (await panel('div.preview-result')).evaluate((d) => d.getAttribute('data-run')));
      await click('button.run-preview');
      await panel(`div.preview-result[data-run="${run + 1}"]:not([data-keeping])`);
      return hashes();
    };
    expect(await rerun()).toEqual(firstHashes);
    await click('button.new-seed');
    const other = await rerun();
    expect(other[0]).not.toEqual(firstHashes[0]);
  });

  it('exports the exemption evidence: the extension opens it as a printable page with its hash intact', async () => {
    await click('button[data-tab=evidence]');
    const status = await (await panel('.evidence')).evaluate((e) => Object.fromEntries([...e.querySelectorAll('li')].map((li) => [li.getAttribute('data-kind'), li.getAttribute('data-status')])));
    expect(status).toMatchObject({ 'plan-compliant': 'present', 'draw-record': 'absent', 'check-record': 'elsewhere', publication: 'elsewhere' });
    const opened = w.browser.waitForTarget((t) => t.url().includes('/evidence.html#'), { timeout: 10_000 });
    await click('button.export-evidence');
    const page = (await (await opened).asPage())!;
    await page.waitForSelector('[data-intact]');
    expect(await page.$eval('[data-intact]', (e) => e.getAttribute('data-intact'))).toBe('yes');
    const doc = await page.$eval('#doc', (f) => (f as HTMLIFrameElement).srcdoc);
    // The exemption case in words, its number in the tooltip (as the catalogue writes it).
    expect(doc).toContain('已按法律法规和抽查计划履行抽查检查职责');
    expect(doc).toContain('免责情形第 1 项');
    expect(doc).toContain('按照法律法规规章规定和抽查工作计划安排，已履行抽查检查职责的');
    await page.close();
  });
});
