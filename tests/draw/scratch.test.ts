/**
 * The draw's working arrays are reused from one draw to the next (src/core/draw/scratch.ts): a draw must
 * give the same result whatever ran before it (larger or smaller registries, other modes), and nothing a
 * draw returns may be a view of a working array that the next draw overwrites.
 */
import { describe, expect, it, vi } from 'vitest';
import { prepareInputs, previewSeed, runDraw, Stream } from '../../src/core/draw';
import { overColumns } from '../../src/core/draw/prepared-draw';
import { drawRanks } from '../../src/core/draw/ranks';
import { fixtureRandom } from '../../src/sandbox/generate-registries';
import { baselineParams } from './fixtures';
import { randomRequest, registries } from './random-cases';

type DrawModule = typeof import('../../src/core/draw');
type PreparedModule = typeof import('../../src/core/draw/prepared-draw');

/** Both object stages of one case, with the given modules (fresh ones have never drawn before). */
function drawWith(d: DrawModule, p: PreparedModule, reg: ReturnType<typeof registries>[number], i: number) {
  const req = randomRequest(fixtureRandom(500 + i), i);
  try {
    const prep = d.prepareInputs(reg.objects, reg.inspectors, req);
    const s = d.previewSeed(`scratch-${i}`);
    return JSON.stringify([d.runDraw(s, prep.objects, prep.inspectors, prep.request, baselineParams), d.runDraw(s, prep.objects, prep.inspectors, prep.request, baselineParams, p.overColumns(prep.columns))]);
  } catch (e) {
    return `refused: ${(e as Error).message}`;
  }
}

describe('working arrays reused between draws', () => {
  it('each draw gives the same result after other draws (other sizes and modes) as in another order', { timeout: 120_000 }, async () => {
    const regs = registries(8);
    const cases = Array.from({ length: 40 }, (_, i) => i);
    const run = async (order: number[]) => {
      vi.resetModules();
      const d = (await import('../../src/core/draw')) as DrawModule;
      const p = (await import('../../src/core/draw/prepared-draw')) as PreparedModule;
      const out: string[] = [];
      // Registries of 20 to 200 objects taken in turn: each draw follows a larger or a smaller one.
      for (const i of order) out[i] = drawWith(d, p, regs[(i * 5) % regs.length], i);
      return out;
    };
    const forward = await run(cases);
    const backward = await run([...cases].reverse());
    expect(backward).toEqual(forward);
    expect(forward.filter((a) => !a.startsWith('refused')).length).toBeGreaterThan(20);
  });

  it('the excluded ranks a draw returns are its own: a later draw does not change them', () => {
    const [reg] = registries(1);
    const objects = reg.objects.map((o, k) => ({ ...o, checksThisYear: k % 2 ? 5 : 0 }));
    const req = { taskId: 'T', year: 2026, departments: ['SCJG'], rate: 10, inspectorsPerObject: 2 };
    const p = prepareInputs(objects, reg.inspectors, req);
    const first = drawRanks(new Stream(previewSeed('a'), 'objects'), p.columns, p.request, baselineParams);
    const excluded = [...first.excluded];
    expect(excluded.length).toBeGreaterThan(0);
    const other = prepareInputs(objects.map((o) => ({ ...o, checksThisYear: 0 })), reg.inspectors, req);
    runDraw(previewSeed('b'), other.objects, other.inspectors, other.request, baselineParams, overColumns(other.columns));
    drawRanks(new Stream(previewSeed('c'), 'objects'), other.columns, other.request, baselineParams);
    expect([...first.excluded]).toEqual(excluded);
  });
});
