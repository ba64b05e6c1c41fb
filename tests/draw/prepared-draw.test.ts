/**
 * The draw over a prepared registry runs its object stage over the columns input preparation derived
 * (prepared-draw.ts) instead of over the objects (drawObjects): the result must be the same, or the same
 * refusal, for every mode of request, on random registries and odd rows.
 */
import { describe, expect, it } from 'vitest';
import { DrawError, prepareInputs, previewSeed, runDraw, type DrawParams, type DrawRequestInput } from '../../src/core/draw';
import { overColumns } from '../../src/core/draw/prepared-draw';
import { fixtureRandom } from '../../src/sandbox/generate-registries';
import { baselineParams } from './fixtures';
import { randomRequest, registries } from './random-cases';

function outcome(f: () => unknown): unknown {
  try {
    return { result: f() };
  } catch (e) {
    if (!(e instanceof DrawError)) throw e;
    return { refused: e.code, message: e.message };
  }
}

/** Both object stages on the same prepared inputs, seed and parameters. */
function bothWays(objects: unknown, inspectors: unknown, request: DrawRequestInput, params: DrawParams, seed: string) {
  const p = prepareInputs(objects, inspectors, request);
  const s = previewSeed(seed);
  return {
    overObjects: outcome(() => runDraw(s, p.objects, p.inspectors, p.request, params)),
    overColumns: outcome(() => runDraw(s, p.objects, p.inspectors, p.request, params, overColumns(p.columns))),
  };
}

describe('the draw over prepared columns gives the draw over objects', () => {
  it('on random registries and requests of every mode (rates, counts, classes, joint, directed, key item)', { timeout: 120_000 }, () => {
    const regs = registries(10);
    const r = fixtureRandom(4242);
    let drawn = 0;
    let refused = 0;
    for (let i = 0; i < 400; i++) {
      const reg = regs[r.int(regs.length)];
      // Odd rows too: checked often (excluded unless high risk or special), a count past 32 bits, special
      // by the flag alone (an industry the profile does not name), no industry.
      const objects = reg.objects.map((o, k) => {
        const odd = k % 7 === 0 ? { ...o, checksThisYear: [2, 3, 2 ** 32 + 1, 0][k % 4] } : o;
        return k % 5 === 0 ? { ...odd, industry: k % 2 ? '批发业' : undefined, specialIndustry: k % 3 === 0 } : odd;
      });
      const params = { ...baselineParams, maxChecksPerYear: 1 + r.int(3), highRatePercent: [0, 20, 50][r.int(3)] };
      const { overObjects, overColumns } = bothWays(objects, reg.inspectors, randomRequest(r, i), params, `seed-${i}`);
      expect(overColumns).toEqual(overObjects);
      if ('result' in (overObjects as object)) drawn++;
      else refused++;
    }
    expect(drawn).toBeGreaterThan(200); // the comparison saw real draws, and refusals too
    expect(refused).toBeGreaterThan(0);
  });

  it('refuses columns that are not those of the objects', () => {
    const reg = registries(1)[0];
    const p = prepareInputs(reg.objects, reg.inspectors, { taskId: 'T', year: 2026, departments: ['SCJG'], rate: 10, inspectorsPerObject: 2 });
    expect(() => runDraw(previewSeed('x'), p.objects.slice(1), p.inspectors, p.request, baselineParams, overColumns(p.columns))).toThrow(/columns hold/);
  });
});
