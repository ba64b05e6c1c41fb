/**
 * Provenance: every value of every built-in profile says whether the jurisdiction's own text sets it
 * or it is borrowed from another jurisdiction's text (which, which clause); the user's overrides and
 * a changed severity show as such.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES, loadProfile, PROFILE_IDS, ProfileError } from '../../src/core/profiles';
import { POLICY_DOCUMENTS } from '../../src/core/rules/policy-documents';
import { provenanceText } from '../../src/i18n/provenance';
import { evaluate } from '../../src/core/rules/evaluate';
import { Dossier } from '../../src/core/model';
import { basePlan } from '../fixtures/builders';

const src = (pid: string, rule: string, param: string) => loadProfile(pid).rules.find((r) => r.rule.meta.id === rule)!.paramSources[param];

describe('where each value comes from', () => {
  it('the baseline has no text of its own: every value is borrowed from the local text it quotes', () => {
    const p = loadProfile('baseline');
    expect(p.document).toBeUndefined();
    let n = 0;
    for (const r of p.rules)
      for (const s of Object.values(r.paramSources)) {
        expect(s.origin).toBe('borrowed');
        expect(Object.keys(POLICY_DOCUMENTS)).toContain(s.source!.file);
        n++;
      }
    expect(n).toBeGreaterThan(15);
  });

  it('Fengtai inherits the 3%–20% bounds and the 30 November deadline, borrowed from Changchun Chaoyang', () => {
    const b = src('beijing-fengtai-2019', 'plan.rate.general-bounds', 'maxPercent');
    expect(b).toMatchObject({ origin: 'borrowed', profile: 'baseline', value: 20, source: { file: 'changchun-chaoyang-2021.txt', section: '§三(四)1' } });
    expect(provenanceText(b, [], 'zh')).toBe('借用自《朝阳区进一步全面落实“双随机、一公开”监管工作实施意见》第三部分第（四）项第1点（长春市朝阳区）');
    expect(provenanceText(b, [], 'en')).toBe('borrowed from 《朝阳区进一步全面落实“双随机、一公开”监管工作实施意见》part 三 (四) 1 (Changchun Chaoyang)');
    expect(src('beijing-fengtai-2019', 'plan.schedule.end-by', 'endBy').origin).toBe('borrowed');
    // Its own text sets the publication deadline.
    const own = src('beijing-fengtai-2019', 'result.publish-deadline', 'workingDays');
    expect(own).toMatchObject({ origin: 'own', source: { file: 'beijing-fengtai-2019.txt' } });
    expect(provenanceText(own, [], 'zh')).toMatch(/^本地文件《丰台区全面推进.*》（丰政办发〔2019〕18号）第三部分第（五）项$/);
  });

  it('a value the baseline quotes from Changchun Chaoyang is Changchun Chaoyang’s own under its profile', () => {
    expect(src('changchun-chaoyang-2021', 'plan.rate.general-bounds', 'minPercent').origin).toBe('own');
    expect(src('changchun-chaoyang-2021', 'plan.joint.max-departments', 'max').origin).toBe('borrowed');
    expect(src('shenzhen-2018', 'plan.joint.max-departments', 'max').origin).toBe('own');
  });

  it.each(PROFILE_IDS.filter((id) => id !== 'baseline'))('%s names its own text, and every value is own or borrowed', (id) => {
    const p = loadProfile(id);
    expect(p.document).toBe(`${id}.txt`);
    for (const r of p.rules) for (const s of Object.values(r.paramSources)) expect(['own', 'borrowed']).toContain(s.origin);
  });

  it('the user’s overrides are marked as such, and a changed severity is kept with the rule’s own', () => {
    const p = loadProfile('beijing-fengtai-2019', { rules: { 'plan.joint.max-departments': { params: { max: { value: 4 } }, severity: 'error' } } });
    const r = p.rules.find((x) => x.rule.meta.id === 'plan.joint.max-departments')!;
    expect(r.paramSources.max).toMatchObject({ origin: 'override', profile: 'overrides', value: 4 });
    expect(r.severity).toBe('error');
    expect(r.severitySetBy).toEqual({ profile: 'overrides', ruleDefault: 'warn' });
  });

  it('findings carry the values they were judged by, with their provenance and a changed severity', () => {
    const plan = basePlan({ items: [{ itemId: 'G', name: '一般事项', kind: 'general', ratePercent: 25 }] });
    const p = loadProfile('beijing-fengtai-2019', { rules: { 'plan.rate.general-bounds': { severity: 'error' } } });
    const f = evaluate(Dossier.parse({ plans: [plan] }), p, { asOf: '2026-06-01' }).findings.find((x) => x.ruleId === 'plan.rate.general-bounds')!;
    expect(f.severity).toBe('error');
    expect(f.severitySetBy).toEqual({ profile: 'overrides', ruleDefault: 'warn' });
    expect(f.basis).toEqual(
      expect.arrayContaining([expect.objectContaining({ param: 'maxPercent', value: 20, origin: 'borrowed', source: expect.objectContaining({ file: 'changchun-chaoyang-2021.txt' }) })]),
    );
  });

  it('an unknown profile lists the known ids', () => {
    try {
      loadProfile('shanxi');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProfileError);
      const err = (e as ProfileError).errors[0];
      expect(err.zh).toContain('未知的规则配置：shanxi');
      for (const id of Object.keys(BUILTIN_PROFILES)) expect(err.zh).toContain(id);
      expect(err.en).toContain('(known: baseline, ');
    }
  });
});
