import { z } from 'zod';
import { CREDIT_CLASSES } from '../../model';
import { defineRule, type Outcome } from '../types';
import { eachTask, fail, pass, taskSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'strategy.risk-rate-order',
    scope: 'strategy',
    severity: 'warn',
    risk: [],
    citations: [
      { file: 'shenzhen-2018.txt', section: '§二(一)3', quote: '应适当提高抽查比例和频次，加大检查力度' },
      { file: 'beijing-xicheng-2016.txt', section: '§四(二)', quote: '要通过提高随机抽查的比例和频次，加大监管力度' },
      { file: 'nantong-tongzhou-2016.txt', section: '§三(二)4', quote: '可以加大随机抽查力度' },
    ],
    docs: {
      zh: '风险越高的信用等级（以及有投诉举报、异常名录、失信、严重违法记录的对象）抽查比例不应低于风险较低的等级。',
      en: 'Higher-risk classes (and objects with complaints, abnormal-list, dishonesty or serious-violation records) get a rate no lower than lower-risk classes.',
    },
    messages: {
      inverted: {
        zh: '{higher} 类（风险更高）抽查比例 {higherRate}% 低于 {lower} 类的 {lowerRate}%',
        en: 'Class {higher} (higher risk) samples {higherRate}%, less than class {lower} at {lowerRate}%',
      },
      flaggedLow: {
        zh: '有投诉举报、异常名录等记录的对象抽查比例 {rate}% 低于一般对象的 {general}%',
        en: 'Objects with complaint, abnormal-list or similar records sample {rate}%, less than ordinary objects at {general}%',
      },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    const out: Outcome[] = [];
    for (const { task, path } of eachTask(dossier)) {
      const rates = task.strategy?.creditClassRates;
      if (!rates || !Object.keys(rates).length) continue;
      const s = taskSubject(task);
      const given = CREDIT_CLASSES.filter((c) => rates[c] !== undefined);
      let ok = true;
      // Each class against the next given one: A ≤ B ≤ C ≤ D.
      for (let i = 1; i < given.length; i++) {
        const lower = given[i - 1];
        const higher = given[i];
        if (rates[higher]! < rates[lower]!) {
          ok = false;
          out.push(fail(s, 'inverted', { higher, higherRate: rates[higher]!, lower, lowerRate: rates[lower]! }, [`${path}.strategy.creditClassRates.${higher}`]));
        }
      }
      const flagged = task.strategy!.flaggedRate;
      const general = Math.max(rates.A ?? 0, rates.B ?? 0);
      if (flagged !== undefined && flagged < general) {
        ok = false;
        out.push(fail(s, 'flaggedLow', { rate: flagged, general }, [`${path}.strategy.flaggedRate`]));
      }
      if (ok) out.push(pass(s));
    }
    return out;
  },
});
