import { z } from 'zod';
import { Percent } from '../../model';
import { defineRule } from '../types';
import { judgeRates } from '../rates';

export default defineRule({
  meta: {
    id: 'plan.rate.general-bounds',
    scope: 'plan',
    severity: 'warn',
    risk: [],
    citations: [
      { file: 'changchun-chaoyang-2021.txt', section: '§三(四)1', quote: '原则上一般检查事项抽查比例不得低于监管对象的 3%,不高于 20%' },
      { file: 'beijing-fengtai-2019.txt', section: '§三(二)', quote: '抽查比例应根据监管实际情况设置上限' },
    ],
    docs: {
      zh: '一般检查事项的抽查比例须在下限和上限之间（占监管对象的比例）。',
      en: 'A general check item samples between the minimum and maximum share of the object library.',
    },
    messages: {
      tooLow: { zh: '一般检查事项「{item}」抽查比例 {rate}% 低于下限 {min}%', en: 'General item "{item}" samples {rate}%, below the minimum of {min}%' },
      tooHigh: { zh: '一般检查事项「{item}」抽查比例 {rate}% 高于上限 {max}%', en: 'General item "{item}" samples {rate}%, above the maximum of {max}%' },
    },
    params: z
      .strictObject({ minPercent: Percent, maxPercent: Percent })
      .refine((p) => p.minPercent <= p.maxPercent, { message: 'minPercent must not exceed maxPercent', params: { zh: '下限不能高于上限', en: 'minPercent must not exceed maxPercent' } }),
  },
  check({ dossier, params }) {
    return judgeRates(dossier, 'general', { min: params.minPercent, max: params.maxPercent });
  },
});
