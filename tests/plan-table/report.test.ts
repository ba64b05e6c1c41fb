import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { runCli } from '../helper/run-cli';

const dir = 'tests/fixtures/plan-tables/files';

/** Run `dra check TABLE --out report.xlsx` and read the written workbook back. */
async function report(file: string, extra: string[] = []) {
  const out = join(mkdtempSync(join(tmpdir(), 'dra-table-report-')), '检查意见.xlsx');
  const r = await runCli(['check', `${dir}/${file}`, '--as-of', '2026-12-01', '--out', out, ...extra]);
  expect(r.stderr).toBe('');
  const wb = XLSX.read(readFileSync(out), { type: 'buffer', cellComments: true } as XLSX.ParsingOptions);
  const ws = wb.Sheets[wb.SheetNames[0]];
  const aoa = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, defval: '' });
  return { r, wb, ws, aoa };
}

describe('the xlsx report: the table as it came, with a findings column and the offending cells marked', () => {
  it('changzhi: title rows, header and rows as published; 检查意见 per row; the period cells carry the end-by comment; merges kept', { timeout: 60_000 }, async () => {
    const { r, ws, aoa } = await report('changzhi-2024-shizhi.xlsx');
    expect(r.code).toBe(1);
    expect(aoa[0][0]).toBe('长治市2024年度部门联合双随机抽查工作计划');
    const header = aoa[2];
    expect(header.slice(0, 3)).toEqual(['序号', '抽查任务名称', '抽查事项']);
    const fcol = header.indexOf('检查意见 / findings');
    expect(fcol).toBe(10);
    // Sheet rows 4–6 end in December: each says so in its findings cell; row 7 has nothing to say.
    for (const r of [3, 4, 5]) expect(aoa[r][fcol]).toContain('截止日期 2024-12-31 晚于当年 2024-11-30');
    expect(aoa[6][fcol]).toBe('');
    expect(aoa[3][1]).toBe('涉烟经营活动检查');
    // The period cell of row 4 (G4) carries a comment naming the finding.
    const g4 = ws['G4'] as XLSX.CellObject;
    expect(g4.v).toBe('3月—12月');
    expect(g4.c?.map((c) => c.t).join()).toContain('截止日期 2024-12-31 晚于当年 2024-11-30');
    // A cell with no finding carries no comment.
    expect((ws['B4'] as XLSX.CellObject).c ?? []).toEqual([]);
    // Row 6's credit … mode cells are merged with row 5, as published.
    const merges = (ws['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m));
    expect(merges).toContain('F5:F6');
    expect(merges).toContain('J5:J6');
  });

  it('shanxi: a cell that cannot be read is named in the row’s findings cell with its text', { timeout: 60_000 }, async () => {
    const { aoa } = await report('shanxi-2021-cities.html');
    expect(aoa[0][0]).toBe('山西省2021年度市场监管领域部门联合双随机抽查工作计划(各市)(修订版)');
    expect(aoa[1][0]).toBe('地市');
    const fcol = aoa[1].indexOf('检查意见 / findings');
    expect(fcol).toBeGreaterThan(0);
    const row3 = aoa.find((r) => r[2] === '对旅行社经营情况的双随机抽查')!;
    expect(row3[fcol]).toContain('无法识别 抽查比例及频次「3%;1/」');
    expect(row3[fcol]).toContain('截止日期 2021-12-31');
  });

  it('a cell that starts like a formula is written as text', { timeout: 60_000 }, async () => {
    const { ws } = await report('shanggao-2023-scjgj.csv');
    const cells = Object.entries(ws).filter(([k]) => !k.startsWith('!')).map(([, c]) => c as XLSX.CellObject);
    expect(cells.some((c) => c.f)).toBe(false);
    expect(cells.some((c) => c.v === "'=1")).toBe(true);
  });
});
