import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleById } from '../../src/core/rules/registry';
import { applyPatch, checkScenario, scenarioData } from '../../src/trainer/scenario-run';
import { BUILTIN_SCENARIO_FILES, builtinScenarios, parseScenarios } from '../../src/trainer/scenarios';
import jointTooMany from '../../src/trainer/scenarios/joint-too-many-departments.json';

const ruleIds = new Set(ruleById.keys());
const { scenarios, refused } = builtinScenarios(ruleIds);

describe('scenario files', () => {
  it('every JSON file in the folder is registered, valid, and there are at least 10', () => {
    const files = readdirSync('src/trainer/scenarios').filter((f) => f.endsWith('.json')).sort();
    expect(Object.keys(BUILTIN_SCENARIO_FILES).sort()).toEqual(files);
    expect(refused).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(10);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: the starting state fails its rule, the reference fix passes', (_id, s) => {
    const before = checkScenario(s, scenarioData(s));
    expect(before.errors).toEqual([]);
    expect(before.verdict).toBe('fail');
    expect(before.findings.every((f) => f.ruleId === s.rule)).toBe(true);
    const after = checkScenario(s, scenarioData(s, true));
    expect(after.errors).toEqual([]);
    expect(after.verdict).toBe('pass');
  });

  it('refuses bad files naming the file and field, keeping the good ones', () => {
    const set = parseScenarios(
      {
        'good.json': jointTooMany,
        'no-rule.json': { ...jointTooMany, id: 'other', rule: undefined },
        'bad-date.json': { ...jointTooMany, id: 'third', state: { today: '2026-13-01' } },
        'unknown-rule.json': { ...jointTooMany, id: 'fourth', rule: 'plan.no-such' },
        'dup.json': jointTooMany,
      },
      ruleIds,
    );
    expect(set.scenarios.map((s) => s.id)).toEqual(['joint-too-many-departments']);
    expect(set.refused.map((r) => r.file)).toEqual(['no-rule.json', 'bad-date.json', 'unknown-rule.json', 'dup.json']);
    expect(set.refused[0].errors.join()).toContain('no-rule.json.rule');
    expect(set.refused[1].errors.join()).toContain('bad-date.json.state.today');
    expect(set.refused[2].errors.join()).toContain('plan.no-such');
  });
});

describe('state patches', () => {
  it('merge over records with the same id, add new ones, remove listed ones', () => {
    const s = scenarios.find((x) => x.id === 'inspector-conflict')!;
    const data = scenarioData(s);
    const plans = data.plans.length;
    applyPatch(data, { remove: { plans: ['JH-2026-003'] }, plans: [{ id: 'JH-2026-001', name: '改名' }, { id: 'NEW', name: '新计划', year: 2026 }], today: '2026-10-01' });
    expect(data.plans.length).toBe(plans);
    expect(data.plans.find((p) => p.id === 'JH-2026-001')).toMatchObject({ name: '改名', scope: 'own' });
    expect(data.today).toBe('2026-10-01');
  });

  it('a trainee who deletes the subject gets "not judged", not a pass', () => {
    const s = scenarios.find((x) => x.id === 'task-ends-december-5')!;
    const data = scenarioData(s);
    applyPatch(data, { remove: { tasks: ['RW-2026-002'] } });
    expect(checkScenario(s, data).verdict).toBe('not-judged');
  });
});
