import { z } from 'zod';
import { defineRule, type Outcome } from '../types';
import { eachItem, fail, itemLabel, pass } from '../walk';

export default defineRule({
  meta: {
    id: 'plan.rate.full-inspection',
    scope: 'plan',
    severity: 'warn',
    risk: [],
    citations: [{ file: 'beijing-xicheng-2016.txt', section: '§二(一)', quote: '遇到重大活动保障、重要专项整治应启动市场主体全面检查，不适用随机抽查' }],
    docs: {
      zh: '抽查比例 100% 是全面检查，不是随机抽取：不经摇号，宜说明全面检查的依据。',
      en: 'A rate of 100% is a full inspection, not a random draw: nothing is drawn, and the grounds for a full inspection should be stated.',
    },
    messages: {
      full: { zh: '检查事项「{item}」抽查比例 100%，是全面检查而非随机抽查', en: 'Item "{item}" samples 100%: a full inspection, not a random draw' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    const out: Outcome[] = [];
    for (const { item, path, subject } of eachItem(dossier)) {
      const bounds = [item.rate?.percent, ...(item.rate?.parts ?? [])].filter((b) => !!b);
      const full = item.ratePercent === 100 || bounds.some((b) => b!.exact === 100 || b!.min === 100);
      if (item.ratePercent === undefined && !bounds.length) continue;
      out.push(full ? fail(subject, 'full', { item: itemLabel(item) }, [item.rate ? `${path}.rate` : `${path}.ratePercent`]) : pass(subject));
    }
    return out;
  },
});
