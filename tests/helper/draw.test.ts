import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitContribution } from '../../src/core/draw';
import { PROFILE_IDS } from '../../src/core/profiles';
import { runCli } from './run-cli';

const F = 'tests/fixtures/draw';
const tmp = mkdtempSync(join(tmpdir(), 'dra-draw-'));
process.env.DRA_LOG = join(tmp, 'default-audit.jsonl');
const regs = ['--objects', `${F}/objects.json`, '--inspectors', `${F}/inspectors.json`];
const base = [...regs, '--plan', `${F}/plan.json`];
const SECRET = 'notary-0b1f4c2d9e8a7b6c';

/** An announcement naming one public value and one committed contribution, written to the temp dir. */
async function announced(name = 'a', extra: string[] = []) {
  const randomness = join(tmp, `${name}-randomness.json`);
  writeFileSync(randomness, JSON.stringify({ publicValues: [{ id: 'lottery', source: '福彩3D 第2026320期开奖号码', availableAfter: '2026-11-20' }], contributions: [{ id: 'notary', holder: '公证处', commitment: commitContribution(SECRET) }] }));
  const out = join(tmp, `${name}-announcement.json`);
  const r = await runCli(['announce', ...base, '--randomness', randomness, '--out', out, '--html', join(tmp, `${name}.html`), ...extra]);
  return { r, out };
}

describe('dra announce / draw / verify: the official flow', () => {
  it('announces, draws from the revealed randomness, logs the attempt, and verify states kind and says verified', async () => {
    const { r, out } = await announced();
    expect(r.code).toBe(0);
    const a = JSON.parse(readFileSync(out, 'utf8'));
    expect(r.stderr).toContain(a.announcementHash);
    const html = readFileSync(join(tmp, 'a.html'), 'utf8');
    expect(html).toContain(`<code id="announcementHash">${a.announcementHash}</code>`);
    expect(html).toContain('<svg class="qr"');
    const log = join(tmp, 'audit-1.jsonl');
    const rec = join(tmp, 'rec.json');
    const d = await runCli(['draw', ...regs, '--announcement', out, '--public-value', 'lottery=3 0 7', '--reveal', `notary=${SECRET}`, '--log', log, '--out', rec]);
    expect(d.code).toBe(0);
    expect(d.stderr).toMatch(/正式抽取 · 任务 .* · 第 1 次/);
    const record = JSON.parse(readFileSync(rec, 'utf8'));
    expect(record.announcementHash).toBe(a.announcementHash);
    const entries = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(entries.map((e) => [e.kind, e.data.taskId, e.data.outcome, e.data.recordHash])).toEqual([['draw-attempt', a.taskId, 'drawn', record.recordHash]]);
    const v = await runCli(['verify', rec, ...regs, '--announcement', out, '--profile', 'baseline']);
    expect(v.stdout).toMatch(/^类型：正式抽取\n复核一致/);
    expect(v.code).toBe(0);

    // The same announcement and randomness give the same bytes (the envelope aside).
    const again = await runCli(['draw', ...regs, '--announcement', out, '--public-value', 'lottery=3 0 7', '--reveal', `notary=${SECRET}`, '--log', join(tmp, 'other.jsonl')]);
    const second = JSON.parse(again.stdout);
    expect({ ...second, envelope: 0 }).toEqual({ ...record, envelope: 0 });
  });

  it('an official draw cannot take a chosen seed: --seed with --kind official or --announcement is refused (exit 2)', async () => {
    const { out } = await announced('s');
    for (const args of [
      ['draw', ...base, '--seed', 'S', '--kind', 'official'],
      ['draw', ...regs, '--announcement', out, '--seed', 'S', '--public-value', 'lottery=1'],
      ['draw', ...base, '--commit'],
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/正式抽取不接受指定种子（--seed）|--commit/);
    }
  });

  it('a wrong contribution, a missing public value or changed registries are refused before anything is drawn', async () => {
    const { out } = await announced('w');
    const log = join(tmp, 'audit-w.jsonl');
    const wrong = await runCli(['draw', ...regs, '--announcement', out, '--public-value', 'lottery=3 0 7', '--reveal', 'notary=guess', '--log', log]);
    expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringMatching(/公开的贡献与其承诺不符/)]);
    const missing = await runCli(['draw', ...regs, '--announcement', out, '--reveal', `notary=${SECRET}`, '--log', log]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/缺少公开随机数「lottery」/)]);
    const objects = JSON.parse(readFileSync(`${F}/objects.json`, 'utf8'));
    objects[0].name = `${objects[0].name}（改）`;
    writeFileSync(join(tmp, 'renamed.json'), JSON.stringify(objects));
    const changed = await runCli(['draw', '--objects', join(tmp, 'renamed.json'), '--inspectors', `${F}/inspectors.json`, '--announcement', out, '--public-value', 'lottery=3 0 7', '--reveal', `notary=${SECRET}`, '--log', log]);
    expect([changed.code, changed.stderr]).toEqual([2, expect.stringMatching(/inputs\.objectsHash/)]);
    expect(existsSync(log)).toBe(false);
  });

  it('one official draw per task: a second needs --reason, and both are in the log', async () => {
    const { out } = await announced('o');
    const log = join(tmp, 'audit-o.jsonl');
    const args = ['draw', ...regs, '--announcement', out, '--public-value', 'lottery=3 0 7', '--reveal', `notary=${SECRET}`, '--log', log];
    expect((await runCli(args)).code).toBe(0);
    const refused = await runCli(args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/已正式抽取过.*须用 --reason 写明理由/);
    expect((await runCli([...args, '--reason', '投影仪故障，现场重新演示'])).code).toBe(0);
    const entries = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(entries.map((e) => e.data.reason)).toEqual([undefined, '投影仪故障，现场重新演示']);
  });

  it('a preview takes any seed, is marked preview, and counts its attempts per task', async () => {
    const log = join(tmp, 'audit-p.jsonl');
    const one = JSON.parse((await runCli(['draw', ...base, '--seed', 'p', '--log', log])).stdout);
    const two = JSON.parse((await runCli(['draw', ...base, '--seed', 'p', '--log', log])).stdout);
    expect([one.kind, one.attempt, two.attempt]).toEqual(['preview', 1, 2]);
    writeFileSync(join(tmp, 'p.json'), JSON.stringify(one));
    const v = await runCli(['verify', join(tmp, 'p.json'), ...regs]);
    expect(v.stdout).toMatch(/^类型：预览（不具约束力）\n复核一致/);
    expect(v.code).toBe(0);
  });
});

describe('bad input: exit 2 with a clear message', () => {
  it.each([
    ['no seed', ['draw', ...base], /预览请给出 --seed 种子/],
    ['a missing plan', ['draw', ...regs, '--seed', 's'], /缺少参数 --plan/],
    ['a rate outside 0–100', ['draw', ...regs, '--plan', 'PLAN_BAD', '--seed', 's'], /抽取请求不符合格式：[\s\S]*D 类抽查比例（classRates\.D）/],
    ['too few inspectors', ['draw', ...regs, '--plan', 'PLAN_FIVE', '--seed', 's'], /无法抽取：.*每户需要 20 名/],
    ['rate and count together', ['draw', ...regs, '--plan', 'PLAN_BOTH', '--seed', 's'], /rate、count 只能设定其中一个/],
    ['class rates and an overall rate together', ['draw', ...regs, '--plan', 'PLAN_CLASS_AND_RATE', '--seed', 's'], /(rate、classRates|classRates、rate) 只能设定其中一个/],
    ['a rate with more than 4 decimals', ['draw', ...regs, '--plan', 'PLAN_DECIMALS', '--seed', 's'], /抽查比例最多 4 位小数/],
    ['a department listed twice', ['draw', ...regs, '--plan', 'PLAN_DUP', '--seed', 's'], /部门 SCJG 重复出现/],
    ['an unknown field in the plan', ['draw', ...regs, '--plan', 'PLAN_UNKNOWN', '--seed', 's'], /抽取请求不符合格式：[\s\S]*seedHint/],
    ['an unknown profile', ['draw', ...base, '--seed', 's', '--profile', 'nowhere'], new RegExp(`没有编号为「nowhere」的规则配置；可用的配置：${PROFILE_IDS.slice(0, 2).join(', ')}`)],
    ['a record that is {}', ['verify', 'EMPTY', ...regs], /不是可识别的抽取记录/],
    ['a malformed record', ['verify', 'tests/fixtures/sample-plan.json', ...regs], /不是可识别的抽取记录/],
  ])('%s', async (_n, args, message) => {
    const plan = JSON.parse(readFileSync(`${F}/plan.json`, 'utf8'));
    const files: Record<string, unknown> = {
      PLAN_BAD: { ...plan, classRates: { ...plan.classRates, D: 130 } },
      PLAN_FIVE: { ...plan, joint: false, departments: ['SCJG'], inspectorsPerObject: 20 },
      PLAN_BOTH: { ...plan, classRates: undefined, rate: 5, count: 3 },
      PLAN_CLASS_AND_RATE: { ...plan, rate: 5 },
      PLAN_DECIMALS: { ...plan, classRates: { ...plan.classRates, A: 2.12345 } },
      PLAN_DUP: { ...plan, departments: ['SCJG', 'WSJK', 'SCJG'] },
      PLAN_UNKNOWN: { ...plan, seedHint: 'x' },
      EMPTY: {},
    };
    const a = (args as string[]).map((x) => {
      if (!(x in files)) return x;
      writeFileSync(join(tmp, `${x}.json`), JSON.stringify(files[x]));
      return join(tmp, `${x}.json`);
    });
    const r = await runCli([...a, '--log', join(tmp, 'bad.jsonl')].filter((x, i, all) => a[0] === 'draw' || (x !== '--log' && all[i - 1] !== '--log')));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
  });
});
