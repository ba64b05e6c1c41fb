import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { runCli } from './run-cli';
import { expected } from '../liaison/fixture-data';
import { isDangerous, validSheetName } from '../../src/core/liaison';

const dir = 'tests/fixtures/liaison';
const FILES = [`${dir}/plans.xlsx`, `${dir}/tasks.xlsx`, `${dir}/results.csv`];
const tmp = mkdtempSync(join(tmpdir(), 'dra-lists-'));

describe('dra check on exported lists (a year, four departments)', () => {
  it('finds exactly the known violations and exits 1 (errors found)', async () => {
    const { code, stdout } = await runCli(['check', ...FILES, '--json']);
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    const fails = out.files[0].findings.filter((f: { status: string }) => f.status === 'fail').map((f: { ruleId: string; subject: { id: string } }) => `${f.ruleId} ${f.subject.id}`).sort();
    expect(fails).toEqual(expected.violations.map((v: { ruleId: string; subject: string }) => `${v.ruleId} ${v.subject}`).sort());
    expect(out.rows.totals).toEqual({ read: expected.accounting.read, kept: expected.accounting.read - 4, refused: 4 });
  });

  it('prints the row accounting with each refused row and its reason', async () => {
    const { stdout } = await runCli(['check', ...FILES]);
    expect(stdout).toContain('tasks.xlsx：抽查任务清单，读取 12 行，保留 11，拒收 1');
    expect(stdout).toContain('✖ results.csv 第 18 行：检查日期：日期「2026-13-01」无法识别');
    expect(stdout).toContain('合计：8 个错误，2 个警告'); // the late annual plan is an error (应于每年4月底前)
  });

  it('writes --out report.xlsx and report.html: reopened, no formula cells and no dangerous text; the HTML names the sources', async () => {
    const x = join(tmp, 'report.xlsx');
    const h = join(tmp, 'report.html');
    const { code, stdout } = await runCli(['check', ...FILES, '--out', x, '--out', h, '--department', '区市场监管局']);
    expect(code).toBe(1);
    expect(stdout).toContain(`报表已写入 ${x}`);
    const wb = XLSX.read(readFileSync(x), { cellFormula: true });
    expect(wb.SheetNames.every(validSheetName)).toBe(true);
    const cells = wb.SheetNames.flatMap((n) => Object.entries(wb.Sheets[n]).filter(([k]) => !k.startsWith('!')).map(([, c]) => c as XLSX.CellObject));
    expect(cells.filter((c) => c.f !== undefined || (c.t === 's' && isDangerous(String(c.v))))).toEqual([]);
    const html = readFileSync(h, 'utf8');
    expect(html).toContain('results.csv（导出清单，19 行；读取于');
    expect(html).toContain('部门</td><td>区市场监管局');
  });

  it.each([
    ['an --out of another kind', ['--out', 'r.pdf'], /--out 的文件名应以 \.xlsx 或 \.html 结尾/],
    ['an unknown department', ['--department', '区教育局'], /部门「区教育局」不在本年度的部门中/],
    ['a bad --year', ['--year', '26'], /--year 应为四位年份/],
  ])('%s is bad input (exit 2)', async (_n, extra, message) => {
    const { code, stderr } = await runCli(['check', ...FILES, ...extra]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('a JSON plan without a year cannot make a report; a spreadsheet that is not a list is refused by row', async () => {
    const r = await runCli(['check', 'tests/fixtures/sample-plan.json', '--out', join(tmp, 'x.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out 需要一个年度的数据/);
    const other = join(tmp, 'people.csv');
    writeFileSync(other, '姓名,性别\n张三,男\n');
    const s = await runCli(['check', ...FILES, other]);
    // Neither a list export nor a plan table: every row refused, naming the headers it has and those expected.
    expect(s.stdout).toContain('== people.csv');
    expect(s.stdout).toContain('行: 读取 2, 保留 0, 拒收 2');
    expect(s.stdout).toMatch(/第 2 行拒收: 未识别出抽查计划表的表头；见到的列：姓名、性别；应有：/);
  });

  it('the JSON behaviour is unchanged', async () => {
    const { code, stdout } = await runCli(['check', 'tests/fixtures/sample-plan.json', '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).rows).toBeUndefined();
  });
});

describe('dra check --out on a JSON year dossier', () => {
  it('a dossier with "year" makes the same report as the lists would', async () => {
    const { Dossier } = await import('../../src/core/model');
    const { importFixtures } = await import('../liaison/fixture-data');
    const json = join(tmp, 'year.json');
    writeFileSync(json, JSON.stringify(Dossier.parse(importFixtures().dossier)));
    const out = join(tmp, 'year.html');
    const { code, stdout } = await runCli(['check', json, '--out', out, '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).reports).toEqual([out]);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('year.json（JSON 文件');
    expect(html).toContain('区抽查〔2026〕7号/91110105MA01JOIN01');
  });
});
