import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/core/model';
import { sampleDossier } from './sample';
import { loadProfile } from '../../src/core/profiles';
import { evaluate } from '../../src/core/rules/evaluate';
import { RULE_EXAMPLES } from '../../src/trainer/examples';
import { fieldLabel, hasFieldLabel } from '../../src/i18n/field-label';

describe('fields by their names, never data paths', () => {
  it('names the fields staff know', () => {
    expect(fieldLabel('plans[0].end', 'zh')).toBe('计划结束日期');
    expect(fieldLabel('plans[0].tasks[0].end', 'zh')).toBe('任务结束日期');
    expect(fieldLabel('plans[0].tasks[0].participants[1].consultedInWriting', 'zh')).toBe('参与部门是否书面征求意见');
    expect(fieldLabel('plans[0].tasks[0].strategy.entries[2].target', 'zh')).toBe('策略中的事项抽取目标户数');
    expect(fieldLabel('plans[0].filedOn', 'en')).toBe('plan date filed');
  });

  it('has a name for every field the rules point at (the sample plan and every rule’s examples)', () => {
    const profile = loadProfile('baseline');
    const dossiers = [...Object.values(RULE_EXAMPLES).flatMap((e) => [e.pass.dossier, e.fail.dossier])];
    const paths = new Set<string>();
    for (const d of [sampleDossier(), ...dossiers.map((x) => Dossier.parse(x))]) for (const f of evaluate(d, profile, { asOf: '2026-11-23' }).findings) for (const p of f.fields) paths.add(p);
    expect(paths.size).toBeGreaterThan(10);
    expect([...paths].filter((p) => !hasFieldLabel(p)).map((p) => p.replace(/\[[^\]]*\]/g, '[]'))).toEqual([]);
  });

  it('says "not enough data" with the field’s name', () => {
    const profile = loadProfile('baseline');
    const incomplete = Object.values(RULE_EXAMPLES)
      .flatMap((e) => [e.pass.dossier, e.fail.dossier])
      .flatMap((d) => evaluate(Dossier.parse(d), profile, { asOf: '2026-11-23' }).findings)
      .filter((f) => f.messageId === 'missing');
    expect(incomplete.length).toBeGreaterThan(0);
    for (const f of incomplete) expect(f.message.zh).not.toMatch(/[a-z]+\[\d*\]|\.[a-z]/i);
  });
});
