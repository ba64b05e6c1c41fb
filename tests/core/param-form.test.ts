import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/core/rules/registry';
import { loadProfile } from '../../src/core/profiles';
import { checkRuleParams, paramFields, readField } from '../../src/core/profiles/param-form';

const baseline = loadProfile('baseline');
const rule = (id: string) => allRules.find((r) => r.meta.id === id)!;
const sample = (id: string) => (p: string) => (baseline.rules.find((r) => r.rule.meta.id === id)!.params as Record<string, unknown>)[p];
const field = (id: string, p: string) => paramFields(rule(id), sample(id)).find((f) => f.param === p)!;

describe('paramFields: each rule parameter as a field, from the rule’s own schema', () => {
  it('numbers with their bounds, month-days, choices and lists', () => {
    expect(field('plan.joint.max-departments', 'max')).toMatchObject({ kind: 'integer', min: 2, max: 50 });
    expect(field('plan.rate.general-bounds', 'minPercent')).toMatchObject({ kind: 'number', min: 0, max: 100 });
    expect(field('plan.schedule.end-by', 'endBy')).toMatchObject({ kind: 'month-day' });
    expect(field('annual.registry-filed', 'periodMonths')).toMatchObject({ kind: 'choice', options: [1, 2, 3, 4, 6, 12] });
    expect(field('result.category', 'categories')).toMatchObject({ kind: 'enum-list' });
    expect(field('strategy.inspector-in-registry', 'allowedKinds')).toMatchObject({ kind: 'enum-list', options: ['civil-servant', 'qualified', 'supervisory'] });
    expect(field('strategy.entity-frequency', 'specialIndustries')).toMatchObject({ kind: 'text-list' });
  });
  it('every baseline value is accepted by its own field (the form can show and save every profile)', () => {
    for (const rr of baseline.rules)
      for (const f of paramFields(rr.rule, (p) => (rr.params as Record<string, unknown>)[p])) {
        const v = (rr.params as Record<string, unknown>)[f.param];
        const input = f.kind === 'enum-list' ? (v as unknown[]).map(String) : Array.isArray(v) ? v.join('、') : typeof v === 'boolean' ? v : String(v);
        expect(readField(f, input), `${f.ruleId}.${f.param}`).toEqual({ ok: true, value: v });
      }
  });
});

describe('readField', () => {
  it('empty is the profile’s value; out of range names the bounds; not a number is said so', () => {
    const f = field('plan.rate.general-bounds', 'minPercent');
    expect(readField(f, '  ')).toEqual({ ok: true, value: undefined });
    expect(readField(f, '5%')).toEqual({ ok: true, value: 5 });
    expect(readField(f, '150')).toEqual({ ok: false, problem: { reason: 'range', min: 0, max: 100, integer: false } });
    expect(readField(f, '五')).toMatchObject({ ok: false, problem: { reason: 'range' } });
    expect(readField(field('plan.joint.max-departments', 'max'), '3.5')).toEqual({ ok: false, problem: { reason: 'range', min: 2, max: 50, integer: true } });
    expect(readField(field('plan.schedule.end-by', 'endBy'), '13-40')).toEqual({ ok: false, problem: { reason: 'monthDay' } });
    expect(readField(field('annual.registry-filed', 'periodMonths'), '5')).toMatchObject({ ok: false, problem: { reason: 'choice' } });
    expect(readField(field('result.category', 'categories'), [])).toEqual({ ok: false, problem: { reason: 'empty' } });
  });
  it('a rule checks its parameters together (a lower bound above the upper one), in its own words', () => {
    expect(checkRuleParams(rule('plan.rate.general-bounds'), { minPercent: 10, maxPercent: 5 })).toEqual({ ok: false, zh: '下限不能高于上限', en: 'minPercent must not exceed maxPercent' });
    expect(checkRuleParams(rule('plan.rate.general-bounds'), { minPercent: 3, maxPercent: 5 })).toEqual({ ok: true });
  });
});
