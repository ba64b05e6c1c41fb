// @vitest-environment jsdom
/**
 * The sandbox adapter against the sandbox's own pages as the server renders them (saved in
 * tests/fixtures/pages by scripts/save-sandbox-pages.ts): recognition, reading into the model,
 * the rules on what was read, and the fill-script written and undone on the page's controls.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognisePage, type RecognisedPage } from '../../src/platform/recognise';
import { readForm } from '../../src/platform/read-form';
import { pageModel, strategyFromValues } from '../../src/platform/to-model';
import { buildFillScript, replayFillScript, restoreReplay } from '../../src/platform/fill-script';
import { templateFromPage, templateTargets } from '../../src/platform/template-fill';
import { StrategyTemplate } from '../../src/core/templates/template';
import { Dossier } from '../../src/core/model';
import { evaluate } from '../../src/core/rules/evaluate';
import { loadProfile } from '../../src/core/profiles';
import { SAVED_PAGES, renderSavedPages } from '../../scripts/save-sandbox-pages';

const ORIGIN = 'http://127.0.0.1:8765';

function open(file: string): { doc: Document; page: RecognisedPage } {
  const doc = new DOMParser().parseFromString(readFileSync(`tests/fixtures/pages/${file}`, 'utf8'), 'text/html');
  const page = recognisePage(ORIGIN + SAVED_PAGES[file], undefined, doc.body.textContent ?? '');
  if (!page) throw new Error(`${file} not recognised`);
  return { doc, page };
}

const failing = (doc: Document, page: RecognisedPage) => {
  const d = Dossier.parse(pageModel(readForm(doc, page.spec).values, '2026-11-23').dossier);
  return evaluate(d, loadProfile('baseline'), { asOf: '2026-11-23' }).findings.filter((f) => f.status === 'fail').map((f) => f.ruleId);
};

describe('the saved pages are the sandbox’s pages as served now', () => {
  it('re-rendering gives the same HTML (else run scripts/save-sandbox-pages.ts)', async () => {
    const now = await renderSavedPages();
    for (const [file, html] of Object.entries(now)) expect(readFileSync(`tests/fixtures/pages/${file}`, 'utf8'), file).toBe(html);
  });
});

describe('the plan form of a saved joint plan', () => {
  const { doc, page } = open('plan-JH-2026-002.html');
  it('is recognised as a plan page and every field is found', () => {
    expect(page.kind).toBe('plan');
    expect(readForm(doc, page.spec).missing).toEqual([]);
  });
  it('reads the departments, dates and type as the platform saved them', () => {
    const v = readForm(doc, page.spec).values;
    expect(v).toMatchObject({ 'plan.lead': 'SCJG', 'plan.scope': 'joint', 'plan.name': '2026年食品安全跨部门联合抽查计划', 'plan.start': '2026-05-06', 'plan.end': '2026-12-05', 'plan.directed': true });
    expect(v['plan.departments']).toEqual(expect.arrayContaining(['WSJK', 'JY', 'STHJ', 'SW', 'YJGL']));
  });
  it('its known breaches are what the rules find: 6 departments, an end after 30 November', () => {
    expect(failing(doc, page)).toEqual(expect.arrayContaining(['plan.joint.max-departments', 'plan.schedule.end-by']));
  });
});

describe('the task form', () => {
  const { doc, page } = open('task-RW-2026-002.html');
  it('is recognised and read: joint, three departments, ends 5 December', () => {
    expect(page.kind).toBe('task');
    const v = readForm(doc, page.spec).values;
    expect(v).toMatchObject({ 'task.lead': 'SCJG', 'task.end': '2026-12-05' });
    expect(failing(doc, page)).toContain('plan.schedule.end-by');
  });
});

describe('the strategy page (添加策略)', () => {
  it('reads each item row with its kind from the platform’s label, and the rates', () => {
    const { doc, page } = open('strategy-RW-2026-006.html');
    expect(page.kind).toBe('strategy');
    const v = readForm(doc, page.spec).values;
    expect(v.entries).toEqual([expect.objectContaining({ itemId: 'WS-001', itemKind: 'general', quantityMode: 'fixed', target: 10, libraryId: 'LIB-GGCS' })]);
    expect(strategyFromValues(v).creditClassRates).toEqual({ A: 1, B: 2, C: 5, D: 20 });
  });
  it('a general item at 25% is judged by plan.rate.general-bounds', () => {
    const { doc, page } = open('strategy-RW-2026-002.html');
    const rows = readForm(doc, page.spec).values.entries as Array<Record<string, unknown>>;
    expect(rows.map((r) => [r.itemId, r.itemKind, r.target])).toEqual([
      ['SJ-005', 'general', 25],
      ['WS-001', 'general', 10],
    ]);
    expect(failing(doc, page)).toContain('plan.rate.general-bounds');
  });
  it('a template becomes a fill-script of the changes only; replayed it sets the controls; undo restores them', () => {
    const { doc, page } = open('strategy-RW-2026-002.html');
    const template = StrategyTemplate.parse({ name: '餐饮', department: 'SCJG', creditClassRates: { A: 3, B: 5, C: 10, D: 20 }, items: [{ itemId: 'SJ-005', quantityMode: 'ratio', target: 5 }, { itemId: 'WS-001', quantityMode: 'fixed', target: 12 }, { itemId: 'XX-404', quantityMode: 'ratio', target: 5 }] });
    const before = readForm(doc, page.spec).values;
    const { wanted, unplaced } = templateTargets(template, before, page.spec);
    const script = buildFillScript(doc, page.spec, wanted, unplaced);
    expect(script.steps.map((s) => [s.target, s.from, s.to])).toEqual([
      ['strategy.creditClassRates.A', undefined, 3],
      ['strategy.creditClassRates.B', undefined, 5],
      ['strategy.creditClassRates.C', undefined, 10],
      ['strategy.creditClassRates.D', undefined, 20],
      ['entries[0].target', 25, 5],
      ['entries[1].quantityMode', 'ratio', 'fixed'],
      ['entries[1].target', 10, 12],
    ]);
    // A select's step is shown as the page shows it.
    expect(script.steps.find((s) => s.target === 'entries[1].quantityMode')).toMatchObject({ fromText: '全部比例', toText: '全部固定' });
    expect(script.unplaced.join(' ')).toContain('XX-404');
    const done = replayFillScript(doc, page.spec, script.steps);
    expect(done.failed).toEqual([]);
    const after = readForm(doc, page.spec).values;
    expect(templateFromPage(after, 'x', 'SCJG')).toMatchObject({ creditClassRates: { A: 3, B: 5, C: 10, D: 20 }, items: [{ itemId: 'SJ-005', target: 5 }, { itemId: 'WS-001', quantityMode: 'fixed', target: 12 }] });
    replayFillScript(doc, page.spec, done.undo);
    expect(readForm(doc, page.spec).values).toEqual(before);
    // Restoring the controls (what the panel's Undo does) gives the same page.
    const again = replayFillScript(doc, page.spec, script.steps);
    restoreReplay(again);
    expect(readForm(doc, page.spec).values).toEqual(before);
  });
});
