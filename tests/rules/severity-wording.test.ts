/**
 * The words → severity table itself (RULES.md "Severity"): each reading gives the severity the
 * catalogue defines, and the issue's own cases read as they must. Each rule's table test checks
 * its rule against SEVERITY_BASIS (tests/rules/rule-tester.ts).
 */
import { describe, expect, it } from 'vitest';
import { READING_SEVERITY, SEVERITY_BASIS, severityOfReading } from '../../src/core/rules/severity-wording';
import { allRules } from '../../src/core/rules/registry';
import { foldWhitespace } from '../../src/core/rules/citations';

describe('severity follows the words', () => {
  it.each([
    ['in-principle', 'warn'],
    ['duty', 'error'],
    ['accountability', 'error'],
    ['definition', 'error'],
    ['escape', 'warn'],
    ['stated', 'warn'],
    ['permission', 'info'],
  ] as const)('%s → %s', (reading, severity) => expect(READING_SEVERITY[reading]).toBe(severity));

  it('every rule has exactly one basis, and no basis names a rule that does not exist', () => {
    expect(Object.keys(SEVERITY_BASIS).sort()).toEqual(allRules.map((r) => r.meta.id).sort());
  });

  const byId = new Map(allRules.map((r) => [r.meta.id, r]));
  it.each([
    ['plan.rate.general-bounds', '原则上', 'warn'],
    ['plan.rate.key-minimum', '原则上', 'warn'],
    ['plan.joint.max-departments', '原则上', 'warn'],
    ['strategy.entity-frequency', '原则上', 'warn'],
    ['plan.schedule.end-by', '要截止于', 'error'],
    ['plan.rate.key-batch-order', '可通过', 'info'],
  ])('%s: its quote holds 「%s」 and it is %s', (id, words, severity) => {
    const rule = byId.get(id)!;
    const b = SEVERITY_BASIS[id];
    expect(b.words).toBe(words);
    expect(foldWhitespace(rule.meta.citations[b.cite].quote)).toContain(words);
    expect(rule.meta.severity).toBe(severity);
    expect(severityOfReading(b.reading)).toBe(severity);
  });

  it('the 3%–20% bounds and the key minimum quote the 原则上 that opens their sentence', () => {
    for (const id of ['plan.rate.general-bounds', 'plan.rate.key-minimum'])
      expect(byId.get(id)!.meta.citations[0].quote.startsWith('原则上'), id).toBe(true);
  });
});
