/**
 * Running a scenario on the sandbox's data: start from the seed with the scenario's state, and judge
 * the trainee's work by running the scenario's rule on the store as it is now.
 */
import { chinaCalendar } from '../core/calendar';
import { Dossier, parseWith } from '../core/model';
import { loadProfile, type ResolvedProfile } from '../core/profiles';
import { runRule, toFinding } from '../core/rules/evaluate';
import type { Finding } from '../core/rules/types';
import { seedData } from '../sandbox/seed';
import type { SandboxData } from '../sandbox/store-types';
import { sandboxDossier } from './sandbox-dossier';
import type { Scenario, StatePatch } from './scenario-schema';

function mergeById<T extends { id: string }>(list: T[], patches: Array<{ id: string }> | undefined): void {
  for (const p of patches ?? []) {
    const existing = list.find((x) => x.id === p.id);
    if (existing) Object.assign(existing, structuredClone(p));
    else list.push(structuredClone(p) as T);
  }
}

/** Apply a state patch to the store's data, in place. */
export function applyPatch(data: SandboxData, patch: StatePatch): void {
  if (patch.today) data.today = patch.today;
  if (patch.remove?.plans) data.plans = data.plans.filter((p) => !patch.remove!.plans!.includes(p.id));
  if (patch.remove?.tasks) data.tasks = data.tasks.filter((t) => !patch.remove!.tasks!.includes(t.id));
  mergeById(data.plans, patch.plans);
  mergeById(data.tasks, patch.tasks);
  mergeById(data.objects, patch.objects);
  mergeById(data.inspectors, patch.inspectors);
}

/** The seed data with the scenario's starting state (and, for the reference answer, its fix). */
export function scenarioData(s: Scenario, withFix = false): SandboxData {
  const data = seedData();
  applyPatch(data, s.state);
  if (withFix) applyPatch(data, s.fix.state);
  return data;
}

export type Verdict = 'fail' | 'pass' | 'incomplete' | 'not-judged';

export interface ScenarioCheck {
  scenarioId: string;
  ruleId: string;
  verdict: Verdict;
  /** The rule's fails and not-enough-data findings for the scenario's subject. */
  findings: Finding[];
  /** The store does not read as the model (a trainee's edit or a scenario file gone wrong). */
  errors: string[];
}

/** Run the scenario's rule on the data and say whether its subject passes. */
export function checkScenario(s: Scenario, data: SandboxData, profile: ResolvedProfile = loadProfile()): ScenarioCheck {
  const base = { scenarioId: s.id, ruleId: s.rule };
  const resolved = profile.rules.find((r) => r.rule.meta.id === s.rule);
  if (!resolved) return { ...base, verdict: 'not-judged', findings: [], errors: [`rule ${s.rule} is not in profile ${profile.id}`] };
  const parsed = parseWith(Dossier, sandboxDossier(data));
  if (!parsed.ok) return { ...base, verdict: 'not-judged', findings: [], errors: parsed.errors.slice(0, 10).map((e) => `${e.path}: ${e.zh} / ${e.en}`) };
  const outcomes = runRule(resolved.rule, resolved.params, parsed.value, data.today, chinaCalendar()).filter(
    (o) => o.subject.kind === s.subject.kind && o.subject.id === s.subject.id,
  );
  const findings = outcomes.filter((o) => o.status !== 'pass').map((o) => toFinding(resolved.rule, resolved.severity, o));
  const verdict: Verdict = !outcomes.length ? 'not-judged' : findings.some((f) => f.status === 'fail') ? 'fail' : findings.length ? 'incomplete' : 'pass';
  return { ...base, verdict, findings, errors: [] };
}
