/**
 * Chinese means Chinese: every page and panel state rendered in zh (from real findings, the fixture
 * year, every rule and scenario) shows no Latin word outside the allow-list (src/i18n/latin.ts).
 * Rule ids behind a 详情 toggle (<details>), tooltips (title) and code the user types are not text.
 */
import { readFileSync } from 'node:fs';
import { render } from 'preact-render-to-string';
import type { VNode } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n';
import { latinWords } from '../../src/i18n/latin';
import { placeFindings } from '../../src/ui/finding-place';
import { evaluate } from '../../src/core/rules/evaluate';
import { loadProfile } from '../../src/core/profiles';
import { Dossier } from '../../src/core/model';
import { sampleDossier } from './sample';
import { cellPage, liaisonView } from '../../src/core/liaison';
import { POLICY_FILES } from '../../src/core/rules/types';
import { explorerRules } from '../../src/trainer/explorer';
import { builtinScenarios } from '../../src/trainer/scenarios';
import { checkScenario, applyPatch } from '../../src/trainer/scenario-run';
import { seedData } from '../../src/sandbox/seed';
import { ruleById } from '../../src/core/rules/registry';
import { RULE_EXAMPLES } from '../../src/trainer/examples';
import { Findings } from '../../src/ui/Findings';
import { SubmitConfirm } from '../../src/ui/SubmitConfirm';
import { RuleExplorer } from '../../src/ui/trainer/RuleExplorer';
import { ScenarioList, ScenarioPage } from '../../src/ui/trainer/ScenarioViews';
import { Matrix } from '../../src/ui/liaison/Matrix';
import { CellDetail } from '../../src/ui/liaison/CellDetail';
import { Charts } from '../../src/ui/liaison/Charts';
import { Deadlines } from '../../src/ui/liaison/Deadlines';
import { formatReport } from '../../src/helper/format-report';
import { importFixtures } from '../liaison/fixture-data';
import { visibleText } from './visible-text';

export { visibleText };
import { compareProfiles } from '../../src/trainer/compare';
import { ProfileSection } from '../../src/ui/options/ProfileSection';
import { Settings } from '../../src/storage/settings';

const latinIn = (node: VNode) => [...new Set(latinWords(visibleText(render(node))))];

beforeAll(() => setLang('zh'));
const profile = loadProfile('baseline');
const sample = sampleDossier();
const report = evaluate(sample, profile, { asOf: '2026-11-23' });
// Every rule's passing and failing example too: all messages, the not-enough-data ones among them.
const exampleFindings = Object.values(RULE_EXAMPLES).flatMap((e) => [e.pass.dossier, e.fail.dossier]).flatMap((d) => evaluate(Dossier.parse(d), profile, { asOf: '2026-11-23' }).findings);
const texts = Object.fromEntries(POLICY_FILES.map((f) => [f, readFileSync(`docs/policy/${f}`, 'utf8')])) as Parameters<typeof explorerRules>[1];

describe('the Chinese UI shows no English', () => {
  it('the latin-word check itself finds English and lets names through', () => {
    expect(latinWords(visibleText('<p>预览 / preview · 不具约束力</p>'))).toEqual(['preview']);
    expect(latinWords(visibleText('<p>导出 Excel 报表（CSV）<details><code>plan.joint.max-departments</code></details></p>'))).toEqual([]);
    expect(latinWords(visibleText('<input placeholder="e.g. SCJG">'))).toEqual(['e', 'g']);
  });

  it('the panel’s findings: every group, message, citation and case (real findings of the sample plan)', () => {
    const all = [...report.findings, ...exampleFindings];
    expect(all.some((f) => f.status === 'incomplete')).toBe(true);
    expect(new Set(all.map((f) => f.ruleId)).size).toBeGreaterThan(30);
    expect(latinIn(<Findings findings={all} lang="zh" onFocus={() => {}} />)).toEqual([]);
    // And grouped as the plan page shows them: this page's first, the rest under 其他环节 by place.
    const placed = placeFindings('plan', all);
    expect(placed.elsewhere.length).toBeGreaterThan(1);
    expect(latinIn(<Findings findings={placed.here} elsewhere={placed.elsewhere} lang="zh" onFocus={() => {}} />)).toEqual([]);
  });

  it('the confirmation before saving with errors and warnings', () => {
    const stop = report.findings.filter((f) => f.status === 'fail' && f.severity !== 'info');
    expect(stop.length).toBeGreaterThan(0);
    // By the platform's own 保存 button (its words are in the dialog: 您点击了「保存」).
    const anchor = { textContent: '保存' } as HTMLElement; // rendered to a string: only its words are read
    expect(latinIn(<SubmitConfirm findings={stop} anchor={anchor} onBack={() => {}} onProceed={async () => {}} />)).toEqual([]);
  });

  it('the rule explorer: every rule of every built-in profile', { timeout: 120_000 }, () => {
    for (const id of ['baseline', 'shenzhen-2018', 'changchun-chaoyang-2021']) {
      const p = loadProfile(id);
      const rules = explorerRules(p, texts);
      expect(latinIn(<RuleExplorer rules={rules} total={rules.length} query="" profile={{ id, chain: p.chain }} sandboxBase="" />), id).toEqual([]);
    }
  });

  it('two profiles side by side in the explorer, and the options page’s profile choices', () => {
    const a = loadProfile('beijing-fengtai-2019');
    const b = loadProfile('changchun-chaoyang-2021');
    const rules = explorerRules(a, texts);
    const compare = { rows: compareProfiles(a, b), a: { id: a.id, name: a.name!.zh }, b: { id: b.id, name: b.name!.zh } };
    expect(compare.rows.some((r) => r.differs)).toBe(true);
    const profiles = [a, b].map((p) => ({ id: p.id, name: p.name!.zh }));
    expect(latinIn(<RuleExplorer rules={rules} total={rules.length} query="" profile={{ id: a.id, chain: a.chain }} sandboxBase="" profiles={profiles} compare={compare} />)).toEqual([]);
    const settings = Settings.parse({ profileId: 'beijing-fengtai-2019', profileByOrigin: { 'https://sjzt.example.gov.cn': 'shenzhen-2018' }, profileByDepartment: { 市场监管局: 'baseline' } });
    expect(latinIn(<ProfileSection settings={settings} onSaved={() => {}} />)).toEqual([]);
  });

  it('the scenarios: the list, and each scenario before and after its check', { timeout: 120_000 }, () => {
    const set = builtinScenarios(new Set(ruleById.keys()));
    expect(latinIn(<ScenarioList scenarios={set.scenarios} refused={set.refused} />)).toEqual([]);
    for (const s of set.scenarios) {
      const data = seedData();
      applyPatch(data, s.state);
      const check = checkScenario(s, data);
      expect(latinIn(<ScenarioPage s={s} check={check} showHint={true} today={data.today} />), s.id).toEqual([]);
    }
  });

  it('the liaison view: matrix, every cell opened, charts and deadlines', { timeout: 120_000 }, () => {
    const { dossier } = importFixtures();
    const view = liaisonView(dossier, profile, { asOf: '2026-11-23' });
    const names = new Map(view.matrix.departments.map((d) => [d.id, d.name]));
    expect(latinIn(<Matrix matrix={view.matrix} department="" onSelect={() => {}} />)).toEqual([]);
    for (const d of view.matrix.departments)
      for (const r of view.matrix.rules) {
        // A page of 3 (the "show more" line is then shown for longer lists), and the list while it is asked.
        const page = cellPage(view.matrix, d.id, r.ruleId, 0, 3);
        const cell = { departmentId: d.id, ruleId: r.ruleId };
        expect(latinIn(<CellDetail matrix={view.matrix} cell={cell} list={{ subjects: page.subjects, total: page.total, loading: false }} onMore={() => {}} onClose={() => {}} />), `${d.id} ${r.ruleId}`).toEqual([]);
        expect(latinIn(<CellDetail matrix={view.matrix} cell={cell} list={{ subjects: [], total: 0, loading: true }} onMore={() => {}} onClose={() => {}} />)).toEqual([]);
      }
    expect(latinIn(<Charts charts={view.charts} department="" names={names} />)).toEqual([]);
    expect(latinIn(<Deadlines deadlines={view.deadlines} until="2026-12-21" department="" names={names} />)).toEqual([]);
  });

  it('the helper’s report, but for the rule ids it prints for those who look them up', () => {
    const out = formatReport(report, 'zh').replace(/\b[a-z]+(\.[a-z0-9-]+)+\b/g, ' ');
    expect(latinWords(out.replace(/（[AE]-\d+）/g, ' '))).toEqual([]);
  });
});
