import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProfile, PROFILE_IDS } from '../../src/core/profiles';
import { allRules } from '../../src/core/rules/registry';
import { POLICY_FILES, type PolicyFile } from '../../src/core/rules/types';
import { clauseInContext } from '../../src/trainer/clause';
import { explorerRules, searchRules } from '../../src/trainer/explorer';

const texts = Object.fromEntries(POLICY_FILES.map((f) => [f, readFileSync(`docs/policy/${f}`, 'utf8')])) as Record<PolicyFile, string>;
const rules = explorerRules(loadProfile('baseline'), texts);

describe('rule explorer data', () => {
  it('lists every registered rule', () => {
    expect(rules.map((r) => r.id)).toEqual(allRules.map((r) => r.meta.id));
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: its passing example passes and its failing example fails', (_id, r) => {
    expect(r.examples.map((e) => [e.case, e.verdict])).toEqual([['pass', 'pass'], ['fail', 'fail']]);
    expect(r.examples[1].findings.some((f) => f.status === 'fail' && f.ruleId === r.id)).toBe(true);
  });

  it('finds every citation and parameter source in its policy text, with the paragraph around it', () => {
    for (const r of rules) {
      for (const c of r.citations) expect(c.context.found, `${r.id} ${c.file} ${c.quote}`).toBe(true);
      for (const p of r.params) if (p.source) expect(p.source.context.found, `${r.id}.${p.name}`).toBe(true);
    }
    const c = rules.find((r) => r.id === 'plan.joint.max-departments')!.params[0];
    expect(c).toMatchObject({ name: 'max', value: 5, profile: 'baseline' });
    expect(c.source!.context.before).toContain('牵头部门应制定具体抽查计划');
    expect(c.source!.context.quote).toBe('联合抽查部门原则上不超过5个');
  });

  it('shows the active profile’s values and where they come from', () => {
    for (const id of PROFILE_IDS) expect(() => explorerRules(loadProfile(id), texts)).not.toThrow();
    const overridden = explorerRules(loadProfile('baseline', { rules: { 'plan.joint.max-departments': { params: { max: { value: 7 } } } } }), texts);
    const r = overridden.find((x) => x.id === 'plan.joint.max-departments')!;
    expect(r.params[0]).toMatchObject({ value: 7, profile: 'overrides' });
    // Under the override the 6-department example no longer fails: examples are judged live.
    expect(r.examples[1].verdict).toBe('pass');
  });
});

describe('clause in context', () => {
  const text = '一、总则\n\n（一）联合抽查部门原则\n上不超过5个，检查人员\n不超过10人。\n\n（二）其他';
  it.each([
    ['a quote across a line break', '原则上不超过5个', { before: '（一）联合抽查部门', quote: '原则上不超过5个', after: '，检查人员不超过10人。', found: true }],
    ['a quote at the paragraph start', '（一）联合', { before: '', quote: '（一）联合', found: true }],
    ['a quote not in the text', '不低于3%', { found: false }],
  ])('%s', (_n, quote, expected) => {
    expect(clauseInContext(text, quote)).toMatchObject(expected);
  });
});

describe('search', () => {
  it.each([
    ['an id fragment', 'max-departments', ['plan.joint.max-departments']],
    ['Chinese words from the explanation and the quote', '公示 工作日', ['result.publish-deadline', 'result.display-period']],
    ['a risk tag', 'A-9', null],
    ['nothing', 'zzzz-no-such', []],
  ])('%s', (_n, q, expected) => {
    const ids = searchRules(rules, q).map((r) => r.id);
    if (expected) expect(ids).toEqual(expected);
    else expect(ids.length).toBeGreaterThan(0);
  });
  it('an empty query keeps all', () => expect(searchRules(rules, '  ')).toHaveLength(rules.length));
});
