import { z } from 'zod';
import { defineRule, type Outcome } from '../types';
import { eachTask, fail, inspectorIndex, missing, pass, taskSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'strategy.experts-extra',
    scope: 'strategy',
    severity: 'error',
    risk: [],
    citations: [{ file: 'beijing-fengtai-2019.txt', section: '§三(三)', quote: '可在满足执法检查人数要求的基础上,吸收检测机构、科研院所和专家学者等参与' }],
    docs: {
      zh: '专家、第三方专业技术人员可以参与检查，但不计入执法检查人员的法定人数。',
      en: 'Experts or third-party technicians may join a check but never count toward the minimum number of inspectors.',
    },
    messages: {
      expertCounted: {
        zh: '专家或第三方人员 {inspector} 被计入检查对象 {object} 的执法检查人员',
        en: 'Expert or third party {inspector} is counted among the inspectors of object {object}',
      },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    const registry = inspectorIndex(dossier);
    const out: Outcome[] = [];
    for (const { task, path } of eachTask(dossier)) {
      const assignments = task.draw?.assignments ?? [];
      if (!assignments.length) continue;
      const s = taskSubject(task);
      if (!registry) {
        out.push(missing(s, 'inspectors'));
        continue;
      }
      let ok = true;
      assignments.forEach((a, i) =>
        a.inspectorIds.forEach((id) => {
          const r = registry.get(id);
          if (r?.expert || r?.thirdParty) {
            ok = false;
            out.push(fail(s, 'expertCounted', { inspector: r.name ?? id, object: a.objectId }, [`${path}.draw.assignments[${i}].inspectorIds`]));
          }
        }),
      );
      if (ok) out.push(pass(s));
    }
    return out;
  },
});
