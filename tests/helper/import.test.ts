import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';
import { ObjectRecord } from '../../src/core/model';

const F = 'tests/fixtures/registries';
const tmp = mkdtempSync(join(tmpdir(), 'dra-import-'));

describe('dra import', () => {
  it('prints the four counts, writes the records and the rejected rows; exit 1 when rows were refused', async () => {
    const out = join(tmp, 'objects.json');
    const rej = join(tmp, 'rejected.csv');
    const r = await runCli(['import', `${F}/bad-check-digit.csv`, '--kind', 'objects', '--out', out, '--rejected', rej]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/读取 7 行：新增 2，更新 0，重复 0，拒绝 5（警告 1）/);
    expect(r.stdout).toMatch(/第 5 行：缺少企业名称/);
    const records = JSON.parse(readFileSync(out, 'utf8'));
    expect(records).toHaveLength(2);
    for (const x of records) expect(ObjectRecord.safeParse(x).success).toBe(true);
    const csv = readFileSync(rej, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toMatch(/^行号,原因,统一社会信用代码,企业名称/);
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(['3', '4', '5', '6', '7']);
  });

  it('exit 0 when every row is kept; a second file of the same rows counts them as duplicates', async () => {
    const r = await runCli(['import', `${F}/objects.csv`, `${F}/gbk.csv`, '--kind', 'objects', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.files.map((f: { encoding: string; counts: { imported: number; duplicate: number } }) => [f.encoding, f.counts.imported, f.counts.duplicate])).toEqual([['utf-8', 3, 0], ['gb18030', 0, 3]]);
    expect(j.records).toBe(3);
  });

  it('inspectors', async () => {
    const r = await runCli(['import', `${F}/inspectors.csv`, '--kind', 'inspectors', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].counts).toMatchObject({ read: 4, imported: 2, rejected: 2 });
  });

  it.each([
    [['import', `${F}/wrong-headers.csv`, '--kind', 'objects'], /找不到必需的列：企业名称/, 'stdout'],
    [['import', `${F}/zip-bomb.xlsx`, '--kind', 'objects'], /超过上限/, 'stderr'],
    [['import', `${F}/objects.csv`], /应为 --kind objects（检查对象）或 --kind inspectors（检查人员）/, 'stderr'],
    [['import', '--kind', 'objects'], /请至少给出一个名录文件/, 'stderr'],
    [['import', `${F}/missing.csv`, '--kind', 'objects'], /无法读取 .*missing\.csv（ENOENT）/, 'stderr'],
  ] as const)('bad input %j → exit 2', async (args, re, where) => {
    const r = await runCli([...args]);
    expect(r.code).toBe(2);
    expect(r[where]).toMatch(re);
  });

  it('--mapping applies a saved mapping to a file of the same shape', async () => {
    const file = join(tmp, 'odd.csv');
    writeFileSync(file, '代码,字号\n91110000MA0000001X,某公司\n');
    const plain = await runCli(['import', file, '--kind', 'objects']);
    expect(plain.code).toBe(2);
    const mapping = join(tmp, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ kind: 'objects', shape: '代码|字号', columns: [['代码', 'uscc'], ['字号', 'name']] }));
    const r = await runCli(['import', file, '--kind', 'objects', '--mapping', mapping, '--json']);
    expect(JSON.parse(r.stdout).files[0].counts).toMatchObject({ read: 1, imported: 1 });
    writeFileSync(mapping, '{"kind":"objects"}');
    expect((await runCli(['import', file, '--kind', 'objects', '--mapping', mapping])).code).toBe(2);
  });
});
