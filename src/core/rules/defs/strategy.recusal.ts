import { z } from 'zod';
import { defineRule, type Outcome } from '../types';
import { eachTask, fail, inspectorIndex, missing, pass, taskSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'strategy.recusal',
    scope: 'strategy',
    severity: 'error',
    risk: [],
    citations: [
      { file: 'shenzhen-2018.txt', section: '§二(一)3', quote: '建立检查人员递补抽取机制，对抽取的执法检查人员应依法回避' },
      { file: 'shenzhen-2018.txt', section: '§二(三)2', quote: '检查人员与被检查对象有利害关系的，应当依法回避' },
    ],
    docs: {
      zh: '与检查对象有利害关系的检查人员不得匹配给该对象，并按同一程序递补抽取。',
      en: 'An inspector with a conflict of interest with an object is never matched to it; a replacement is drawn by the same procedure.',
    },
    messages: {
      conflicted: {
        zh: '检查人员 {inspector} 与检查对象 {object} 有利害关系，应当回避',
        en: 'Inspector {inspector} has a conflict of interest with object {object} and must recuse',
      },
      conflictedByName: {
        zh: '检查人员 {inspector} 与检查对象 {object} 有利害关系，应当回避（页面未显示执法证号或人员编码，按姓名核对：如系同名的另一人员，请核实）',
        en: 'Inspector {inspector} has a conflict of interest with object {object} and must recuse (the page shows no licence or staff number, so this was matched by name: check whether it is a namesake)',
      },
      noReplacement: {
        zh: '检查对象 {object} 的回避人员 {inspector} 未递补',
        en: 'No replacement was drawn for recused inspector {inspector} of object {object}',
      },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    const registry = inspectorIndex(dossier);
    const out: Outcome[] = [];
    for (const { task, path } of eachTask(dossier)) {
      const draw = task.draw;
      if (!draw?.assignments.length && !draw?.replacements.length) continue;
      const s = taskSubject(task);
      if (!registry) {
        out.push(missing(s, 'inspectors'));
        continue;
      }
      // A name shared by two people of the registry is shown with the id that tells them apart.
      const shownName = (id: string) => {
        const name = registry.get(id)?.name;
        if (!name) return id;
        return [...registry.values()].some((x) => x.id !== id && x.name === name) ? `${name}（${id}）` : name;
      };
      const conflicted = (inspector: string, object: string) => registry.get(inspector)?.conflicts.includes(object) ?? false;
      let ok = true;
      draw.assignments.forEach((a, i) =>
        [...a.inspectorIds, ...a.expertIds].forEach((id) => {
          if (conflicted(id, a.objectId)) {
            ok = false;
            out.push(fail(s, registry.get(id)?.nameOnly ? 'conflictedByName' : 'conflicted', { inspector: shownName(id), object: a.objectId }, [`${path}.draw.assignments[${i}]`]));
          }
        }),
      );
      draw.replacements.forEach((r, i) => {
        const field = `${path}.draw.replacements[${i}].replacementInspectorId`;
        if (!r.replacementInspectorId) {
          ok = false;
          out.push(fail(s, 'noReplacement', { inspector: r.excludedInspectorId, object: r.objectId }, [field]));
        } else if (conflicted(r.replacementInspectorId, r.objectId)) {
          ok = false;
          out.push(fail(s, 'conflicted', { inspector: r.replacementInspectorId, object: r.objectId }, [field]));
        }
      });
      if (ok) out.push(pass(s));
    }
    return out;
  },
});
