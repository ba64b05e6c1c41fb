import { z } from 'zod';
import { defineRule, type Outcome } from '../types';
import { distinct, eachTask, fail, missing, pass, taskSubject } from '../walk';

export default defineRule({
  meta: {
    id: 'plan.duplicate.cross-level',
    scope: 'plan',
    severity: 'warn',
    risk: [],
    citations: [{ file: 'changchun-chaoyang-2021.txt', section: '§三(七)1', quote: '未经批准，不得重复进行' }],
    docs: {
      zh: '同一系统的上下级机关在同一年对同一企业、同一事项的一般检查，未经批准不得重复进行。',
      en: 'The same item on the same object by an upper or lower office of the same system within the year is a repeat check unless approved.',
    },
    messages: {
      repeat: {
        zh: '对象 {object} 的事项 {item} 已于 {on} 由同一系统的 {by} 检查过，未经批准不得重复检查',
        en: 'Object {object} was already checked on item {item} on {on} by {by} of the same system; repeating it needs approval',
      },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    const systemOf = new Map((dossier.departments ?? []).map((d) => [d.id, d.system]));
    const out: Outcome[] = [];
    for (const { plan, task, path } of eachTask(dossier)) {
      const objects = distinct([...(task.draw?.objectIds ?? []), ...task.results.map((r) => r.objectId)]);
      if (!objects.length) continue;
      const s = taskSubject(task);
      // Point at where the object appears: the draw, or else the result that names it.
      const objectField = (id: string) => {
        const d = task.draw?.objectIds.indexOf(id) ?? -1;
        return d >= 0 ? `${path}.draw.objectIds[${d}]` : `${path}.results[${task.results.findIndex((r) => r.objectId === id)}].objectId`;
      };
      if (!dossier.priorChecks) {
        out.push(missing(s, 'priorChecks'));
        continue;
      }
      const lead = task.participants.find((p) => p.role === 'lead') ?? plan.participants.find((p) => p.role === 'lead') ?? plan.participants[0];
      const system = lead && systemOf.get(lead.departmentId);
      if (!system) {
        out.push(missing(s, 'departments[].system'));
        continue;
      }
      const items = new Set((task.items.length ? task.items : plan.items).map((i) => i.itemId));
      const repeats = dossier.priorChecks.filter(
        (c) =>
          objects.includes(c.objectId) &&
          items.has(c.itemId) &&
          c.on.startsWith(`${plan.year}-`) &&
          c.departmentId !== lead.departmentId &&
          (c.system ?? systemOf.get(c.departmentId ?? '')) === system &&
          !c.approved,
      );
      if (!repeats.length) out.push(pass(s));
      for (const c of repeats)
        out.push(fail(s, 'repeat', { object: c.objectId, item: c.itemId, on: c.on, by: c.departmentId ?? c.system ?? '' }, [objectField(c.objectId)]));
    }
    return out;
  },
});
