// @vitest-environment jsdom
/** Format 2: vocabulary paths checked, format-1 adapters migrated, transforms as data, widget errors as lines. */
import { describe, expect, it } from 'vitest';
import { Adapter, PageSpec } from '../../src/platform/adapter-schema';
import { readForm } from '../../src/platform/read-form';
import { pageModel } from '../../src/platform/to-model';
import sandbox from '../../src/platform/adapters/sandbox.json';
import sandboxV1 from '../fixtures/adapters/sandbox-v1.json';

const page = (html: string) => new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
const spec = (fields: unknown[], tables: unknown[] = []) => PageSpec.parse({ kind: 'task', url: '/x', fields, tables });

describe('format 2', () => {
  it('the sandbox adapter is format 2', () => {
    expect(Adapter.parse(sandbox).format).toBe(2);
  });
  it('a format-1 adapter (the sandbox’s, as it was) migrates to the format-2 one', () => {
    // Pages added since (the result-entry form, the inspector draw's form, the result review form) are not in the format-1 one.
    const now = Adapter.parse(sandbox);
    const added = ['/sccheck/pubscentresult/edit', '/entagent\\?(.*&)?taskId=', '/sccheck/pubscentresult/reviewpage'];
    expect(now.pages.filter((p) => added.includes(p.url))).toHaveLength(3);
    expect(Adapter.parse(sandboxV1)).toEqual({ ...now, pages: now.pages.filter((p) => !added.includes(p.url)) });
  });
  it('an unknown field path is refused, naming it and listing the valid ones', () => {
    const r = Adapter.safeParse({ format: 2, id: 'x', name: 'x', origins: ['https://a.gov.cn'], pages: [{ kind: 'plan', url: '/p', fields: [{ field: 'plan.ending', widget: 'text' }] }] });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0];
    expect(issue.path).toEqual(['pages', 0, 'fields', 0, 'field']);
    expect(issue.message).toContain('plan.ending');
    expect(issue.message).toContain('plan.end');
    expect(issue.message).toContain('task.departments');
  });
  it('a row field outside its table’s vocabulary is refused', () => {
    const r = PageSpec.safeParse({ kind: 'plan', url: '/p', tables: [{ feeds: 'items', rows: 'tr', key: { field: 'item.id', widget: 'text', selector: 'input' }, columns: [{ field: 'entry.target', widget: 'text', selector: 'input' }] }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(['tables', 0, 'columns', 0, 'field']);
  });
  it('a format-1 adapter with a field format 1 never knew is refused the same way', () => {
    const r = Adapter.safeParse({ ...sandboxV1, pages: [{ kind: 'plan', url: '/p', fields: [{ field: 'deadline', widget: 'text' }] }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toContain('deadline');
  });
  it('a pattern that is not a regular expression is refused', () => {
    expect(PageSpec.safeParse({ kind: 'plan', url: '/p', fields: [{ field: 'plan.end', widget: 'text', pattern: '(' }] }).success).toBe(false);
  });
});

describe('reading with transforms', () => {
  it('a comma-joined hidden input is a list of departments; the lead from a select', () => {
    const doc = page(`<table><tr><td>任务参与部门:</td><td><input type="hidden" name="codes" value="A058,A012,A027"><input type="text" value="市场监管局,公安厅,卫健委" readonly></td></tr>
      <tr><td>任务设置部门:</td><td><select name="lead"><option value="A058" selected>市场监管局</option></select></td></tr>
      <tr><td>任务类型:</td><td><input type="radio" name="s" value="1">本部门<input type="radio" name="s" value="2" checked>跨部门</td></tr></table>`);
    const s = spec([
      { field: 'task.departments', label: '任务参与部门', widget: 'hidden', split: ',' },
      { field: 'task.lead', label: '任务设置部门', widget: 'select' },
      { field: 'task.scope', label: '任务类型', widget: 'radio', map: { '1': 'own', '2': 'joint' } },
    ]);
    const r = readForm(doc, s);
    expect(r.values['task.departments']).toEqual(['A058', 'A012', 'A027']);
    const d = pageModel(r.values, '2026-11-23').dossier!;
    expect(d.plans![0].tasks![0].participants).toEqual([
      { departmentId: 'A058', role: 'lead' },
      { departmentId: 'A012', role: 'responding' },
      { departmentId: 'A027', role: 'responding' },
    ]);
  });
  it('dates in other forms are read; one that is not a day is a dropped line with its reason', () => {
    const doc = page(`<input name="a" value="2025年12月5日"><input name="b" value="2025.13.5">`);
    const r = readForm(doc, spec([{ field: 'task.start', selector: 'input[name=a]', widget: 'text' }, { field: 'task.end', selector: 'input[name=b]', widget: 'text' }]));
    expect(r.values['task.start']).toBe('2025-12-05');
    expect(r.values['task.end']).toBeUndefined();
    expect(r.lines.find((l) => l.field === 'task.end')).toMatchObject({ raw: '2025.13.5', dropped: { zh: '日期「2025.13.5」无法识别' } });
  });
  it('a pattern reads an attribute as well as text', () => {
    const doc = page(`<span id="k" data-kind="type-重点">食品抽查</span>`);
    const r = readForm(doc, spec([], [{ feeds: 'items', rows: 'body', key: { field: 'item.name', selector: '#k', widget: 'display' }, columns: [{ field: 'item.kind', selector: '#k', widget: 'display', from: 'attr:data-kind', pattern: 'type-(.+)$' }] }]));
    expect(r.values.items).toEqual([{ name: '食品抽查', kind: 'key' }]);
  });
  it('a widget that does not fit its element is a line, not an exception', () => {
    const doc = page(`<table><tr><td>任务参与部门</td><td><input type="hidden" value="A"><select name="x"><option>1</option></select></td></tr></table><input id="t" value="A">`);
    const r = readForm(doc, spec([{ field: 'task.departments', selector: '#t', widget: 'select2-multiple' }]));
    expect(r.values['task.departments']).toBeUndefined();
    expect(r.lines[0].error?.zh).toBe('控件不符：适配器写的是 select2-multiple，页面上是 <input>');
  });
  it('a column whose control is chosen by the row’s radio (固定 → #num_x, 比例 → #percent_x)', () => {
    const row = (uid: string, pick: 'num' | 'percent' | '', num: string, pct: string) =>
      `<tr><td>食品${uid}</td><td>1,200</td><td><input type="radio" name="r_${uid}" value="num_${uid}" ${pick === 'num' ? 'checked' : ''}>固定<input id="num_${uid}" value="${num}"><input type="radio" name="r_${uid}" value="percent_${uid}" ${pick === 'percent' ? 'checked' : ''}>比例<input id="percent_${uid}" value="${pct}">%</td></tr>`;
    const doc = page(`<table id="t"><tbody>${row('a1', 'num', '300', '25')}${row('b2', 'percent', '9', '15')}${row('c3', '', '', '')}</tbody></table>`);
    const choose = { by: 'input[type=radio]', sources: [{ match: '^(num_.+)$', selector: '#$1' }, { match: '^(percent_.+)$', selector: '#$1' }] };
    const r = readForm(doc, spec([], [{ feeds: 'entries', rows: '#t tbody tr', key: { field: 'entry.itemName', selector: 'td:nth-child(1)', widget: 'display' }, columns: [
      { field: 'entry.librarySize', selector: 'td:nth-child(2)', widget: 'display' },
      { field: 'entry.quantityMode', selector: 'input[type=radio]', widget: 'radio', mapPatterns: [{ match: '^num_', to: 'fixed' }, { match: '^percent_', to: 'ratio' }] },
      { field: 'entry.target', widget: 'text', choose },
    ] }]));
    expect(r.values.entries).toEqual([
      { itemName: '食品a1', librarySize: 1200, quantityMode: 'fixed', target: 300 },
      { itemName: '食品b2', librarySize: 1200, quantityMode: 'ratio', target: 15 },
      { itemName: '食品c3', librarySize: 1200, quantityMode: undefined },
    ]);
    expect(r.lines.find((l) => l.field === 'entry.target' && l.row === 2)?.where.zh).toContain('未选择');
  });
});
