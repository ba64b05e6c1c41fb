import { z } from 'zod';
import { isHighRisk } from '../../model';
import { defineRule, type Outcome } from '../types';
import { eachTask, fail, missing, objectIndex, pass, taskSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'strategy.entity-frequency',
    scope: 'strategy',
    severity: 'warn',
    risk: [],
    citations: [
      { file: 'nantong-tongzhou-2016.txt', section: '§三(二)4', quote: '一年内对同一市场主体的抽查原则上不超过2次' },
      { file: 'nantong-tongzhou-2016.txt', section: '§三(二)4', quote: '食品药品安全、安全生产、公共安全、环境保护等直接涉及人民生命财产安全的特殊行业' },
    ],
    docs: {
      zh: '一年内对同一市场主体的抽查原则上不超过规定次数；投诉举报多、列入异常名录、有严重违法记录等高风险主体和特殊行业除外。',
      en: 'The same market entity is drawn at most the set number of times a year, unless high-risk or in a special industry.',
    },
    messages: {
      tooFrequent: {
        zh: '检查对象 {object} 今年已被抽查 {count} 次，本次将是第 {next} 次，超过原则上限 {max} 次',
        en: 'Object {object} has been checked {count} times this year; this draw would be check number {next}, above the limit of {max} in principle',
      },
    },
    params: z.strictObject({ maxPerYear: z.number().int().min(1).max(52), specialIndustries: z.array(z.string().min(1)) }),
  },
  check({ dossier, params }) {
    const objects = objectIndex(dossier);
    const out: Outcome[] = [];
    for (const { task, path } of eachTask(dossier)) {
      const drawn = task.draw?.objectIds ?? [];
      if (!drawn.length) continue;
      const s = taskSubject(task);
      if (!objects) {
        out.push(missing(s, 'objects'));
        continue;
      }
      let ok = true;
      drawn.forEach((id, i) => {
        const o = objects.get(id);
        if (!o) {
          ok = false;
          out.push(missing(s, `objects[id=${id}]`, [`${path}.draw.objectIds[${i}]`]));
          return;
        }
        // checksThisYear counts the checks before this draw, so this one is number checksThisYear + 1.
        const special = o.specialIndustry || params.specialIndustries.some((k) => o.industry?.includes(k));
        if (o.checksThisYear >= params.maxPerYear && !isHighRisk(o) && !special) {
          ok = false;
          out.push(fail(s, 'tooFrequent', { object: o.name ?? id, count: o.checksThisYear, next: o.checksThisYear + 1, max: params.maxPerYear }, [`${path}.draw.objectIds[${i}]`]));
        }
      });
      if (ok) out.push(pass(s));
    }
    return out;
  },
});
