// @vitest-environment jsdom
/** Zero configuration: the label lexicon on pages no adapter covers, and the maker's specs for picked elements. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessKind, recogniseByLabels } from '../../src/platform/lexicon';
import { makeAdapter, selectorFor, specFor } from '../../src/platform/maker';
import { readForm } from '../../src/platform/read-form';
import { pageModel } from '../../src/platform/to-model';
import { Dossier } from '../../src/core/model';
import { evaluate } from '../../src/core/rules/evaluate';
import { loadProfile } from '../../src/core/profiles';

const load = (path: string) => new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');

describe('the label lexicon', () => {
  it('reads the Zhejiang task page with no adapter: lead, the hidden codes behind the names, the range, with confidence', () => {
    const doc = load('tests/fixtures/zhejiang/task-edit.html');
    expect(guessKind(doc, 'http://x/syn/sccheck/scplantask/addOrEditView')).toBe('task');
    const found = recogniseByLabels(doc, 'task');
    const by = Object.fromEntries(found.map((r) => [r.spec.field, r]));
    expect(by['task.lead']).toMatchObject({ confidence: 'high', spec: { widget: 'select' } });
    expect(by['task.departments']).toMatchObject({ confidence: 'high', spec: { widget: 'hidden' } });
    expect(by['task.end']).toMatchObject({ spec: { index: 1 } });
    const values = readForm(doc, { kind: 'task', url: '/', fields: found.map((r) => r.spec), tables: [], assume: {}, submit: [] }).values;
    expect(values['task.departments']).toEqual(['A058', 'A012', 'A027', 'A014', 'A031', 'A045']);
    expect(values['task.end']).toBe('2025-10-31');
  });
  it('a medium-confidence label contains a lexicon label without being it', () => {
    const doc = new DOMParser().parseFromString('<table><tr><td>联合抽查部门（可多选）</td><td><select multiple><option selected value="A">A</option></select></td></tr></table>', 'text/html');
    expect(recogniseByLabels(doc, 'plan')).toEqual([expect.objectContaining({ confidence: 'medium', spec: expect.objectContaining({ field: 'plan.departments' }) })]);
  });
  it('a page without any known label gives nothing (the maker is not offered)', () => {
    const doc = new DOMParser().parseFromString('<table><tr><td>姓名</td><td><input value="张三"></td></tr></table>', 'text/html');
    expect(recogniseByLabels(doc, 'plan')).toEqual([]);
  });
});

describe('the maker', () => {
  const doc = load('tests/fixtures/pages/layui-plan.html');
  it('names a picked element by its label and position, and a radio group by its name', () => {
    expect(specFor(doc, doc.querySelector('#jssj')!, 'plan.end')).toEqual({ field: 'plan.end', label: '活动时间', selector: '#jssj', widget: 'text', index: 1 });
    expect(selectorFor(doc, doc.querySelector('input[name=jhlx]')!)).toBe('input[name="jhlx"]');
  });
  it('reads a layui radio by its title when its value means nothing to the model', () => {
    expect(specFor(doc, doc.querySelector('input[name=jhlx]')!, 'plan.scope')).toMatchObject({ widget: 'radio', from: 'attr:title' });
  });
  it('the adapter made from the lexicon and one pick finds the page’s breaches', () => {
    const fields = [...recogniseByLabels(doc, 'plan').map((r) => r.spec), specFor(doc, doc.querySelector('#jssj')!, 'plan.end'), specFor(doc, doc.querySelector('input[name=jhlx]')!, 'plan.scope')];
    const made = makeAdapter('http://127.0.0.1:5000/layui/jh/edit?id=7', 'plan', fields);
    expect(made.success).toBe(true);
    const a = made.data!;
    expect(a.origins).toEqual(['http://127.0.0.1:5000']);
    const values = readForm(doc, a.pages[0]).values;
    const report = evaluate(Dossier.parse(pageModel(values, '2026-11-23').dossier), loadProfile('baseline'), { asOf: '2026-11-23' });
    expect(report.findings.filter((f) => f.status === 'fail').map((f) => f.ruleId), JSON.stringify(values)).toEqual(expect.arrayContaining(['plan.joint.max-departments', 'plan.schedule.end-by']));
  });
});
