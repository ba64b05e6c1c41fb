import { z } from 'zod';
import { defineRule, type Outcome } from '../types';
import { eachPlan, fail, pass, planSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'plan.temporary.basis',
    scope: 'plan',
    severity: 'error',
    risk: ['A-3'],
    citations: [
      { file: 'changchun-chaoyang-2021.txt', section: '§三(四)4', quote: '临时决定增加的检查等必须采取随机抽查的方式进行' },
      { file: 'changchun-chaoyang-2021.txt', section: '§三(四)4', quote: '要严格规范报批、备案等程序，应当附合法检查依据' },
    ],
    docs: {
      zh: '临时抽查计划必须采取随机抽查方式，附合法检查依据，并履行报批、备案程序。',
      en: 'A temporary plan samples at random, attaches its legal basis, and is approved or filed.',
    },
    messages: {
      noBasis: { zh: '临时抽查计划未附合法检查依据', en: 'The temporary plan attaches no legal basis' },
      notApproved: { zh: '临时抽查计划未履行报批、备案程序', en: 'The temporary plan has not been approved or filed' },
      notRandom: { zh: '临时抽查计划未采取随机抽查方式', en: 'The temporary plan does not sample at random' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return eachPlan(dossier)
      .filter(({ plan }) => plan.kind === 'temporary')
      .flatMap(({ plan, path }) => {
        const s = planSubject(plan);
        const t = plan.temporary;
        const out: Outcome[] = [];
        if (!t?.legalBasis?.trim()) out.push(fail(s, 'noBasis', {}, [`${path}.temporary.legalBasis`]));
        if (!t?.approval) out.push(fail(s, 'notApproved', {}, [`${path}.temporary.approval`]));
        if (t?.random === false || plan.randomMode !== 'double' || plan.nonRandom)
          out.push(fail(s, 'notRandom', {}, [t?.random === false ? `${path}.temporary.random` : `${path}.randomMode`]));
        return out.length ? out : [pass(s)];
      });
  },
});
