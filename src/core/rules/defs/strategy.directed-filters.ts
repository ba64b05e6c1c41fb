import { z } from 'zod';
import { activeFilters, type DirectedFilters } from '../../model';
import { defineRule, type Outcome, type Subject } from '../types';
import { eachPlan, eachTask, fail, missing, pass, planSubject, taskSubject } from '../walk';

function judge(directed: boolean | undefined, filters: DirectedFilters | undefined, s: Subject, path: string): Outcome {
  if (directed === undefined) return missing(s, `${path}.directed`);
  const active = activeFilters(filters);
  if (directed && !active.length) return fail(s, 'directedWithoutFilters', {}, [`${path}.filters`]);
  if (!directed && active.length) return fail(s, 'undirectedWithFilters', { filters: active.join(', ') }, [`${path}.filters`]);
  return pass(s);
}

export default defineRule({
  meta: {
    id: 'strategy.directed-filters',
    scope: 'strategy',
    severity: 'error',
    risk: [],
    citations: [
      { file: 'beijing-xicheng-2016.txt', section: '§二(一)', quote: '定向抽查是指按照被检查主体类型、行业、地理区域等特定条件随机摇号抽取确定名单' },
      { file: 'nantong-tongzhou-2016.txt', section: '§三(二)1', quote: '定向抽查即按照市场主体类型、经营规模、行业类别、地理区域等特定范围通过摇号方式' },
    ],
    docs: {
      zh: '定向抽查须写明抽取条件（类型、行业、区域、规模、风险等）；不定向抽查不设条件。',
      en: 'A directed draw states its filters (type, industry, region, scale, risk); a non-directed draw has none.',
    },
    messages: {
      directedWithoutFilters: { zh: '定向抽查未设定抽取条件', en: 'The directed draw states no filter' },
      undirectedWithFilters: { zh: '不定向抽查设定了抽取条件（{filters}），应改为定向抽查', en: 'The non-directed draw has filters ({filters}); make it a directed draw' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    const plans = eachPlan(dossier).map(({ plan, path }) => judge(plan.directed, plan.filters, planSubject(plan), path));
    const tasks = eachTask(dossier)
      .filter(({ task }) => task.strategy)
      .map(({ task, path }) => judge(task.strategy!.directed ?? task.directed, task.strategy!.filters, taskSubject(task), `${path}.strategy`));
    return [...plans, ...tasks];
  },
});
