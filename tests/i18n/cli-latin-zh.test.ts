/**
 * The helper speaks Chinese: every `dra` command's help, a typical success and a typical error, run
 * in-process (and the browser-started host and the sandbox as processes), show no Latin word in what
 * they print, by the same scanner and allow-list as the extension's pages (src/i18n/latin.ts). What the
 * user types or reads as a name stays: command and option names, file paths, rule ids (规则编号),
 * 文号, addresses, hashes; JSON written for programs (--json, schema, a record on stdout) is data.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELPER_ALLOWED, helperLatinWords } from '../../src/i18n/latin';
import { COMMANDS } from '../../src/helper/cli';
import { commitContribution } from '../../src/core/draw';
import { nextEntry, type AuditEntry } from '../../src/core/audit';
import { runCli } from '../helper/run-cli';
import { PROFILE_IDS } from '../../src/core/profiles';

const tmp = mkdtempSync(join(tmpdir(), 'dra-cli-zh-'));
const SAMPLE = 'tests/fixtures/sample-plan.json';
const D = 'tests/fixtures/draw';
const regs = ['--objects', `${D}/objects.json`, '--inspectors', `${D}/inspectors.json`];
/** Browsers and systems by their proper names, the key a user presses, and the profile ids typed after --profile. */
const ALLOWED = new Set([...HELPER_ALLOWED, ...PROFILE_IDS]);

/** The helper's scanner (src/i18n/latin.ts) with this test's proper names; `typed`: what the user typed, said back. */
export const cliWords = (text: string, typed: string[] = []): string[] => helperLatinWords(text, ALLOWED, typed);

/** `theirs`: ids the user chose in their own files (a public value's id), said back as they are. */
async function zh(args: string[], theirs: string[] = []) {
  const r = await runCli(args);
  const typed = [...args, ...theirs];
  return { ...r, words: [...new Set([...cliWords(r.stdout, typed), ...cliWords(r.stderr, typed)])] };
}
/** The same for a command whose stdout is data (JSON): only its stderr is read as words. */
async function zhData(args: string[]) {
  const r = await runCli(args);
  JSON.parse(r.stdout);
  return { ...r, words: [...new Set(cliWords(r.stderr, args))] };
}

function fixtures() {
  const randomness = join(tmp, 'randomness.json');
  writeFileSync(randomness, JSON.stringify({ publicValues: [{ id: 'lottery', source: '福彩3D 第2026320期开奖号码', availableAfter: '2026-11-20' }], contributions: [{ id: 'notary', holder: '公证处', commitment: commitContribution('秘密-1') }] }));
  const log: AuditEntry[] = [];
  for (let i = 0; i < 3; i++) log.push(nextEntry(log.at(-1), 'submit-with-findings', { reason: `理由 ${i}` }, `2026-12-01T0${i}:00:00Z`));
  const exported = join(tmp, 'export.json');
  writeFileSync(exported, JSON.stringify({ format: 'dra-export/1', data: { audit: log, evidence: [] } }));
  const archive = join(tmp, 'archive');
  mkdirSync(archive);
  return { randomness, exported, archive };
}

describe('the helper (dra) says everything in Chinese', () => {
  it('the scanner finds English in a helper line and lets commands, options, paths and ids through', () => {
    expect(cliWords('dra check：no file given')).toEqual(['no', 'file', 'given']);
    expect(cliWords('用法：dra audit verify 导出文件 [--archive 档案文件夹] [--kind objects|inspectors] /tmp/a b.json plan.joint.max-departments plans[0].end 3f2a9c0d1e2b3c4d5e6f')).toEqual([]);
    expect(cliWords('第 3 行：代码 unknown')).toEqual(['unknown']);
  });

  it('the help, each command’s help, and an unknown command', async () => {
    for (const args of [['--help'], []]) expect((await zh(args)).words, args.join(' ')).toEqual([]);
    for (const c of COMMANDS) {
      const r = await zh([c.name, '--help']);
      expect(r.code, c.name).toBe(0);
      expect(r.stdout).toContain('用法：dra ');
      expect(r.words, c.name).toEqual([]);
    }
    const unknown = await zh(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('没有「frobnicate」这个命令');
    expect(unknown.words).toEqual([]);
  });

  it('a typical success of each command', { timeout: 180_000 }, async () => {
    const f = fixtures();
    const ann = join(tmp, 'announcement.json');
    const rec = join(tmp, 'record.json');
    const successes: Array<[string, Promise<{ code: number; words: string[]; stdout: string; stderr: string }>]> = [
      ['check', zh(['check', SAMPLE])],
      ['rules', zh(['rules'])],
      ['profile', zh(['profile', 'new', '--document', 'docs/policy/wuwei-2023.txt', '--id', 'wuwei-2023', '--place', '无为市', '--title', '无为市2023年度工作计划', '--set', 'plan.rate.general-bounds.maxPercent', '--quote', '原则上一般检查事项抽查比例不高于10%', '--out', join(tmp, 'wuwei.json')])],
      ['contribute', zhData(['contribute'])],
      ['import', zh(['import', 'tests/fixtures/registries/bad-check-digit.csv', '--kind', 'objects'])],
      ['audit', zh(['audit', 'verify', f.exported, '--archive', f.archive])],
      ['archive', zh(['archive', 'list', '--archive', f.archive])],
      ['install-native-host', zh(['install-native-host', '--extension-id', 'a'.repeat(32), '--browser', 'chromium', '--user-data-dir', join(tmp, 'udd'), '--launcher-dir', join(tmp, 'launcher'), '--archive', f.archive])],
    ];
    for (const [name, p] of successes) {
      const r = await p;
      expect(r.code, `${name}: ${r.stderr}`).toBeLessThan(2);
      expect(r.words, `${name}: ${r.stdout}\n${r.stderr}`).toEqual([]);
    }
    // The draw flow in its order: announce, draw, verify, a preview; then unregister.
    const flow: Array<[string, string[], boolean]> = [
      ['announce', ['announce', ...regs, '--plan', `${D}/plan.json`, '--randomness', f.randomness, '--out', ann], false],
      ['draw', ['draw', ...regs, '--announcement', ann, '--public-value', 'lottery=3 0 7', '--reveal', 'notary=秘密-1', '--log', join(tmp, 'audit.jsonl'), '--out', rec], false],
      ['verify', ['verify', rec, ...regs, '--announcement', ann], false],
      ['draw (preview to stdout)', ['draw', ...regs, '--plan', `${D}/plan.json`, '--seed', '演示', '--log', join(tmp, 'audit.jsonl')], true],
      ['uninstall-native-host', ['uninstall-native-host', '--browser', 'chromium', '--user-data-dir', join(tmp, 'udd'), '--launcher-dir', join(tmp, 'launcher')], false],
    ];
    for (const [name, args, data] of flow) {
      const r = await (data ? zhData(args) : zh(args, ['lottery', 'notary']));
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.words, `${name}: ${r.stdout}\n${r.stderr}`).toEqual([]);
    }
    // A record that differs says what differs, in words.
    const bad = await zh(['verify', rec, '--objects', `${D}/inspectors.json`, '--inspectors', `${D}/inspectors.json`, '--announcement', ann]);
    expect(bad.code).toBeGreaterThan(0);
    expect(bad.words, bad.stdout + bad.stderr).toEqual([]);
  });

  it('a typical error of each command: exit 2, a reason in Chinese', { timeout: 120_000 }, async () => {
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{ "id": ');
    const errors: Array<[string, string[]]> = [
      ['check', ['check']],
      ['check', ['check', broken]],
      ['check', ['check', SAMPLE, '--as-of', '明天']],
      ['check', ['check', SAMPLE, '--frobnicate']],
      ['rules', ['rules', '--profile', 'nowhere']],
      ['profile', ['profile', 'frob']],
      ['schema', ['schema', '--frob']],
      ['announce', ['announce', ...regs]],
      ['contribute', ['contribute', '--value']],
      ['draw', ['draw', ...regs, '--announcement', broken, '--seed', 'S']],
      ['draw', ['draw', ...regs, '--plan', broken, '--seed', 'S', '--log', join(tmp, 'e.jsonl')]],
      ['verify', ['verify']],
      ['audit', ['audit', 'verify', broken]],
      ['sandbox', ['sandbox', '--port', '七']],
      ['import', ['import', 'tests/fixtures/registries/bad-check-digit.csv']],
      ['archive', ['archive', 'list', '--archive', join(tmp, 'none')]],
      ['install-native-host', ['install-native-host', '--browser', 'chromium']],
      ['install-native-host', ['install-native-host', '--extension-id', 'x']],
      ['uninstall-native-host', ['uninstall-native-host', '--browser', 'netscape']],
      ['--lang', ['check', '--lang', 'fr']],
    ];
    const seen = new Set<string>();
    for (const [name, args] of errors) {
      const r = await zh(args);
      seen.add(name);
      expect(r.code, `${args.join(' ')}: ${r.stdout}${r.stderr}`).toBe(2);
      expect(r.stderr.trim().length, args.join(' ')).toBeGreaterThan(0);
      expect(r.words, `${args.join(' ')}: ${r.stderr}`).toEqual([]);
    }
    // A well-formed file of the wrong shape: each field named in Chinese, zod's reason in Chinese too
    // (not its zh-CN locale's "期望 number <=100"); the keys are the file's own names, said back.
    const shapeless = join(tmp, 'shapeless-request.json');
    writeFileSync(shapeless, JSON.stringify({ year: '二〇二六', inspectorsPerObject: 120, ratePercent: 5 }));
    const keys = ['taskId', 'year', 'departments', 'inspectorsPerObject', 'ratePercent'];
    const shape = await zh(['draw', ...regs, '--plan', shapeless, '--seed', 'S'], keys);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toContain('任务编号（taskId）：未填写（应为文本）');
    expect(shape.stderr).toContain('年度（year）：应为数字，实为文本');
    expect(shape.stderr).toContain('整个文件：有无法识别的字段：ratePercent');
    expect(shape.words, shape.stderr).toEqual([]);
    // Every command but the host the browser starts (below, as a process) has its error here.
    expect(COMMANDS.map((c) => c.name).filter((n) => !seen.has(n))).toEqual(['native-host']);
  });

  it('the same lines in English with --lang en', async () => {
    const r = await runCli(['check', '--lang', 'en']);
    expect(r.stderr).toContain('dra check: no file given');
    expect((await runCli(['--lang=en', '--help'])).stdout).toContain('Commands:');
  });

  it('the host the browser starts and the sandbox, as processes', { timeout: 120_000 }, async () => {
    const run = (args: string[], until?: RegExp) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ['bin/dra.mjs', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        const read = (d: Buffer) => {
          out += d;
          if (until?.test(out)) child.kill();
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.stdin.end();
        child.on('close', (code) => resolve({ code, out }));
      });
    const noArchive = await run(['native-host']);
    expect(noArchive.code).toBe(2);
    expect(cliWords(noArchive.out), noArchive.out).toEqual([]);
    const served = await run(['native-host', '--archive', join(tmp, 'host-archive')]);
    expect(served.out).toContain('处理 0 条消息');
    expect(cliWords(served.out), served.out).toEqual([]);
    const sandbox = await run(['sandbox', '--port', '0', '--data', join(tmp, 'sandbox')], /关闭此窗口/);
    expect(sandbox.out).toMatch(/沙盒平台：http:\/\/127\.0\.0\.1:\d+/);
    expect(cliWords(sandbox.out), sandbox.out).toEqual([]);
  });
});
