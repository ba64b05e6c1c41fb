// @vitest-environment jsdom
/**
 * Trying an adapter on a page before saving it (the options page asks the open tab): what it would read —
 * fields found, values used, values dropped with the reason, widget errors — and the rules that would fail.
 * The adapter (tests/fixtures/adapters/element-trial.json) has two mistakes on purpose: 发起部门 as a <select>
 * (the page has element-ui’s readonly input, found by the selector) and a pattern 年度 does not match.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTrialRequest, tryAdapter } from '../../src/platform/adapter-trial';

const doc = new DOMParser().parseFromString(readFileSync('tests/fixtures/pages/element-plan.html', 'utf8'), 'text/html');
const adapter = JSON.parse(readFileSync('tests/fixtures/adapters/element-trial.json', 'utf8'));

describe('an adapter tried on a page', () => {
  it('says what it would read there: found, used, dropped, widget errors, and the failing rules', () => {
    const r = tryAdapter(doc, 'http://127.0.0.1:4000/oh-asm/supervision/plan/add', adapter)!;
    expect(r.kind).toBe('plan');
    const line = (f: string) => r.lines.find((l) => l.field === f)!;
    expect(line('plan.end').used).toBe('2025-12-05');
    expect(line('plan.departments').used).toHaveLength(6);
    expect(line('plan.lead').error?.zh).toContain('控件不符');
    expect(line('plan.year').dropped?.zh).toContain('pattern');
    expect(r.found).toBe(6);
    expect(r.problems).toBe(2);
    expect(r.failing).toEqual(expect.arrayContaining(['plan.joint.max-departments', 'plan.schedule.end-by']));
  });
  it('a page the adapter does not name gives nothing (that frame stays silent)', () => {
    expect(tryAdapter(doc, 'http://127.0.0.1:4000/other', adapter)).toBeNull();
    expect(tryAdapter(doc, 'https://elsewhere.example.gov.cn/oh-asm/supervision/plan/add', adapter)).toBeNull();
  });
  it('an invalid adapter gives nothing, and only the trial message is one', () => {
    expect(tryAdapter(doc, 'http://127.0.0.1:4000/oh-asm/supervision/plan/add', { ...adapter, pages: [] })).toBeNull();
    expect(isTrialRequest({ type: 'adapter.trial', adapter })).toBe(true);
    expect(isTrialRequest({ type: 'adapters.save' })).toBe(false);
    expect(isTrialRequest(null)).toBe(false);
  });
});
