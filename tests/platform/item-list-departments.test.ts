import { describe, expect, it } from 'vitest';
import { readItemList } from '../../src/platform/item-list';

// The columns a published 随机抽查事项清单 gives its department under (抽查主体, with a code where the list has one).
describe('the item list keeps the department each item belongs to', () => {
  it('reads 抽查主体 and 部门编码 when the list has them', () => {
    const r = readItemList([
      ['事项编号', '抽查事项名称', '事项类别', '抽查主体', '部门编码'],
      ['SJ-001', '食品生产企业监督检查', '重点', '区市场监管局', 'SCJG'],
      ['WS-001', '公共场所卫生监督检查', '一般', '区卫生健康委', ''],
    ]);
    expect(r.items.map((i) => [i.subject, i.departmentId])).toEqual([['区市场监管局', 'SCJG'], ['区卫生健康委', undefined]]);
  });
  it('a list without them reads as before', () => {
    const r = readItemList([['抽查事项名称', '事项类别'], ['企业公示信息检查', '一般']]);
    expect(r.items[0]).toMatchObject({ name: '企业公示信息检查', kind: 'general' });
    expect(r.items[0].subject).toBeUndefined();
  });
});
