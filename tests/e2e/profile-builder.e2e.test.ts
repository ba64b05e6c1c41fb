/**
 * A county's own rules, as its staff would set them up: on the options page they load a real public
 * document (无为市's 2023 joint-check plan, docs/policy/wuwei-2023.txt, from www.ww.gov.cn), select
 * the clause for each value it sets (a 10% cap for general items, the second batch done by
 * 10月15日), save the profile for the sandbox platform's origin, and the panel's findings on the
 * sandbox change accordingly: the header names the profile, each value says it is the county's own
 * or borrowed. A tampered profile file is refused naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { inPanel, launch, laydatePick, openOptions, openWithPanel, waitFailing, type World } from './launch';

let w: World;
let options: Page;
const DOC = resolve('docs/policy/wuwei-2023.txt');
const PLAN = '/syn/sccheck/pubscworkplan/edit';
const STRATEGY = '/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-002';

const header = (frame: Frame) => inPanel(frame, 'header .active-profile').then((h) => h.evaluate((e) => ({ id: e.getAttribute('data-profile'), why: e.getAttribute('data-why'), text: e.textContent ?? '' })));

/** The plan form with a start and an end date. */
async function planEnding(ymd: string): Promise<Frame> {
  const frame = await openWithPanel(w.page, w.url, PLAN);
  await laydatePick(frame, 'start', '2026-03-02');
  await laydatePick(frame, 'end', ymd);
  return frame;
}

/** The strategy page with its first general item drawn at a ratio of `percent`. */
async function strategyAt(percent: string): Promise<Frame> {
  const frame = await openWithPanel(w.page, w.url, STRATEGY);
  await frame.waitForFunction(() => !!document.querySelector('.select2'));
  const row = await frame.evaluate(() => [...document.querySelectorAll('#strategyForm table.list-table tbody tr')].findIndex((tr) => /（一般）/.test(tr.querySelector('td')?.textContent ?? '')));
  expect(row).toBeGreaterThanOrEqual(0);
  const target = `#strategyForm table.list-table tbody tr:nth-child(${row + 1}) input[name=entryTarget]`;
  await frame.select(`#strategyForm table.list-table tbody tr:nth-child(${row + 1}) select[name=entryMode]`, 'ratio');
  await frame.click(target);
  await frame.$eval(target, (i) => (i as HTMLInputElement).select());
  await w.page.keyboard.press('Backspace');
  await frame.type(target, percent);
  return frame;
}

/** Select words of the document on the page, as a mouse drag does, then use them for a parameter. */
async function selectClauseFor(param: string, words: string) {
  await options.evaluate((q) => {
    const node = document.querySelector('pre.doc-text')!.firstChild as Text;
    const at = node.data.indexOf(q);
    if (at < 0) throw new Error(`not on the page: ${q}`);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + q.length);
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, words);
  await options.waitForFunction((q) => document.querySelector('#builder .selection q')?.textContent === q, {}, words);
  await options.click(`tr[data-param="${param}"] button.use-selection`);
  await options.waitForSelector(`tr[data-param="${param}"][data-origin="own"]`);
}

beforeAll(async () => {
  w = await launch();
  options = await openOptions(w);
});
afterAll(async () => w?.close());

describe('a profile built from a county’s own document', () => {
  it('under the baseline, a plan ending 20 November and a general item at 15% pass', async () => {
    await w.page.bringToFront();
    const plan = await planEnding('2026-11-20');
    expect((await header(plan)).id).toBe('baseline');
    await waitFailing(plan, 'plan.schedule.end-by', false);
    const strategy = await strategyAt('15');
    await waitFailing(strategy, 'plan.rate.general-bounds', false);
  });

  it('is built on the options page by selecting the clauses of the document, the rest inherited visibly', async () => {
    await options.bringToFront();
    await options.click('button.b-new');
    await options.waitForSelector('input[name=b-id]');
    await options.type('input[name=b-id]', 'wuwei-2023');
    await options.type('input[name=b-name]', '无为市（2023）');
    await options.type('input[name=b-title]', '无为市2023年度部门联合“双随机、一公开”抽查暨“一业一查”工作计划');
    await options.type('input[name=b-place]', '无为市');
    await options.type('input[name=b-source]', 'https://www.ww.gov.cn/openness/public/6603651/38560239.html');
    await (await options.$('input[name=b-file]'))!.uploadFile(DOC);
    await options.waitForFunction(() => ((document.querySelector('textarea[name=b-text]') as HTMLTextAreaElement)?.value ?? '').includes('粮食加工'));
    await options.click('button.b-start');
    await options.waitForSelector('pre.doc-text');

    // A clause not in the text is refused: the selection must be the document's own words.
    await options.click('tr[data-param="plan.schedule.end-by.endBy"] button.use-selection');
    await options.waitForSelector('#builder .builder-pick .said.bad');

    await selectClauseFor('plan.rate.general-bounds.maxPercent', '原则上一般检查事项抽查比例不高于10%');
    await selectClauseFor('plan.schedule.end-by.endBy', '第二批2023年10月15日前完成');
    const rows = await options.$$eval('tr[data-param]', (trs) => Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-param'), { origin: tr.getAttribute('data-origin'), text: tr.textContent ?? '' }])));
    expect(rows['plan.rate.general-bounds.maxPercent'].text).toMatch(/10/);
    expect(rows['plan.schedule.end-by.endBy'].text).toContain('10-15');
    // Not set by this document: inherited, and it says from which text.
    expect(rows['plan.rate.general-bounds.minPercent']).toMatchObject({ origin: 'borrowed' });
    expect(rows['plan.rate.general-bounds.minPercent'].text).toMatch(/借用自《朝阳区|borrowed from 《朝阳区/);

    await options.click('button.b-save');
    await options.waitForFunction(() => document.querySelector('#builder > .said')?.classList.contains('ok'));
    await options.waitForSelector('#builder li[data-profile="wuwei-2023"]');
    // In force on the sandbox platform's origin only (one user may work on two platforms).
    await options.waitForSelector('select[name=profileId] option[value="wuwei-2023"]');
    await options.$eval('textarea[name=profileByOrigin]', (t, v) => ((t as HTMLTextAreaElement).value = v), `${new URL(w.url).origin} = wuwei-2023`);
    await options.type('textarea[name=profileByOrigin]', ' ');
    await options.click('button.save-profile');
    await options.waitForSelector('section#profile .said.ok');
  });

  it('the sandbox’s findings follow it: 20 November is past 10月15日, 15% is over the 10% cap, each value says where it comes from', async () => {
    await w.page.bringToFront();
    const plan = await planEnding('2026-11-20');
    expect(await header(plan)).toMatchObject({ id: 'wuwei-2023', why: 'origin' });
    expect((await header(plan)).text).toContain('无为市（2023）');
    await waitFailing(plan, 'plan.schedule.end-by', true);
    const endBy = await (await inPanel(plan, 'li.finding[data-rule="plan.schedule.end-by"] .basis[data-param="endBy"]')).evaluate((e) => ({ origin: e.getAttribute('data-origin'), text: e.textContent ?? '' }));
    expect(endBy.origin).toBe('own');
    expect(endBy.text).toContain('10-15');
    expect(endBy.text).toContain('无为市2023年度');

    const strategy = await strategyAt('15');
    await waitFailing(strategy, 'plan.rate.general-bounds', true);
    const basis = await (await inPanel(strategy, 'li.finding[data-rule="plan.rate.general-bounds"]')).evaluate((li) =>
      Object.fromEntries([...li.querySelectorAll('.basis')].map((b) => [b.getAttribute('data-param'), { origin: b.getAttribute('data-origin'), text: b.textContent ?? '' }])),
    );
    expect(basis.maxPercent.origin).toBe('own');
    expect(basis.minPercent.origin).toBe('borrowed');
    expect(basis.minPercent.text).toMatch(/借用自《朝阳区进一步全面落实/);
    // 10% itself is within the county's cap.
    const again = await strategyAt('10');
    await waitFailing(again, 'plan.rate.general-bounds', false);
  });

  it('a colleague’s file with a quote changed after export is refused, naming the field', async () => {
    await options.bringToFront();
    const stored = await options.evaluate(async () => (await (globalThis as any).chrome.runtime.sendMessage({ type: 'profiles.list' })).bundles[0]);
    stored.profile.id = 'wuwei-copy';
    stored.profile.rules['plan.schedule.end-by'].params.endBy.source.quote = '第二批2023年11月10日前完成';
    const file = join(mkdtempSync(join(tmpdir(), 'dra-profile-e2e-')), 'wuwei-copy.dra-profile.json');
    writeFileSync(file, JSON.stringify(stored));
    await (await options.$('input[name=b-import]'))!.uploadFile(file);
    await options.waitForSelector('#builder > .said.bad li[data-path]');
    const paths = await options.$$eval('#builder > .said.bad li[data-path]', (lis) => lis.map((li) => li.getAttribute('data-path')));
    expect(paths).toContain('profile.rules["plan.schedule.end-by"].params.endBy.source.quote');
    expect(await options.$('#builder li[data-profile="wuwei-copy"]')).toBeNull();
    // The same file untouched imports: a colleague gets the document with its profile.
    stored.profile.rules['plan.schedule.end-by'].params.endBy.source.quote = '第二批2023年10月15日前完成';
    stored.document.text = readFileSync(DOC, 'utf8');
    writeFileSync(file, JSON.stringify(stored));
    await (await options.$('input[name=b-import]'))!.uploadFile(file);
    await options.waitForSelector('#builder li[data-profile="wuwei-copy"]');
  });
});
