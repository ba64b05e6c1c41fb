import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';
import { basePlan } from '../fixtures/builders';

const SAMPLE = 'tests/fixtures/sample-plan.json';
const tmp = mkdtempSync(join(tmpdir(), 'dra-check-'));
const write = (name: string, body: unknown) => {
  const p = join(tmp, name);
  writeFileSync(p, typeof body === 'string' ? body : JSON.stringify(body));
  return p;
};

describe('dra check', () => {
  it('finds exactly the sample plan’s known breaches (--json)', async () => {
    const { code, stdout } = await runCli(['check', SAMPLE, '--json']);
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    const fails = out.files[0].findings.filter((f: { status: string }) => f.status === 'fail');
    const got = fails.map((f: { ruleId: string; severity: string; fields: string[] }) => `${f.severity} ${f.ruleId} ${f.fields.join(',')}`).sort();
    expect(got).toEqual(
      [
        'error plan.item.has-basis plans[0].items[2].legalBasis',
        'error plan.item.in-list plans[0].items[2].inList',
        'warn plan.rate.general-bounds plans[0].items[1].ratePercent',
        'warn plan.rate.general-bounds plans[0].items[2].ratePercent',
        'error plan.schedule.end-by plans[0].end',
        'error plan.joint.responders-consulted plans[0].participants[4].consultedInWriting',
        'warn plan.joint.max-departments plans[0].participants',
        'warn plan.joint.max-inspectors plans[0].inspectorIds',
      ].sort(),
    );
    const endBy = fails.find((f: { ruleId: string }) => f.ruleId === 'plan.schedule.end-by');
    expect(endBy.risk).toEqual(['A-5']);
    expect(endBy.citations[0]).toMatchObject({ file: 'changchun-chaoyang-2021.txt' });
    expect(endBy.message.zh).toMatch(/11-30|11月30日/);
  });

  it('prints findings in Chinese by default and in English with --lang en', async () => {
    const zh = await runCli(['check', SAMPLE]);
    expect(zh.stdout).toMatch(/✖ 错误 plan\.schedule\.end-by/);
    expect(zh.stdout).toMatch(/依据：《朝阳区进一步全面落实“双随机、一公开”监管工作实施意见》第三部分/);
    expect(zh.stdout).not.toMatch(/plans\[0\]/);
    expect(zh.stdout).toMatch(/合计：4 个错误，4 个警告，0 条提示/);
    const en = await runCli(['check', SAMPLE, '--lang', 'en']);
    expect(en.stdout).toMatch(/✖ error plan\.schedule\.end-by/);
    expect(en.stdout).toMatch(/total: 4 error, 4 warning, 0 info/);
  });

  it('exits 0 on a compliant plan', async () => {
    const { code, stdout } = await runCli(['check', write('ok.json', basePlan()), '--as-of', '2026-06-01']);
    expect(stdout).toMatch(/合计：0 个错误/);
    expect(code).toBe(0);
  });

  it('uses the profile’s parameters', async () => {
    const late = write('late.json', basePlan({ filedOn: '2026-04-15' }));
    const base = await runCli(['check', late, '--json']);
    const cc = await runCli(['check', late, '--json', '--profile', 'changchun-chaoyang-2021']);
    const ids = (r: { stdout: string }) => JSON.parse(r.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids(base)).not.toContain('plan.schedule.annual-due');
    expect(ids(cc)).toContain('plan.schedule.annual-due');
  });

  it.each([
    ['a missing file', ['check', join(tmp, 'nope.json')], /无法读取 .*nope\.json（ENOENT）/],
    ['malformed JSON', ['check', write('bad.json', '{ "id": ')], /bad\.json 不是有效的 JSON：内容在结束前不完整/],
    ['a field of the wrong shape', ['check', write('shape.json', { ...basePlan(), year: 'twenty' })], /shape\.json 不符合计划文件格式[\s\S]*（year）：/],
    ['an unknown profile', ['check', SAMPLE, '--profile', 'nowhere'], /未知的规则配置：nowhere/],
    ['an unknown option', ['check', SAMPLE, '--colour'], /不认识的参数 --colour/],
    ['no file', ['check'], /没有给出要检查的文件/],
    ['a bad --as-of', ['check', SAMPLE, '--as-of', '23/11/2026'], /--as-of 应为 年-月-日/],
  ])('exits 2 on %s, saying why', async (_name, args, message) => {
    const { code, stderr } = await runCli(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message as RegExp);
  });

  it('runs as `npx dra` from the repo with the same exit codes', () => {
    const ok = spawnSync('node', ['bin/dra.mjs', 'check', write('ok2.json', basePlan()), '--as-of', '2026-06-01'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync('node', ['bin/dra.mjs', 'check', SAMPLE], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    const input = spawnSync('node', ['bin/dra.mjs', 'check', join(tmp, 'missing.json')], { encoding: 'utf8' });
    expect(input.status).toBe(2);
    expect(execFileSync('node', ['bin/dra.mjs', 'rules'], { encoding: 'utf8' })).toMatch(/plan\.joint\.max-departments/);
  }, 120_000); // four node processes start tsx: 36 s at load 20
});

describe('dra rules', () => {
  it('--json lists every rule with a citation and its parameters', async () => {
    const { code, stdout } = await runCli(['rules', '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.rules).toHaveLength(48);
    const r = out.rules.find((x: { id: string }) => x.id === 'plan.rate.general-bounds');
    expect(r.params).toEqual({ minPercent: 3, maxPercent: 20 });
    expect(r.citations[0].quote.length).toBeGreaterThan(3);
    expect(r.paramSources.minPercent.source.file).toBe('changchun-chaoyang-2021.txt');
  });
});
