import { z } from 'zod';
import { defineRule } from '../types';
import { eachItem, fail, itemLabel, missing, pass } from '../walk';

const PARTS = [
  ['legalBasis', '抽查依据', 'legal basis'],
  ['subject', '抽查主体', 'subject'],
  ['content', '抽查内容', 'content'],
  ['method', '抽查方式', 'method'],
] as const;

export default defineRule({
  meta: {
    id: 'plan.item.has-basis',
    scope: 'plan',
    severity: 'error',
    risk: [],
    citations: [
      { file: 'changchun-chaoyang-2021.txt', section: '§三(三)', quote: '同时要编写明确的检查依据、主体、内容、方式等内容' },
      { file: 'nantong-tongzhou-2016.txt', section: '§三(一)2', quote: '清单应包括抽查依据、抽查主体、抽查内容、抽查方式等' },
    ],
    docs: {
      zh: '每个抽查事项须写明抽查依据、抽查主体、抽查内容和抽查方式（写在随机抽查事项清单中；未提供清单、计划也未写明依据时为数据不足）。',
      en: 'Every check item states its legal basis, subject, content and method (in the item list; without the list, and with no basis stated in the plan, not enough data).',
    },
    messages: {
      missingParts: {
        zh: '检查事项「{item}」缺少：{parts}',
        en: 'Check item "{item}" does not state: {partsEn}',
      },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    // The item list (随机抽查事项清单) is where basis, subject, content and method are stated; a plan
    // table does not restate them. Without the list, a plan none of whose items states a legal basis
    // gives nothing to judge: not enough data, not a breach.
    const restates = new Set(eachItem(dossier).filter(({ item }) => item.legalBasis?.trim()).map(({ plan }) => plan));
    return eachItem(dossier).map(({ plan, item, path, subject }) => {
      const absent = PARTS.filter(([key]) => !item[key]?.trim());
      if (!absent.length) return pass(subject);
      if (!dossier.itemList && !restates.has(plan)) return missing(subject, 'itemList', absent.map(([key]) => `${path}.${key}`));
      return fail(
        subject,
        'missingParts',
        { item: itemLabel(item), parts: absent.map((p) => p[1]).join('、'), partsEn: absent.map((p) => p[2]).join(', ') },
        absent.map(([key]) => `${path}.${key}`),
      );
    });
  },
});
