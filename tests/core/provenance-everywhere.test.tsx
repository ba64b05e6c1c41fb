/**
 * Issue 19's "done when": every value of every built-in profile shows where it comes from (本地文件《…》
 * or 借用自《…》) in `dra rules --json`, in the rule explorer, and in the panel's findings (each rule's
 * failing example judged under the profile, rendered as the panel renders it).
 */
import { readFileSync } from 'node:fs';
import { render } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProfile, PROFILE_IDS } from '../../src/core/profiles';
import { Dossier } from '../../src/core/model';
import { evaluate } from '../../src/core/rules/evaluate';
import { POLICY_FILES } from '../../src/core/rules/types';
import { setLang } from '../../src/i18n';
import { basisLine, provenanceText } from '../../src/i18n/provenance';
import { RULE_EXAMPLES } from '../../src/trainer/examples';
import { explorerRules } from '../../src/trainer/explorer';
import { Findings } from '../../src/ui/Findings';
import { RuleExplorer } from '../../src/ui/trainer/RuleExplorer';
import { runCli } from '../helper/run-cli';

const texts = Object.fromEntries(POLICY_FILES.map((f) => [f, readFileSync(`docs/policy/${f}`, 'utf8')])) as Parameters<typeof explorerRules>[1];
const SAID = /^(本地文件|借用自)《[^》]+》/;
// Rendered HTML escapes quotes; compare the text as a reader sees it.
const unescape = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

beforeAll(() => setLang('zh'));

describe.each(PROFILE_IDS)('%s: every value says where it comes from', (id) => {
  const profile = loadProfile(id);
  const values = profile.rules.flatMap((r) => Object.entries(r.paramSources).map(([param, s]) => ({ rule: r.rule.meta.id, param, s })));

  it('has values, each its own text’s or borrowed (none unsourced)', () => {
    expect(values.length).toBeGreaterThan(15);
    for (const v of values) expect(['own', 'borrowed'], `${v.rule}.${v.param}`).toContain(v.s.origin);
  });

  it('dra rules --json: a provenance in both languages for each value', async () => {
    const r = await runCli(['rules', '--json', '--profile', id]);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout).rules as Array<{ id: string; paramSources: Record<string, { origin: string; provenance: { zh: string; en: string } }> }>;
    let n = 0;
    for (const rule of rules)
      for (const [param, s] of Object.entries(rule.paramSources)) {
        expect(s.provenance.zh, `${rule.id}.${param}`).toMatch(SAID);
        expect(s.provenance.zh.startsWith('借用自')).toBe(s.origin === 'borrowed');
        expect(s.provenance.en, `${rule.id}.${param}`).toMatch(/^(own text: |borrowed from )《/);
        n++;
      }
    expect(n).toBe(values.length);
  });

  it('the rule explorer shows each value’s provenance', () => {
    const rules = explorerRules(profile, texts);
    const html = unescape(render(<RuleExplorer rules={rules} total={rules.length} query="" profile={{ id, chain: profile.chain }} sandboxBase="" />));
    for (const v of values) {
      const p = rules.find((r) => r.id === v.rule)!.params.find((x) => x.name === v.param)!;
      expect(p.provenance?.zh, `${v.rule}.${v.param}`).toBe(provenanceText(v.s, profile.documents, 'zh'));
      expect(html, `${v.rule}.${v.param}`).toContain(p.provenance!.zh);
    }
  });

  it('the panel’s findings show the values each was judged by, with their provenance', () => {
    let shown = 0;
    for (const r of profile.rules) {
      const ex = RULE_EXAMPLES[r.rule.meta.id];
      const params = Object.keys(r.paramSources);
      if (!ex || !params.length) continue;
      const findings = evaluate(Dossier.parse(ex.fail.dossier), profile, { asOf: '2026-11-23' }).findings.filter((f) => f.ruleId === r.rule.meta.id);
      if (!findings.length) continue; // the profile's own values make the example pass: nothing to show
      const html = unescape(render(<Findings findings={findings} lang="zh" onFocus={() => {}} documents={profile.documents} />));
      for (const f of findings) {
        expect(f.basis?.map((b) => b.param).sort(), r.rule.meta.id).toEqual(params.sort());
        for (const b of f.basis!) {
          expect(html).toContain(basisLine(b, profile.documents));
          shown++;
        }
      }
    }
    // Most of the profile's values are met through the failing examples.
    expect(shown).toBeGreaterThan(values.length / 2);
  });
});
