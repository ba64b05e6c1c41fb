import { drawIndexedPreview } from '../src/core/draw/indexed';
import { generateInspectors } from '../src/sandbox/generate-registries';
import { provinceColumns } from './draw-province';
import { DEPTS, PARAMS, REQUEST } from './draw-workload';
import { drawRanks } from '../src/core/draw/ranks';
import { ranksToFetch, indexedResult } from '../src/core/draw/indexed';
import { resultBytes } from '../src/core/draw/result-bytes';
import { hashResult } from '../src/core/draw/result-json';
import { previewSeed, Stream } from '../src/core/draw';
const c = provinceColumns(5_000_000);
const inspectors = generateInspectors(500, DEPTS, 4, 1000);
const idAt = (rank: number) => `O${String(rank).padStart(9, '0')}`;
const T = async (label: string, f: () => any) => { const t = performance.now(); const r = await f(); console.log(label, (performance.now() - t).toFixed(0)); return r; };
for (let k = 0; k < 3; k++) {
  await T('whole', () => drawIndexedPreview(c, inspectors, REQUEST, PARAMS, { seed: 's' + k, idsAt: async (r) => Array.from(r, idAt) }));
  const seed = previewSeed('x' + k);
  const ranked = await T(' ranks', () => drawRanks(new Stream(seed, 'objects'), c, REQUEST, PARAMS));
  const wanted = await T(' toFetch', () => ranksToFetch(ranked));
  const ids = await T(' ids', () => Array.from(wanted, idAt));
  const result = await T(' result', () => indexedResult(seed, c, ranked, wanted, ids, inspectors, REQUEST, PARAMS));
  const bytes = await T(' bytes', () => resultBytes(result));
  await T(' decode', () => new TextDecoder().decode(bytes));
  await T(' hash', async () => (await hashResult(bytes)).resultHash);
  console.log(' drawn', result.objectIds.length, 'bytes', bytes.length);
}
