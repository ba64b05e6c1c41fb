/**
 * The independent verifier (verifier/dra_verify.py: Python, standard library only, written from
 * docs/draw-spec.md) against the engine: it must verify every golden case and 1,000 random records,
 * recompute each one's resultHash and recordHash byte for byte, and refuse every tampered copy.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draw } from '../../src/core/draw';
import { baselineParams } from './fixtures';
import { GOLDEN_CASES, goldenInputs } from './golden-cases';
import { genuineCases, writeCases } from './random-cases';
import { officialDraw } from './official';
import { TAMPERS, type Case } from './tamper';

const VERIFIER = 'verifier/dra_verify.py';
const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });

interface Outcome {
  name: string;
  verified: boolean;
  kind?: string;
  refused?: string;
  differences?: string[];
  recomputed?: { resultHash: string; recordHash: string } | null;
}

function runBatch(cases: Array<Case & { name: string; registry?: string }>): Map<string, Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'dra-pyverify-'));
  writeCases(dir, cases);
  const r = spawnSync('python3', [VERIFIER, '--batch', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`dra_verify.py failed: ${r.stderr}`);
  return new Map(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Outcome).map((o) => [o.name, o]));
}

describe('the Python verifier agrees with the engine', () => {
  it('python3 is there (the README test command needs it)', () => {
    expect(python.status, 'python3 --version').toBe(0);
  });

  it('every golden case, preview and official: verified, same resultHash and recordHash', { timeout: 300_000 }, () => {
    const golden = JSON.parse(readFileSync(new URL('./golden.json', import.meta.url), 'utf8')) as Array<{ name: string; recordHash: string }>;
    const cases = GOLDEN_CASES.flatMap((g) => {
      const { objects, inspectors } = goldenInputs(g);
      const o = objects as unknown as Case['objects'];
      const i = inspectors as unknown as Case['inspectors'];
      const preview = draw(objects, inspectors, g.request, baselineParams, { kind: 'preview', seed: g.seed });
      const official = officialDraw(objects, inspectors, g.request, baselineParams, { publicValue: g.seed.length % 10 + ' 0 7' });
      return [
        { name: `${g.name} (preview)`, registry: `golden-${g.name}`, record: preview, objects: o, inspectors: i },
        { name: `${g.name} (official)`, registry: `golden-${g.name}`, record: official.record, announcement: official.announcement, objects: o, inspectors: i },
      ];
    });
    const out = runBatch(cases);
    for (const c of cases) {
      const o = out.get(c.name)!;
      expect(o, c.name).toMatchObject({ verified: true, kind: c.record.kind, recomputed: { resultHash: c.record.resultHash, recordHash: c.record.recordHash } });
    }
    expect(cases.filter((c) => c.record.kind === 'preview').map((c) => c.record.recordHash)).toEqual(golden.map((g) => g.recordHash));
  });

  it('1,000 random records: verified byte for byte; every tamper case refused', { timeout: 900_000 }, () => {
    const genuine = genuineCases(1000, baselineParams);
    expect(genuine.filter((c) => c.record.kind === 'official').length).toBeGreaterThan(300);
    // Tampering needs something drawn and something not: cases of a fair size.
    const bases = genuine.filter((c) => c.record.result.objectIds.length > 0 && c.record.result.objectIds.length < c.objects.length - 5).slice(0, 60);
    const tampered = bases.flatMap((c, k) =>
      TAMPERS.filter((t) => t.kinds.includes(c.record.kind) && (k < 30 || t.id !== 'result-swapped')).map((t) => ({ ...t.apply(structuredClone({ ...c, registry: undefined })), name: `${c.name} ~ ${t.id}`, registry: undefined })),
    );
    const out = runBatch([...genuine, ...tampered]);
    const wrong = genuine.filter((c) => {
      const o = out.get(c.name);
      return !o || !o.verified || o.recomputed?.recordHash !== c.record.recordHash || o.recomputed?.resultHash !== c.record.resultHash;
    });
    expect(wrong.map((c) => [c.name, out.get(c.name)])).toEqual([]);
    const accepted = tampered.filter((c) => out.get(c.name)?.verified !== false);
    expect(accepted.map((c) => c.name)).toEqual([]);
    expect(new Set(tampered.map((c) => c.name.split(' ~ ')[1]))).toEqual(new Set(TAMPERS.map((t) => t.id)));
  });

  it('the command line: exit 0 verified, 1 not verified, 2 bad input', { timeout: 120_000 }, () => {
    const [c] = genuineCases(1, baselineParams).map((x) => ({ ...x, name: 'one' }));
    const dir = mkdtempSync(join(tmpdir(), 'dra-pycli-'));
    writeCases(dir, [c, { ...c, name: 'bad', record: { ...c.record, recordHash: '0'.repeat(64) } }]);
    const files = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Array<Record<string, string>>;
    const args = (f: Record<string, string>) => [VERIFIER, join(dir, f.record), '--objects', join(dir, f.objects), '--inspectors', join(dir, f.inspectors), ...(f.announcement ? ['--announcement', join(dir, f.announcement)] : [])];
    const ok = spawnSync('python3', args(files[0]), { encoding: 'utf8' });
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringMatching(/^kind: (official|preview)\nverified/)]);
    expect(spawnSync('python3', args(files[1]), { encoding: 'utf8' }).status).toBe(1);
    const bad = spawnSync('python3', [VERIFIER, join(dir, 'cases.json'), '--objects', join(dir, files[0].objects), '--inspectors', join(dir, files[0].inspectors)], { encoding: 'utf8' });
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringMatching(/bad input/)]);
  });
});
