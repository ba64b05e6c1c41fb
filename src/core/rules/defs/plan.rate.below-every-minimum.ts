import { z } from 'zod';
import { Percent, type PlanItem } from '../../model';
import { defineRule, type Outcome } from '../types';
import { eachItem, fail, itemLabel, missing, pass } from '../walk';

/** The lowest rate an item commits to: its minimum or exact rate, or the lowest of its parts; a count over a known library size counts. */
export function committedRate(item: PlanItem): { percent?: number; maxOnly?: boolean } {
  const r = item.rate;
  if (!r) return { percent: item.ratePercent ?? (item.fixedCount !== undefined ? undefined : undefined) };
  const lows = [r.percent, ...(r.parts ?? [])].filter((b) => !!b).map((b) => b!.exact ?? b!.min).filter((x): x is number => x !== undefined);
  if (lows.length) return { percent: Math.min(...lows) };
  const count = r.count?.exact ?? r.count?.min;
  if (count !== undefined && r.librarySize) return { percent: Math.round((count / r.librarySize) * 10000) / 100 };
  return { maxOnly: !!(r.percent?.max !== undefined || r.parts?.some((p) => p.max !== undefined)) };
}

export default defineRule({
  meta: {
    id: 'plan.rate.below-every-minimum',
    scope: 'plan',
    severity: 'warn',
    risk: [],
    citations: [{ file: 'changchun-chaoyang-2021.txt', section: '§三(四)1', quote: '原则上一般检查事项抽查比例不得低于监管对象的 3%' }],
    docs: {
      zh: '事项类别（一般/重点）未写明时，抽查比例低于所有类别中最低的下限，无论属于哪一类都不合规。',
      en: 'When an item’s kind (general or key) is not stated, a rate below the lowest minimum of every kind fails whatever the kind.',
    },
    messages: {
      belowAll: {
        zh: '检查事项「{item}」抽查比例 {rate}% 低于任何类别事项的最低下限 {min}%（一般事项不低于 3%，重点事项更高），无论属于哪一类均不合规',
        en: 'Item "{item}" samples {rate}%, below the lowest minimum of any kind ({min}%): non-compliant whatever its kind',
      },
    },
    params: z.strictObject({ minPercent: Percent }),
  },
  check({ dossier, params }) {
    const out: Outcome[] = [];
    for (const { item, path, subject } of eachItem(dossier)) {
      if (item.kind !== undefined) continue; // the kind's own rule judges it
      const field = item.rate ? `${path}.rate` : `${path}.ratePercent`;
      const { percent, maxOnly } = committedRate(item);
      if (percent === undefined) {
        if (maxOnly) out.push(missing(subject, `${path}.rate.percent.min`));
        continue; // no rate at all: the kinds' rules report it
      }
      out.push(percent < params.minPercent ? fail(subject, 'belowAll', { item: itemLabel(item), rate: percent, min: params.minPercent }, [field]) : pass(subject, [field]));
    }
    return out;
  },
});
