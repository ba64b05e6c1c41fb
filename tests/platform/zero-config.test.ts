// @vitest-environment jsdom
/**
 * Zero configuration: a page no adapter covers (an element-ui plan form, tests/fixtures/pages/element-plan.html)
 * read by the label lexicon alone gives an adapter that is not saved, each field with its confidence, and the
 * page's findings through it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconPage } from '../../src/platform/zero-config';
import { validateNow } from '../../src/ui/use-live-validation';
import { Adapter } from '../../src/platform/adapter-schema';

const load = (path: string) => new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');
const HREF = 'http://127.0.0.1:5000/oh-asm/supervision/plan/add';

describe('reading a page with the label lexicon alone', () => {
  const doc = load('tests/fixtures/pages/element-plan.html');
  const found = lexiconPage(doc, HREF)!;

  it('recognises the element-ui form items, each with its confidence', () => {
    expect(found.page?.kind).toBe('plan');
    const by = Object.fromEntries(found.recognised.map((r) => [r.spec.field, r]));
    expect(Object.keys(by).sort()).toEqual(['plan.departments', 'plan.end', 'plan.lead', 'plan.scope', 'plan.start', 'plan.year'].sort());
    for (const f of Object.keys(by)) expect(by[f].confidence, f).toBe('high');
    // The radio's value (2) means nothing to the model; its shown text (跨部门) does, so the text is read.
    expect(by['plan.scope'].spec).toMatchObject({ widget: 'radio', from: 'text' });
    expect(by['plan.departments'].spec.widget).toBe('checkbox-group');
  });

  it('gives an adapter for this origin and page that validates, and the page’s breaches through it', () => {
    expect(Adapter.safeParse(found.page!.adapter).success).toBe(true);
    expect(found.page!.adapter.origins).toEqual(['http://127.0.0.1:5000']);
    const state = validateNow(doc, found.page!);
    expect(state.read?.values['plan.departments']).toHaveLength(6);
    expect(state.read?.values['plan.end']).toBe('2025-12-05');
    const failing = (state.report?.findings ?? []).filter((f) => f.status === 'fail').map((f) => f.ruleId);
    expect(failing, JSON.stringify(state.lines)).toEqual(expect.arrayContaining(['plan.joint.max-departments', 'plan.schedule.end-by']));
  });

  it('separate start and end labels (开始时间 / 结束时间) are the plan’s period', () => {
    const d = new DOMParser().parseFromString('<h3>抽查任务</h3><label>开始日期</label><div><input value="2025-01-02"></div><label>结束时间</label><div><input value="2025-03-04"></div>', 'text/html');
    expect(lexiconPage(d, 'http://x/a')!.recognised.map((r) => r.spec.field).sort()).toEqual(['task.end', 'task.start']);
  });

  it('a page without a known label is left alone', () => {
    const d = new DOMParser().parseFromString('<label>姓名</label><div><input value="张三"></div>', 'text/html');
    expect(lexiconPage(d, 'http://x/a')).toBeNull();
  });
});
