import { describe, expect, it } from 'vitest';
import { headingOf } from '../../src/i18n/rule-heading';
import { allRules } from '../../src/core/rules/registry';

// A rule's name is cut from its explanation; the cut must never leave a bracket open or name only a condition.
describe('headingOf', () => {
  it.each([
    ['年度抽查计划须在规定日期前编制完成并报送（深圳 4 月底，长春朝阳 4 月 1 日）。', '年度抽查计划须在规定日期前编制完成并报送'],
    ['自检查结束之日起规定工作日内（默认 20 个工作日，法定节假日和调休按国务院通知计算）公示抽查结果。', '自检查结束之日起规定工作日内公示抽查结果'],
    ['每个抽查事项须写明抽查依据（写在清单中；未提供清单时为数据不足）。', '每个抽查事项须写明抽查依据'],
    ['牵头部门发起联合抽查任务前，应书面征求各响应部门意见，并留存。', '牵头部门发起联合抽查任务前，应书面征求各响应部门意见'],
    ['涉及市场主体的任务，须按信用风险等级分类抽查，比例各异。', '涉及市场主体的任务，须按信用风险等级分类抽查'],
    ['定向抽查须写明抽取条件，如行业。', '定向抽查须写明抽取条件'],
    ['各部门的清单须录入“双随机、一公开”监管平台。', '各部门的清单须录入“双随机、一公开”监管平台'],
    ['联合抽查各部门的人员应在《双随机抽查记录表》上签名；专家除外。', '联合抽查各部门的人员应在《双随机抽查记录表》上签名'],
    ['抽查比例 3.5% 是下限。', '抽查比例 3.5% 是下限'],
    ['An object record has name, address and contact. Missing ones fail.', 'An object record has name, address and contact'],
    ['Results are published within the set days (20 by default; holidays per the State Council).', 'Results are published within the set days'],
  ])('%s → %s', (text, heading) => {
    expect(headingOf(text)).toBe(heading);
  });

  it('leaves no bracket open in any rule name, in either language', () => {
    for (const r of allRules)
      for (const l of ['zh', 'en'] as const) {
        const h = headingOf(r.meta.docs[l]);
        expect(h.length, `${r.meta.id} ${l}`).toBeGreaterThan(3);
        for (const [o, c] of ['（）', '()', '《》', '「」', '“”', '【】'])
          expect(h.split(o).length, `${r.meta.id} ${l}: ${h}`).toBe(h.split(c).length);
        if (l === 'zh') expect(h, r.meta.id).not.toMatch(/[时前]$/);
      }
  });
});
