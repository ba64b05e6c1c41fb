import { z } from 'zod';
import { Percent } from '../../model';
import { defineRule } from '../types';
import { eachPlan, fail, itemLabel, pass, planSubject, resolveItem } from '../walk';

export default defineRule({
  meta: {
    id: 'plan.rate.key-batch-order',
    scope: 'plan',
    severity: 'info',
    risk: [],
    citations: [{ file: 'beijing-fengtai-2019.txt', section: '§三(二)', quote: '抽查比例高的,可通过随机抽取的方式确定检查批次顺序' }],
    docs: {
      zh: '抽查比例高的重点检查事项，可通过随机抽取确定检查批次顺序。',
      en: 'A key item with a high rate draws the order of its check batches at random.',
    },
    messages: {
      noBatchOrder: {
        zh: '重点检查事项「{item}」抽查比例 {rate}%，建议随机抽取检查批次顺序',
        en: 'Key item "{item}" samples {rate}%: draw its batch order at random',
      },
    },
    params: z.strictObject({ highRatePercent: Percent }),
  },
  check({ dossier, params }) {
    return eachPlan(dossier).flatMap(({ plan, path }) =>
      plan.items.flatMap((raw, i) => {
        const item = resolveItem(dossier, raw);
        if (item.kind !== 'key' || item.ratePercent === undefined || item.ratePercent < params.highRatePercent) return [];
        // Tasks that carry the item (or, when tasks list no items, any task of the plan) hold the draw.
        const tasks = plan.tasks.filter((t) => !t.items.length || t.items.some((x) => x.itemId === item.itemId));
        const ordered = tasks.some((t) => (t.draw?.batchOrder?.length ?? 0) > 0);
        return [
          ordered
            ? pass(planSubject(plan))
            : fail(planSubject(plan), 'noBatchOrder', { item: itemLabel(item), rate: item.ratePercent }, [`${path}.items[${i}].ratePercent`]),
        ];
      }),
    );
  },
});
