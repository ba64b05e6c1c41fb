import { z } from 'zod';
import { defineRule, type Outcome } from '../types';
import { eachPlan, fail, pass, planSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'plan.nonrandom.exemption',
    scope: 'plan',
    severity: 'error',
    risk: ['A-3'],
    citations: [
      { file: 'shenzhen-2018.txt', section: '§一(三)', quote: '除查处投诉举报、开展大数据监测、预警、办理转办交办事项或上级部门有特殊要求等情形外' },
      { file: 'beijing-xicheng-2016.txt', section: '§二(一)', quote: '遇到重大活动保障、重要专项整治应启动市场主体全面检查，不适用随机抽查' },
      { file: 'changchun-chaoyang-2021.txt', section: '§一', quote: '投诉举报、转办交办、数据监测等情况的检查，要严格规范报批、备案等程序' },
    ],
    docs: {
      zh: '不采取随机抽查的检查，须属于允许的情形（投诉举报、转办交办、数据监测、上级特殊要求、重大活动保障或重要专项整治的全面检查），并履行报批、备案程序。',
      en: 'A check not done by random sampling claims an allowed ground (complaint, referral, data monitoring, a higher-level requirement, major-event safeguarding or major special rectification) and records its approval or filing.',
    },
    messages: {
      noGround: {
        zh: '非随机检查未说明属于哪种允许的情形{text}',
        en: 'The non-random check claims none of the allowed grounds{textEn}',
      },
      notApproved: { zh: '非随机检查未履行报批、备案程序', en: 'The non-random check has no recorded approval or filing' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return eachPlan(dossier)
      .filter(({ plan }) => plan.nonRandom)
      .flatMap(({ plan, path }) => {
        const s = planSubject(plan);
        const nr = plan.nonRandom!;
        const out: Outcome[] = [];
        // A free-text ground is not one of the listed grounds: it is shown back so the user can pick one.
        if (!nr.ground) out.push(fail(s, 'noGround', { text: nr.groundText ? `（${nr.groundText}）` : '', textEn: nr.groundText ? ` (stated: ${nr.groundText})` : '' }, [`${path}.nonRandom.ground`]));
        if (!nr.approval) out.push(fail(s, 'notApproved', {}, [`${path}.nonRandom.approval`]));
        return out.length ? out : [pass(s)];
      });
  },
});
