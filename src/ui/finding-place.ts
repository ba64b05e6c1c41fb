import type { Finding } from '../core/rules/types';
import type { PageKind } from '../platform/adapter-schema';

/** The platform's places where a finding is fixed, named as its menu names them (see the catalogue's place.*). */
export type Place = 'plan' | 'task' | 'strategy' | 'inspectors' | 'results' | 'itemList' | 'registries';

/**
 * Where a finding is fixed on the platform: an item's legal basis in 随机抽查事项清单, a directed draw's conditions
 * on 添加策略, recusal when inspectors are drawn, a result on 检查结果录入; a plan rule about what the strategy sets
 * on the strategy page, about the task on the task page, else on the plan.
 */
export function placeOf(f: Finding): Place {
  const id = f.ruleId;
  // Inspectors are matched to objects, so many per object, on 随机抽取执法人员.
  if (id === 'strategy.recusal' || id === 'strategy.inspector-in-registry' || id === 'strategy.min-inspectors-per-object') return 'inspectors';
  if (id.startsWith('strategy.')) return 'strategy';
  if (id.startsWith('plan.item.')) return 'itemList';
  if (id.startsWith('result.')) return 'results';
  if (id.startsWith('registry.')) return 'registries';
  if (f.fields.some((p) => p.startsWith('plans[0].tasks[0].strategy'))) return 'strategy';
  if (f.fields.length && f.fields.every((p) => p.startsWith('plans[0].tasks[0]'))) return 'task';
  return 'plan';
}

export interface Placed {
  /** What can be fixed on this page, first. */
  here: Finding[];
  /** The rest, by the place it is fixed (其他环节), in the platform's order. */
  elsewhere: Array<{ place: Place; findings: Finding[] }>;
}

const ORDER: Place[] = ['itemList', 'plan', 'task', 'strategy', 'inspectors', 'results', 'registries'];

/**
 * The panel's findings, relevant first: those fixable on this page, the others grouped by where to fix them.
 * A rule that fails is not also shown as lacking data (数据不足) for another subject: the failure is what matters.
 */
export function placeFindings(kind: PageKind, findings: Finding[]): Placed {
  const failing = new Set(findings.filter((f) => f.status === 'fail').map((f) => f.ruleId));
  const shown = findings.filter((f) => !(f.status === 'incomplete' && failing.has(f.ruleId)));
  const here: Finding[] = [];
  const by = new Map<Place, Finding[]>();
  for (const f of shown) {
    const p = placeOf(f);
    // A page the platform does not split further (a list, a page read by the lexicon alone) keeps everything.
    if (p === kind || !ORDER.includes(kind as Place)) here.push(f);
    else by.set(p, [...(by.get(p) ?? []), f]);
  }
  return { here, elsewhere: ORDER.filter((p) => by.has(p)).map((place) => ({ place, findings: by.get(place)! })) };
}
