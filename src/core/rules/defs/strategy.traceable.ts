import { z } from 'zod';
import { defineRule, type Outcome } from '../types';
import { eachTask, fail, pass, taskSubject } from '../walk';

const PARTS = [
  ['seed', '随机种子', 'seed'],
  ['inputsHash', '输入数据摘要', 'inputs hash'],
  ['objectIds', '抽取结果', 'drawn objects'],
  ['drawnAt', '抽取时间', 'draw time'],
] as const;

export default defineRule({
  meta: {
    id: 'strategy.traceable',
    scope: 'strategy',
    severity: 'error',
    risk: [],
    citations: [
      { file: 'beijing-xicheng-2016.txt', section: '§二(二)', quote: '实现随机任务全程痕迹化，责任可追溯' },
      { file: 'shenzhen-2018.txt', section: '§二(一)3', quote: '确保随机抽查全程留痕、责任可追溯' },
    ],
    docs: {
      zh: '抽取过程须完整记录（输入、种子、结果、每次重新抽取和递补），做到全程留痕、可以复现。',
      en: 'The draw is recorded in full (inputs, seed, result, every re-draw and replacement) so that it can be reproduced.',
    },
    messages: {
      notTraceable: { zh: '抽取记录缺少：{parts}，无法复现', en: 'The draw record lacks: {partsEn}; it cannot be reproduced' },
      noRecord: { zh: '任务已有检查结果，但没有抽取记录', en: 'The task has check results but no record of its draw' },
      rerunUndated: { zh: '第 {n} 次重新抽取没有记录时间', en: 'Re-draw number {n} has no recorded time' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    const out: Outcome[] = [];
    for (const { task, path } of eachTask(dossier)) {
      const s = taskSubject(task);
      const d = task.draw;
      if (!d) {
        if (task.results.length) out.push(fail(s, 'noRecord', {}, [`${path}.draw`]));
        continue;
      }
      const absent = PARTS.filter(([k]) => (k === 'objectIds' ? !d.objectIds.length : !d[k]));
      const before = out.length;
      if (absent.length)
        out.push(
          fail(s, 'notTraceable', { parts: absent.map((p) => p[1]).join('、'), partsEn: absent.map((p) => p[2]).join(', ') }, absent.map(([k]) => `${path}.draw.${k}`)),
        );
      d.reruns.forEach((r, i) => {
        if (!r.at.trim()) out.push(fail(s, 'rerunUndated', { n: i + 1 }, [`${path}.draw.reruns[${i}].at`]));
      });
      if (out.length === before) out.push(pass(s));
    }
    return out;
  },
});
