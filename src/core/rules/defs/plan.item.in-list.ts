import { z } from 'zod';
import { defineRule } from '../types';
import { eachItem, fail, itemLabel, missing, pass } from '../walk';

export default defineRule({
  meta: {
    id: 'plan.item.in-list',
    scope: 'plan',
    severity: 'error',
    risk: ['A-3'],
    citations: [
      { file: 'changchun-chaoyang-2021.txt', section: '§二', quote: '做到“清单之外无监管”' },
      { file: 'shenzhen-2018.txt', section: '§二(一)1', quote: '法律法规规章没有规定的，一律不得擅自开展检查' },
    ],
    docs: {
      zh: '抽查事项必须在已公布的随机抽查事项清单内（清单之外无监管）。',
      en: 'Every check item is on the published random-check item list ("no supervision outside the list").',
    },
    messages: {
      notInList: { zh: '检查事项「{item}」不在随机抽查事项清单内', en: 'Check item "{item}" is not on the random-check item list' },
    },
    params: z.strictObject({}),
  },
  check({ dossier }) {
    return eachItem(dossier).map(({ item, path, subject }) => {
      if (item.inList === undefined) return missing(subject, `${path}.inList`);
      return item.inList ? pass(subject) : fail(subject, 'notInList', { item: itemLabel(item) }, [`${path}.inList`]);
    });
  },
});
