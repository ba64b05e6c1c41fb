import { z } from 'zod';
import { Percent } from '../../model';
import { defineRule } from '../types';
import { fail, itemLabel, pass, planSubject } from '../walk';
import { eachRate } from '../rates';

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
    // Every key rate the plan sets (plan items, task items, fixed counts over a library size,
    // strategy ratio entries), kept once per plan and item at its highest value.
    const high = new Map<string, { planIndex: number; itemId: string; label: string; rate: number; field: string }>();
    for (const r of eachRate(dossier)) {
      if (r.item.kind !== 'key' || r.percent === undefined || r.percent < params.highRatePercent) continue;
      const planIndex = Number(/^plans\[(\d+)\]/.exec(r.field)![1]);
      const key = `${planIndex}/${r.item.itemId}`;
      const seen = high.get(key);
      if (!seen || r.percent > seen.rate)
        high.set(key, { planIndex, itemId: r.item.itemId, label: itemLabel(r.item), rate: Math.round(r.percent * 100) / 100, field: r.field });
    }
    return [...high.values()].map(({ planIndex, itemId, label, rate, field }) => {
      const plan = dossier.plans[planIndex];
      // Tasks that carry the item (or, when a task lists no items, any task of the plan) hold the draw.
      const tasks = plan.tasks.filter(
        (t) => !t.items.length || t.items.some((x) => x.itemId === itemId) || t.strategy?.entries.some((e) => e.itemId === itemId),
      );
      const ordered = tasks.some((t) => (t.draw?.batchOrder?.length ?? 0) > 0);
      return ordered ? pass(planSubject(plan), [field]) : fail(planSubject(plan), 'noBatchOrder', { item: label, rate }, [field]);
    });
  },
});
