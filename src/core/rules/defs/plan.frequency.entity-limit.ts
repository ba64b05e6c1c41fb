import { z } from 'zod';
import { defineRule, type Outcome } from '../types';
import { eachItem, fail, itemLabel, pass } from '../walk';

export default defineRule({
  meta: {
    id: 'plan.frequency.entity-limit',
    scope: 'plan',
    severity: 'warn',
    risk: [],
    citations: [{ file: 'nantong-tongzhou-2016.txt', section: '§三(二)4', quote: '一年内对同一市场主体的抽查原则上不超过2次' }],
    docs: {
      zh: '抽查频次高于同一主体一年内的抽查次数上限时，同一主体可能被抽查超过上限（全面检查时必然超过）；特殊行业和高风险主体除外，需说明理由。',
      en: 'A check run more often a year than the per-entity limit may check the same entity beyond it (a full inspection certainly does); special industries and high-risk entities excepted, with a reason.',
    },
    messages: {
      tooOften: {
        zh: '检查事项「{item}」每年抽查 {times} 次，超过同一主体一年内原则上不超过 {max} 次的上限；须确保同一主体不被抽查超过 {max} 次',
        en: 'Item "{item}" runs {times} times a year, above the limit of {max} checks of the same entity a year; the same entity must not be drawn more than {max} times',
      },
      fullAndOften: {
        zh: '检查事项「{item}」全面检查（100%）且每年 {times} 次：每个主体都将被检查 {times} 次，超过上限 {max} 次',
        en: 'Item "{item}" checks every object (100%) {times} times a year: each entity is checked {times} times, above the limit of {max}',
      },
    },
    params: z.strictObject({ maxPerYear: z.number().int().min(1).max(52) }),
  },
  check({ dossier, params }) {
    const out: Outcome[] = [];
    for (const { item, path, subject } of eachItem(dossier)) {
      const f = item.frequency;
      const times = f?.exact ?? f?.min;
      if (times === undefined) continue; // no frequency stated: nothing to judge here
      const field = `${path}.frequency`;
      if (times <= params.maxPerYear) {
        out.push(pass(subject, [field]));
        continue;
      }
      const full = item.ratePercent === 100 || item.rate?.percent?.exact === 100 || item.rate?.percent?.min === 100;
      out.push(fail(subject, full ? 'fullAndOften' : 'tooOften', { item: itemLabel(item), times, max: params.maxPerYear }, [field]));
    }
    return out;
  },
});
