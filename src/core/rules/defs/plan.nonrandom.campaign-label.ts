import { z } from 'zod';
import { defineRule } from '../types';
import { eachPlan, fail, pass, planSubject } from '../walk';

/** Names under which checks were run without random sampling (changchun-chaoyang-2021 §二). */
const CAMPAIGN = /专项整治|专项行动|联合行动|集中整治|百日行动|专项检查|集中行动/;
const FULL_INSPECTION_GROUNDS = new Set(['major-event', 'special-rectification']);

export default defineRule({
  meta: {
    id: 'plan.nonrandom.campaign-label',
    scope: 'plan',
    severity: 'error',
    risk: ['A-3'],
    citations: [
      { file: 'changchun-chaoyang-2021.txt', section: '§二', quote: '重点整顿规范各类专项整治、联合行动等名义不采取“双随机、一公开”方式的检查' },
    ],
    docs: {
      zh: '以专项整治、联合行动等名义开展、却不采取“双随机、一公开”方式的检查，予以标记（经批准的重大活动保障、重要专项整治全面检查除外）。',
      en: 'A check run as a special campaign or joint action without double-random sampling is flagged (an approved full inspection for a major event or major special rectification excepted).',
    },
    messages: {
      campaignWithoutRandom: {
        zh: '以「{campaign}」名义开展的检查未采取“双随机、一公开”方式',
        en: 'The check run as "{campaign}" does not use double-random sampling',
      },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return eachPlan(dossier).flatMap(({ plan, path }) => {
      const label = [plan.campaign, plan.name].find((s) => s && CAMPAIGN.test(s));
      if (!label) return [];
      const s = planSubject(plan);
      const random = plan.randomMode === 'double' && !plan.nonRandom;
      const approvedFullInspection = !!plan.nonRandom?.approval && FULL_INSPECTION_GROUNDS.has(plan.nonRandom.ground ?? '');
      if (random || approvedFullInspection) return [pass(s)];
      return [fail(s, 'campaignWithoutRandom', { campaign: label.match(CAMPAIGN)![0] }, [plan.nonRandom ? `${path}.nonRandom` : `${path}.randomMode`])];
    });
  },
});
