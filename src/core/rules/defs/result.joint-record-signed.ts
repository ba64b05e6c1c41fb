import { z } from 'zod';
import { defineRule } from '../types';
import { eachResult, fail, isJointTask, missing, pass, resultSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'result.joint-record-signed',
    scope: 'result',
    severity: 'error',
    risk: [],
    citations: [{ file: 'shenzhen-2018.txt', section: '§二(三)3', quote: '联合抽查各部门的执法检查人员应当在《双随机抽查记录表》上签名' }],
    docs: {
      zh: '联合抽查各部门的执法检查人员应在《双随机抽查记录表》上签名。',
      en: 'Every inspector of a joint check signs the double-random check record form.',
    },
    messages: {
      unsigned: { zh: '检查人员 {inspectors} 未在《双随机抽查记录表》上签名', en: 'Inspector(s) {inspectors} did not sign the check record form' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return eachResult(dossier)
      .filter(({ plan, task }) => isJointTask(plan, task))
      .map(({ task, result, path }) => {
        const s = resultSubject(task, result);
        // Who checked: the result's own list, else the inspectors the draw matched to this object.
        const inspectors = result.inspectorIds.length
          ? result.inspectorIds
          : (task.draw?.assignments.find((a) => a.objectId === result.objectId)?.inspectorIds ?? []);
        if (!inspectors.length) return missing(s, `${path}.inspectorIds`);
        if (!result.recordSignedBy) return missing(s, `${path}.recordSignedBy`);
        const unsigned = inspectors.filter((id) => !result.recordSignedBy!.includes(id));
        return unsigned.length ? fail(s, 'unsigned', { inspectors: unsigned.join('、') }, [`${path}.recordSignedBy`]) : pass(s);
      });
  },
});
