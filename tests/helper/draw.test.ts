import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const F = 'tests/fixtures/draw';
const tmp = mkdtempSync(join(tmpdir(), 'dra-draw-'));
const base = ['--objects', `${F}/objects.json`, '--inspectors', `${F}/inspectors.json`, '--plan', `${F}/plan.json`];

describe('dra draw / dra verify', () => {
  it('draws with a seed, writes the record, and verify says "verified"', async () => {
    const out = join(tmp, 'rec.json');
    const d = await runCli(['draw', ...base, '--seed', 'cli-seed', '--kind', 'official', '--out', out]);
    expect(d.code).toBe(0);
    expect(d.stderr).toMatch(/正式抽取 \/ OFFICIAL draw/);
    const rec = JSON.parse(readFileSync(out, 'utf8'));
    expect(rec.seed).toBe('cli-seed');
    const v = await runCli(['verify', out, '--objects', `${F}/objects.json`, '--inspectors', `${F}/inspectors.json`]);
    expect(v.stdout).toMatch(/^verified/);
    expect(v.code).toBe(0);
  });

  it('--commit publishes the commitment before drawing and reveals the seed in the record', async () => {
    const d = await runCli(['draw', ...base, '--commit']);
    expect(d.code).toBe(0);
    const rec = JSON.parse(d.stdout);
    expect(d.stderr).toContain(`commitment (SHA-256 of the seed): ${rec.commitment}`);
    expect(rec.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(rec.timestamps.committedAt).toBeDefined();
    expect(rec.kind).toBe('preview');
    expect(d.stderr).toMatch(/PREVIEW, not binding/);
  });

  it('verify fails, naming what differs, when a result byte or an input changes', async () => {
    const d = await runCli(['draw', ...base, '--seed', 'tamper']);
    const rec = JSON.parse(d.stdout);
    rec.result.assignments[0].inspectorIds.reverse();
    const p = join(tmp, 'tampered.json');
    writeFileSync(p, JSON.stringify(rec));
    const v = await runCli(['verify', p, '--objects', `${F}/objects.json`, '--inspectors', `${F}/inspectors.json`]);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/NOT verified/);
    expect(v.stdout).toMatch(/recordHash/);
    expect(v.stdout).toMatch(/result\.assignments\[0\]\.inspectorIds\[0\]/);

    const objects = JSON.parse(readFileSync(`${F}/objects.json`, 'utf8'));
    objects[0].checksThisYear = 2;
    const o = join(tmp, 'objects-changed.json');
    writeFileSync(o, JSON.stringify(objects));
    const orig = join(tmp, 'orig.json');
    writeFileSync(orig, d.stdout);
    const v2 = await runCli(['verify', orig, '--objects', o, '--inspectors', `${F}/inspectors.json`]);
    expect(v2.code).toBe(1);
    expect(v2.stdout).toMatch(/inputs\.objectsHash/);
  });

  it.each([
    ['no seed', ['draw', ...base], /give --seed S, or --commit/],
    ['a missing plan', ['draw', '--objects', `${F}/objects.json`, '--inspectors', `${F}/inspectors.json`, '--seed', 's'], /--plan FILE is required/],
    ['a rate outside 0–100', ['draw', ...base.slice(0, 4), '--plan', 'PLAN_BAD', '--seed', 's'], /request do not match[\s\S]*classRates\.D/],
    ['too few inspectors', ['draw', ...base.slice(0, 4), '--plan', 'PLAN_FIVE', '--seed', 's'], /cannot draw: .*each object needs 20/],
    ['a malformed record', ['verify', 'tests/fixtures/sample-plan.json', '--objects', `${F}/objects.json`, '--inspectors', `${F}/inspectors.json`], /NOT verified[\s\S]*malformed/],
  ])('%s: a clear message', async (_n, args, message) => {
    const plan = JSON.parse(readFileSync(`${F}/plan.json`, 'utf8'));
    writeFileSync(join(tmp, 'bad.json'), JSON.stringify({ ...plan, classRates: { ...plan.classRates, D: 130 } }));
    writeFileSync(join(tmp, 'nine.json'), JSON.stringify({ ...plan, joint: false, departments: ['SCJG'], inspectorsPerObject: 20 }));
    const a = (args as string[]).map((x) => (x === 'PLAN_BAD' ? join(tmp, 'bad.json') : x === 'PLAN_FIVE' ? join(tmp, 'nine.json') : x));
    const r = await runCli(a);
    expect(r.code).toBe(a[0] === 'verify' ? 1 : 2);
    expect(r.stderr + r.stdout).toMatch(message as RegExp);
    if (a[0] === 'draw') expect(r.stdout).toBe('');
  });
});
