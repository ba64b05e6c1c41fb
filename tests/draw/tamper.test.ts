/** Every tamper case of tests/draw/tamper.ts is refused by the engine's verifier, and by `dra verify` (exit 1 or 2). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draw, verifyRecord } from '../../src/core/draw';
import { runCli } from '../helper/run-cli';
import { baselineParams, request, smallInspectors, smallObjects } from './fixtures';
import { officialDraw } from './official';
import { TAMPERS, type Case } from './tamper';

const objects = smallObjects(300, 5) as unknown as Case['objects'];
const inspectors = smallInspectors(30, 6) as unknown as Case['inspectors'];
const official = officialDraw(objects, inspectors, request(), baselineParams);
const genuine: Record<'official' | 'preview', Case> = {
  official: { record: official.record, objects, inspectors, announcement: official.announcement },
  preview: { record: draw(objects, inspectors, request(), baselineParams, { kind: 'preview', seed: 'tamper-preview' }), objects, inspectors },
};
const dir = mkdtempSync(join(tmpdir(), 'dra-tamper-'));

async function cliVerify(c: Case, name: string) {
  const f = (n: string, v: unknown) => (writeFileSync(join(dir, `${name}-${n}.json`), JSON.stringify(v)), join(dir, `${name}-${n}.json`));
  const args = ['verify', f('record', c.record), '--objects', f('objects', c.objects), '--inspectors', f('inspectors', c.inspectors)];
  if (c.announcement) args.push('--announcement', f('announcement', c.announcement));
  return runCli(args);
}

describe('genuine records verify', () => {
  it.each(['official', 'preview'] as const)('%s', async (kind) => {
    const c = genuine[kind];
    expect(verifyRecord(c.record, c.objects, c.inspectors, { announcement: c.announcement, params: baselineParams })).toEqual({ verified: true, kind, differences: [] });
    const r = await cliVerify(c, `genuine-${kind}`);
    expect([r.code, r.stdout]).toEqual([0, expect.stringContaining('复核一致')]);
  });
});

describe('every tamper case is refused', () => {
  const cases = TAMPERS.flatMap((t) => t.kinds.map((k) => [t.id, k, t] as const));
  it.each(cases)('%s (%s)', { timeout: 60_000 }, async (id, kind, t) => {
    const c = t.apply(structuredClone(genuine[kind]));
    const v = verifyRecord(c.record, c.objects, c.inspectors, { announcement: c.announcement, params: baselineParams });
    expect(v.verified).toBe(false);
    const r = await cliVerify(c, `${id}-${kind}`);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/复核不一致|格式有误|不是可识别的抽取记录|对照当时公布的公告复核/);
  });
});
