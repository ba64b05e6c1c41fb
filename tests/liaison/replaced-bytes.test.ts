/**
 * Issue 16: bytes a decoder cannot read become � without a word. The registry import already names those
 * rows; the liaison list reader and the plan-table reader now do too (a UTF-8 file and a GB18030 file, each
 * with one bad byte in its second data row). Before: the rows were read with their �, nothing said.
 */
import { describe, expect, it } from 'vitest';
import { readListFile } from '../../src/core/liaison';
import { formatAccount } from '../../src/helper/year-check';
import { assembleDossier } from '../../src/core/liaison';
import { checkTable, readTableFile } from '../../src/core/plan-table';
import { loadProfile } from '../../src/core/profiles';

const hex = (h: string) => h.match(/../g)!.map((x) => parseInt(x, 16));
const utf8 = (s: string) => [...new TextEncoder().encode(s)];
const BAD = 0xff; // a lead byte neither UTF-8 nor GB18030 has

// A task list (任务编号, 抽查任务名称, 任务期限), rows T1 and T2; T2's name has the bad byte after 药品.
const LIST_UTF8 = new Uint8Array([...utf8('任务编号,抽查任务名称,任务期限\nT1,食品抽查,2026-03-01 至 2026-05-01\nT2,药品'), BAD, ...utf8('抽查,2026-03-01 至 2026-05-01\n')]);
// The same in GB18030, as Excel in Chinese saves CSV (bytes written out from the text above).
const LIST_GB = new Uint8Array([
  ...hex('c8cecef1b1e0bac52cb3e9b2e9c8cecef1c3fbb3c62cc8cecef1c6dacfde0a'),
  ...hex('54312ccab3c6b7b3e9b2e92c323032362d30332d303120d6c120323032362d30352d30310a'),
  ...hex('54322cd2a9c6b7'), BAD, ...hex('b3e9b2e92c323032362d30332d303120d6c120323032362d30352d30310a'),
]);
// A published plan table (序号, 抽查任务名称, 抽查比例, 抽查时间, 发起部门): row 3 is fine, row 4's name has the bad byte.
const PLAN_UTF8 = new Uint8Array([...utf8('序号,抽查任务名称,抽查比例,抽查时间,发起部门\n1,食品经营抽查,5%,3月—11月,市市场监管局\n2,药品'), BAD, ...utf8('零售抽查,5%,3月—11月,市市场监管局\n')]);
const PLAN_GB = new Uint8Array([
  ...hex('d0f2bac52cb3e9b2e9c8cecef1c3fbb3c62cb3e9b2e9b1c8c0fd2cb3e9b2e9cab1bce42cb7a2c6f0b2bfc3c50a'),
  ...hex('312ccab3c6b7beadd3aab3e9b2e92c35252c33d4c2a1aa3131d4c22ccad0cad0b3a1bce0b9dcbed60a'),
  ...hex('322cd2a9c6b7'), BAD, ...hex('c1e3cadbb3e9b2e92c35252c33d4c2a1aa3131d4c22ccad0cad0b3a1bce0b9dcbed60a'),
]);

describe('replaced bytes are named', () => {
  it.each([
    ['UTF-8', LIST_UTF8],
    ['GB18030', LIST_GB],
  ])('the liaison list reader (%s): the row with the bad byte, and the CLI says it', (_n, bytes) => {
    const [sheet] = readListFile('tasks.csv', bytes);
    expect(sheet.records.map((r) => r.values.name)).toEqual(['食品抽查', '药品\uFFFD抽查']);
    expect(sheet.account.replacedRows).toEqual([3]);
    const said = formatAccount(assembleDossier([sheet], { year: 2026 }).account, 'zh');
    expect(said).toContain('tasks.csv：有 1 行含无法解码的字节（已替换为 �）：第 3 行');
  });

  it('a clean file says nothing of replaced bytes', () => {
    const [sheet] = readListFile('tasks.csv', new Uint8Array(utf8('任务编号,抽查任务名称,任务期限\nT1,食品抽查,2026-03-01 至 2026-05-01\n')));
    expect(sheet.account.replacedRows).toBeUndefined();
  });

  it.each([
    ['UTF-8', PLAN_UTF8],
    ['GB18030', PLAN_GB],
  ])('the plan-table reader (%s): the cell with the bad byte carries a remark; the others none', async (_n, bytes) => {
    const [grid] = await readTableFile('plan.csv', bytes);
    const t = checkTable(grid, loadProfile('baseline'), { asOf: '2026-12-01' });
    const remarked = t.cells.filter((c) => c.remark?.zh.includes('无法解码')).map((c) => [c.row, c.header]);
    expect(remarked).toEqual([[3, '抽查任务名称']]);
  });
});
