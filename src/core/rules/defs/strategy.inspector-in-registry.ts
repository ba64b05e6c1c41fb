import { z } from 'zod';
import { RegistryKind } from '../../model';
import { defineRule, type Outcome } from '../types';
import { distinct, eachTask, fail, inspectorIndex, missing, pass, taskSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'strategy.inspector-in-registry',
    scope: 'strategy',
    severity: 'error',
    risk: ['A-7'],
    citations: [{ file: 'changchun-chaoyang-2021.txt', section: '§三(五)', quote: '成员来源不得超出上述三类库' }],
    docs: {
      zh: '检查人员必须来自执法检查人员名录库，且属于允许的三类库（行政执法类公务员、具备行政执法资格人员、日常从事监管工作人员），失效人员不得抽取。',
      en: 'Every inspector comes from the inspector registry, of an allowed kind (enforcement civil servant, qualified enforcement staff, routine supervision staff), and is active.',
    },
    messages: {
      notInRegistry: { zh: '检查人员 {inspector} 不在执法检查人员名录库中', en: 'Inspector {inspector} is not in the inspector registry' },
      inactive: { zh: '检查人员 {inspector} 已失效，不纳入抽取范围', en: 'Inspector {inspector} is no longer active and may not be drawn' },
      kindNotAllowed: {
        zh: '检查人员 {inspector} 的名录库类别（{kind}）不在允许的三类库内',
        en: 'Inspector {inspector} is of registry kind "{kind}", not one of the allowed kinds',
      },
    },
    params: z.strictObject({ allowedKinds: z.array(RegistryKind).min(1) }),
  },
  check({ dossier, params }) {
    const registry = inspectorIndex(dossier);
    const out: Outcome[] = [];
    for (const { task, path } of eachTask(dossier)) {
      const ids = distinct([...task.inspectorIds, ...(task.draw?.assignments ?? []).flatMap((a) => a.inspectorIds)]);
      if (!ids.length) continue;
      const s = taskSubject(task);
      if (!registry) {
        out.push(missing(s, 'inspectors'));
        continue;
      }
      const field = task.inspectorIds.length ? `${path}.inspectorIds` : `${path}.draw.assignments`;
      let ok = true;
      for (const id of ids) {
        const r = registry.get(id);
        const bad = !r
          ? fail(s, 'notInRegistry', { inspector: id }, [field])
          : !r.active
            ? fail(s, 'inactive', { inspector: r.name ?? id }, [field])
            : !r.registryKind || !params.allowedKinds.includes(r.registryKind)
              ? fail(s, 'kindNotAllowed', { inspector: r.name ?? id, kind: r.registryKind ?? '未登记' }, [field])
              : undefined;
        if (bad) {
          ok = false;
          out.push(bad);
        }
      }
      if (ok) out.push(pass(s));
    }
    return out;
  },
});
