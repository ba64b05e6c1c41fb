import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/rules/types';
import { placeFindings, placeOf } from '../../src/ui/finding-place';

const f = (ruleId: string, status: Finding['status'], fields: string[] = [], severity: Finding['severity'] = 'error'): Finding =>
  ({ ruleId, status, severity, fields, subject: { kind: 'plan', id: 'p' }, message: { zh: ruleId, en: ruleId }, citations: [], risk: [] }) as unknown as Finding;

describe('where a finding is fixed', () => {
  it('names the platform’s place for each kind of rule', () => {
    expect(placeOf(f('plan.item.has-basis', 'fail', ['plans[0].items[0].basis']))).toBe('itemList');
    expect(placeOf(f('strategy.directed-filters', 'fail', ['plans[0].tasks[0].strategy.filters']))).toBe('strategy');
    expect(placeOf(f('strategy.recusal', 'fail'))).toBe('inspectors');
    expect(placeOf(f('strategy.min-inspectors-per-object', 'fail', ['plans[0].tasks[0].strategy.inspectorsPerObject']))).toBe('inspectors');
    expect(placeOf(f('result.upload-same-day', 'fail'))).toBe('results');
    expect(placeOf(f('plan.rate.general-bounds', 'fail', ['plans[0].tasks[0].strategy.entries[0].target']))).toBe('strategy');
    expect(placeOf(f('plan.schedule.end-by', 'fail', ['plans[0].end']))).toBe('plan');
    expect(placeOf(f('plan.joint.max-inspectors', 'fail', ['plans[0].tasks[0].inspectors']))).toBe('task');
  });

  it('leads with this page’s findings, groups the rest by place, and drops 数据不足 for a rule that fails', () => {
    const list = [
      f('strategy.directed-filters', 'fail', ['plans[0].tasks[0].strategy.filters']),
      f('plan.schedule.end-by', 'fail', ['plans[0].end']),
      f('plan.item.has-basis', 'incomplete', ['plans[0].items[0].basis']),
      f('plan.joint.responders-consulted', 'fail', ['plans[0].participants[0]']),
      f('plan.joint.responders-consulted', 'incomplete', ['plans[0].participants[1]']),
    ];
    const p = placeFindings('plan', list);
    expect(p.here.map((x) => `${x.ruleId}:${x.status}`)).toEqual(['plan.schedule.end-by:fail', 'plan.joint.responders-consulted:fail']);
    expect(p.elsewhere.map((g) => [g.place, g.findings.map((x) => x.ruleId)])).toEqual([
      ['itemList', ['plan.item.has-basis']],
      ['strategy', ['strategy.directed-filters']],
    ]);
    // On the strategy page the same findings fall the other way.
    expect(placeFindings('strategy', list).here.map((x) => x.ruleId)).toEqual(['strategy.directed-filters']);
    // A page kind with no place of its own (a list) keeps them all.
    expect(placeFindings('list', list).here).toHaveLength(4);
  });
});
