/**
 * The built-in scenarios (one JSON file each, validated here) and a loader for a trainer's own folder.
 * Bad files are refused with the file and field named; the good ones still load.
 */
import { parseWith } from '../../core/model';
import { Scenario } from '../scenario-schema';
import jointTooMany from './joint-too-many-departments.json';
import generalItem25 from './general-item-25-percent.json';
import endsDec5 from './task-ends-december-5.json';
import temporaryNoBasis from './temporary-without-basis.json';
import campaignNoRandom from './campaign-without-random.json';
import outsideRegistry from './inspector-outside-registry.json';
import conflict from './inspector-conflict.json';
import publishedLate from './published-late-national-day.json';
import noJointCheck from './department-without-joint-check.json';
import thirdTime from './entity-drawn-third-time.json';

export const BUILTIN_SCENARIO_FILES: Record<string, unknown> = {
  'joint-too-many-departments.json': jointTooMany,
  'general-item-25-percent.json': generalItem25,
  'task-ends-december-5.json': endsDec5,
  'temporary-without-basis.json': temporaryNoBasis,
  'campaign-without-random.json': campaignNoRandom,
  'inspector-outside-registry.json': outsideRegistry,
  'inspector-conflict.json': conflict,
  'published-late-national-day.json': publishedLate,
  'department-without-joint-check.json': noJointCheck,
  'entity-drawn-third-time.json': thirdTime,
};

export interface ScenarioSet {
  scenarios: Scenario[];
  /** Files refused, each with the reason (file and field). */
  refused: Array<{ file: string; errors: string[] }>;
}

/** Validate scenario files (name → parsed JSON); a duplicate id is refused, the first one kept. */
export function parseScenarios(files: Record<string, unknown>, ruleIds?: ReadonlySet<string>): ScenarioSet {
  const out: ScenarioSet = { scenarios: [], refused: [] };
  for (const [file, raw] of Object.entries(files)) {
    const r = parseWith(Scenario, raw, file);
    if (!r.ok) {
      out.refused.push({ file, errors: r.errors.map((e) => `${e.path}: ${e.zh} / ${e.en}`) });
      continue;
    }
    if (ruleIds && !ruleIds.has(r.value.rule)) out.refused.push({ file, errors: [`${file}.rule: 未知的规则 / unknown rule ${r.value.rule}`] });
    else if (out.scenarios.some((s) => s.id === r.value.id)) out.refused.push({ file, errors: [`${file}.id: 重复的情景编号 / duplicate scenario id ${r.value.id}`] });
    else out.scenarios.push(r.value);
  }
  return out;
}

export const builtinScenarios = (ruleIds?: ReadonlySet<string>) => parseScenarios(BUILTIN_SCENARIO_FILES, ruleIds);
