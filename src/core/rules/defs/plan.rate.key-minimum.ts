import { z } from 'zod';
import { Percent } from '../../model';
import { defineRule } from '../types';
import { judgeRates } from '../rates';

export default defineRule({
  meta: {
    id: 'plan.rate.key-minimum',
    scope: 'plan',
    severity: 'warn',
    risk: [],
    citations: [
      { file: 'changchun-chaoyang-2021.txt', section: '§三(四)1', quote: '原则上一般检查事项抽查比例不得低于监管对象的 3%,不高于 20%；重点检查事项抽查比例不得低于 20%' },
      { file: 'beijing-fengtai-2019.txt', section: '§三(二)', quote: '抽查比例不设上限' },
    ],
    docs: {
      zh: '重点检查事项的抽查比例不得低于下限，不设上限。',
      en: 'A key check item samples at least the minimum rate; there is no upper cap.',
    },
    messages: {
      tooLow: { zh: '重点检查事项「{item}」抽查比例 {rate}% 低于下限 {min}%', en: 'Key item "{item}" samples {rate}%, below the minimum of {min}%' },
    },
    params: z.strictObject({ minPercent: Percent }),
  },
  check({ dossier, params }) {
    return judgeRates(dossier, 'key', { min: params.minPercent });
  },
});
