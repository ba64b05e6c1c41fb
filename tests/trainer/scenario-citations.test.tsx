/**
 * Scenarios cite clauses as staff cite documents: 《标题》（文号）第三部分第（六）项第5点, never "§". Every built-in
 * scenario's page (question, hint, reference fix) and the list are rendered in zh and en and searched for "§";
 * every clause a scenario file names ([[file §section]]) is one of the policy texts, and every hint cites one.
 */
import { render } from 'preact-render-to-string';
import { afterAll, describe, expect, it } from 'vitest';
import { setLang, type Lang } from '../../src/i18n';
import { POLICY_DOCUMENTS } from '../../src/core/rules/policy-documents';
import { BUILTIN_SCENARIO_FILES, builtinScenarios } from '../../src/trainer/scenarios';
import { scenarioText } from '../../src/trainer/scenario-text';
import { ScenarioList, ScenarioPage } from '../../src/ui/trainer/ScenarioViews';

afterAll(() => setLang('zh'));
const { scenarios, refused } = builtinScenarios();

describe('scenario citations', () => {
  it('all built-in scenarios load', () => {
    expect(refused).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(10);
  });

  for (const lang of ['zh', 'en'] as Lang[]) {
    it(`${lang}: no "§" on the list or any scenario's page with its hint and reference fix`, () => {
      setLang(lang);
      const pages = [render(<ScenarioList scenarios={scenarios} refused={refused} />), ...scenarios.map((s) => render(<ScenarioPage s={s} showHint={true} today="2026-11-23" />))];
      const withSection = pages.filter((html) => html.includes('§') || html.includes('[['));
      expect(withSection.length).toBe(0);
    });
  }

  it('every clause named in a scenario file is a policy text, and is shown as 《标题》（文号）第…', () => {
    const named = JSON.stringify(BUILTIN_SCENARIO_FILES).match(/\[\[[^\]]+\]\]/g) ?? [];
    expect(named.length).toBeGreaterThanOrEqual(6);
    for (const token of named) {
      const file = /\[\[\s*([a-z0-9-]+)\s/.exec(token)?.[1];
      expect(Object.keys(POLICY_DOCUMENTS), token).toContain(`${file}.txt`);
    }
    const hint = scenarios.find((s) => s.id === 'task-ends-december-5')!.hint;
    expect(scenarioText(hint, 'zh')).toContain('（《朝阳区进一步全面落实“双随机、一公开”监管工作实施意见》第三部分第（六）项第5点）');
    expect(scenarioText(hint, 'en')).toContain('(《朝阳区进一步全面落实“双随机、一公开”监管工作实施意见》part 三 (六) 5)');
    const shenzhen = scenarios.find((s) => s.id === 'joint-too-many-departments')!.hint;
    expect(scenarioText(shenzhen, 'zh')).toContain('《深圳市全面推行“双随机一公开”监管工作实施方案》（深府办函〔2018〕232号）第二部分第（三）项第3点');
  });
});
