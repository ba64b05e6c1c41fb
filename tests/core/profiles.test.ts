import { describe, expect, it } from 'vitest';
import { loadProfile, ProfileError } from '../../src/core/profiles';

const param = (id: string, rule: string, name: string, overrides?: unknown) =>
  (loadProfile(id, overrides).rules.find((r) => r.rule.meta.id === rule)!.params as Record<string, unknown>)[name];

describe('profile resolution', () => {
  it('a jurisdiction overrides the baseline where its text says so', () => {
    expect(param('baseline', 'plan.schedule.annual-due', 'dueBy')).toBe('04-30');
    expect(param('changchun-chaoyang-2021', 'plan.schedule.annual-due', 'dueBy')).toBe('04-01');
    expect(param('changchun-chaoyang-2021', 'plan.joint.max-departments', 'max')).toBe(5);
  });

  it('records which profile set each value and its citation', () => {
    const r = loadProfile('changchun-chaoyang-2021').rules.find((x) => x.rule.meta.id === 'plan.schedule.annual-due')!;
    expect(r.paramSources.dueBy.profile).toBe('changchun-chaoyang-2021');
    expect(r.paramSources.dueBy.source?.file).toBe('changchun-chaoyang-2021.txt');
  });

  it('user overrides change a parameter, a severity, or switch a rule off', () => {
    const overrides = {
      rules: {
        'plan.joint.max-departments': { severity: 'error', params: { max: { value: 4, note: '本区联席会议要求' } } },
        'plan.schedule.halves': { enabled: false },
      },
    };
    const p = loadProfile('shenzhen-2018', overrides);
    const r = p.rules.find((x) => x.rule.meta.id === 'plan.joint.max-departments')!;
    expect(r.params).toEqual({ max: 4 });
    expect(r.severity).toBe('error');
    expect(r.paramSources.max.profile).toBe('overrides');
    expect(p.rules.find((x) => x.rule.meta.id === 'plan.schedule.halves')!.enabled).toBe(false);
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ['an unknown rule id', { rules: { 'plan.no-such-rule': { enabled: false } } }, /unknown rule id plan\.no-such-rule/],
    ['an out-of-range value', { rules: { 'plan.rate.general-bounds': { params: { minPercent: { value: 120 } } } } }, /general-bounds"\]\.params\.minPercent/],
    ['an unknown parameter', { rules: { 'plan.joint.max-departments': { params: { maximum: { value: 4 } } } } }, /max-departments/],
    ['a wrong type', { rules: { 'plan.joint.max-departments': { params: { max: { value: 'five' } } } } }, /params\.max/],
    ['an unknown severity', { rules: { 'plan.joint.max-departments': { severity: 'fatal' } } }, /severity/],
    ['an unknown key', { rules: {}, extra: 1 }, /extra|Unrecognized/i],
  ];
  it.each(bad)('refuses %s, naming the field', (_name, overrides, message) => {
    expect(() => loadProfile('baseline', overrides)).toThrow(ProfileError);
    expect(() => loadProfile('baseline', overrides)).toThrow(message);
  });

  it('refuses an unknown profile id', () => {
    expect(() => loadProfile('atlantis-2030')).toThrow(/unknown profile: atlantis-2030/);
  });
});
