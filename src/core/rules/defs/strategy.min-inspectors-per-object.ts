import { z } from 'zod';
import { defineRule, type Outcome } from '../types';
import { eachTask, fail, inspectorIndex, missing, pass, taskSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'strategy.min-inspectors-per-object',
    scope: 'strategy',
    severity: 'error',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(三)2', quote: '实施检查时，检查人员不得少于两人' }],
    docs: {
      zh: '每户检查对象配置的检查人员不得少于规定人数（专家、第三方人员不计入）。',
      en: 'Each object gets at least the set number of inspectors (experts and third parties not counted).',
    },
    messages: {
      perObjectTooFew: {
        zh: '策略为每户检查对象配置检查人员 {n} 个，少于 {min} 个',
        en: 'The strategy assigns {n} inspectors per object, fewer than {min}',
      },
      objectTooFew: {
        zh: '检查对象 {object} 只配置了 {n} 名检查人员（不含专家、第三方），少于 {min} 名',
        en: 'Object {object} has {n} inspectors (experts and third parties excluded), fewer than {min}',
      },
    },
    params: z.strictObject({ min: z.number().int().min(1).max(20) }),
  },
  check({ dossier, params }) {
    const registry = inspectorIndex(dossier);
    const out: Outcome[] = [];
    for (const { task, path } of eachTask(dossier)) {
      const s = taskSubject(task);
      const perObject = task.strategy?.inspectorsPerObject;
      const assignments = task.draw?.assignments ?? [];
      if (perObject === undefined && !assignments.length) {
        if (task.strategy) out.push(missing(s, `${path}.strategy.inspectorsPerObject`));
        continue;
      }
      let ok = true;
      if (perObject !== undefined && perObject < params.min) {
        ok = false;
        out.push(fail(s, 'perObjectTooFew', { n: perObject, min: params.min }, [`${path}.strategy.inspectorsPerObject`]));
      }
      assignments.forEach((a, i) => {
        const counted = a.inspectorIds.filter((id) => {
          const r = registry?.get(id);
          return !(r?.expert || r?.thirdParty);
        });
        if (counted.length < params.min) {
          ok = false;
          out.push(fail(s, 'objectTooFew', { object: a.objectId, n: counted.length, min: params.min }, [`${path}.draw.assignments[${i}].inspectorIds`]));
        }
      });
      if (ok) out.push(pass(s));
    }
    return out;
  },
});
