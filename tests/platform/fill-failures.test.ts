// @vitest-environment jsdom
/**
 * A template fill that cannot write a step says why as a code (not-found, no-option, read-only), and the panel
 * says it in the user's language through the catalogue: in Chinese no English word, in English the same three.
 * On the sandbox's saved strategy page (tests/fixtures/pages), with the page changed under the script as a
 * platform may re-render it: a rate field gone, the 固定 option gone, and a step at a read-only field.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { recognisePage } from '../../src/platform/recognise';
import { readForm } from '../../src/platform/read-form';
import { buildFillScript, replayFillScript, type FillStep } from '../../src/platform/fill-script';
import { fillFailureCode, fillFailureText } from '../../src/platform/fill-failure-text';
import { templateTargets } from '../../src/platform/template-fill';
import { StrategyTemplate } from '../../src/core/templates/template';
import { setLang } from '../../src/i18n';
import { latinWords } from '../../src/i18n/latin';
import { SAVED_PAGES } from '../../scripts/save-sandbox-pages';

const FILE = 'strategy-RW-2026-002.html';

function failures() {
  const doc = new DOMParser().parseFromString(readFileSync(`tests/fixtures/pages/${FILE}`, 'utf8'), 'text/html');
  const page = recognisePage('http://127.0.0.1:8765' + SAVED_PAGES[FILE], undefined, doc.body.textContent ?? '')!;
  const template = StrategyTemplate.parse({ name: '餐饮', department: 'SCJG', creditClassRates: { A: 3, B: 5, C: 10, D: 20 }, items: [{ itemId: 'WS-001', quantityMode: 'fixed', target: 12 }] });
  const { wanted, unplaced } = templateTargets(template, readForm(doc, page.spec).values, page.spec);
  const script = buildFillScript(doc, page.spec, wanted, unplaced);
  // The page changes after the script was shown: a rate input is gone, the row's 固定 option is gone.
  const a = page.spec.fields.find((f) => f.field === 'strategy.creditClassRates.A')!;
  doc.querySelectorAll(a.selector!).forEach((e) => e.remove());
  const mode = script.steps.find((s) => s.target === 'entries[1].quantityMode')!;
  expect(mode.toText).toBe('全部固定');
  for (const o of doc.querySelectorAll('option')) if (o.textContent?.trim() === '全部固定') o.remove();
  // A shown value (not a control) the adapter reads: written by the platform, never by a fill.
  const shown = page.spec.fields.find((f) => f.field === 'draw.drawnCount')!;
  if (!doc.querySelector(shown.selector!)) doc.body.insertAdjacentHTML('beforeend', `<span id="drawnCount">3</span>`);
  const readOnly: FillStep = { target: 'draw.drawnCount', label: '抽取户数', widget: 'display', from: undefined, to: 3 };
  return replayFillScript(doc, page.spec, [...script.steps, readOnly]).failed;
}

afterAll(() => setLang('zh'));

describe('template fill failures: codes, said through the catalogue', () => {
  it('each failure is a code with its values, the same in the audit log whatever the language', () => {
    const failed = failures();
    expect(failed.map((f) => [f.step.target, f.reason.code])).toEqual([
      [expect.stringMatching(/^strategy\.creditClassRates\.[A-D]$/), 'not-found'], // one rate input fewer: the last class finds none
      ['entries[1].quantityMode', 'no-option'],
      ['draw.drawnCount', 'read-only'],
    ]);
    expect(failed.map((f) => fillFailureCode(f.reason))).toEqual(['not-found', expect.stringMatching(/^no-option \S+$/), 'read-only']);
  });

  it('in Chinese: words the user reads, the missing option as the script showed it, no English', () => {
    setLang('zh');
    const said = failures().map((f) => fillFailureText(f.reason, f.step.toText));
    expect(said).toEqual(['页面上找不到这一栏', '页面的选项中没有「全部固定」', '这一栏只读，不能填写']);
    for (const s of said) expect(latinWords(s), s).toEqual([]);
  });

  it('in English: the same three', () => {
    setLang('en');
    const said = failures().map((f) => fillFailureText(f.reason, f.step.toText));
    expect(said).toEqual(['field not found on the page', 'the page offers no option “全部固定”', 'read-only field, cannot be filled']);
  });
});
