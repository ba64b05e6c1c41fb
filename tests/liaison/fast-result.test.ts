// Result rows of a list export are checked without zod (issue 20: zod took seconds over a million rows). The fast
// check must give what the model gives, or undefined (zod then decides): never a row the model would change or refuse.
import { describe, expect, it } from 'vitest';
import { CheckResult, Dossier } from '../../src/core/model';
import { assembleDossier, readListFile } from '../../src/core/liaison';
import { fastCheckResult } from '../../src/core/liaison/lists/fast-result';
import { benchYearFiles } from '../../bench/liaison.bench';
import { fixtureRandom } from '../../src/sandbox/generate-registries';

const VALUES = {
  objectId: ['9111000', '9111000', 'E/1', 'E/1', ' 9111000', '', 7, undefined],
  objectName: ['对象', '', undefined, 3],
  category: ['未发现问题', undefined, '未发现问题', null],
  inspectorIds: [undefined, [], ['甲', '乙'], undefined, ['甲', '乙'], [' 甲'], [''], 'x'],
  checkedOn: ['2026-03-01', '2026-03-01', '2026-02-30', '2026/03/01', '', undefined],
  uploadedOn: ['2026-03-02', undefined, '2026-13-01'],
  uploadDelayReason: ['设备故障', ' ', undefined],
  publishedOn: ['2026-04-01', undefined, '2024-02-29', '2023-02-29'],
  method: [undefined, undefined, undefined, undefined, undefined, '实地检查', 'on-site'],
  extra: [undefined, undefined, undefined, undefined, undefined, 'x'],
} as const;

describe('fastCheckResult', () => {
  it('gives what CheckResult.parse gives, or leaves the row to it (2,000 random rows, valid and not)', () => {
    let fast = 0;
    let refusedByModel = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const { pick } = fixtureRandom(seed);
      const row = Object.fromEntries(Object.entries(VALUES).map(([k, vs]) => [k, pick(vs as readonly unknown[])]));
      const model = CheckResult.safeParse(row);
      if (!model.success) refusedByModel++;
      const f = fastCheckResult(row);
      if (!f) continue;
      fast++;
      expect(model.success, JSON.stringify(row)).toBe(true);
      expect(f).toEqual(model.data);
    }
    expect(fast).toBeGreaterThan(20);
    expect(refusedByModel).toBeGreaterThan(200);
  });

  it('a read year of 1,200 results assembles to the same dossier as zod alone makes of it', () => {
    const files = benchYearFiles(1200);
    const { dossier } = assembleDossier([...readListFile('tasks.csv', files.tasks), ...readListFile('results.csv', files.results)], { asOf: '2026-11-23' });
    expect(dossier.plans[0].tasks[0].results.length).toBe(100);
    expect(Dossier.parse(JSON.parse(JSON.stringify(dossier)))).toEqual(dossier);
  });
});
