// Intermediate test vectors for docs/draw-spec.md, computed by the engine: `npx tsx scripts/draw-spec-vectors.ts`
// rewrites tests/draw/spec-vectors.json; tests/draw/spec-vectors.test.ts checks the doc quotes them.
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { canonicalJson, commitContribution, deriveSeed, previewSeed, rowsHash, roundHalfUp, sampleIndices, sha256, Stream, toHex, objectLine, inspectorLine, prepareInputs } from '../src/core/draw';

const seed = previewSeed('demo');
const words = (() => {
  const s = new Stream(seed, 'objects');
  return Array.from({ length: 10 }, () => s.u32().toString(16).padStart(8, '0'));
})();
const objects = [
  { id: 'O2', name: '乙餐饮店', uscc: '92440300MA5F00002X', creditClass: 'B', industry: '餐饮服务', checksThisYear: 1 },
  { id: 'O1', name: '甲食品有限公司', uscc: '91440300MA5F00001Y', creditClass: 'A', industry: '食品生产', flags: { abnormal: true } },
];
const inspectors = [{ id: 'I1', name: '张三', licenceNumber: '44030012345', departmentId: 'SCJG', registryKind: 'qualified', conflicts: ['O2'] }];
const p = prepareInputs(objects, inspectors, { taskId: 'T', year: 2026, departments: ['SCJG'], rate: 50, inspectorsPerObject: 1 });
const vectors = {
  canonicalJson: { value: { b: [1, 2.5, true, null], a: '双\n"随机"', c: { z: 0, y: -0 } }, text: canonicalJson({ b: [1, 2.5, true, null], a: '双\n"随机"', c: { z: 0, y: -0 } }) },
  rows: { objectLines: p.objects.map(objectLine), inspectorLines: p.inspectors.map(inspectorLine), objectsHash: p.hashes.objectsHash, inspectorsHash: p.hashes.inspectorsHash, requestHash: p.hashes.requestHash, request: canonicalJson(p.request) },
  previewSeed: { text: 'demo', seed: toHex(seed) },
  derivedSeed: { announcementHash: sha256('announcement'), publicValues: ['3 0 7'], contributions: ['notary-secret'], seed: toHex(deriveSeed(sha256('announcement'), ['3 0 7'], ['notary-secret'])) },
  contribution: { value: 'notary-secret', commitment: commitContribution('notary-secret') },
  stream: { seed: toHex(seed), label: 'objects', stageKey: sha256Hex([...seed, ...new TextEncoder().encode('objects')]), firstWords: words },
  ints: (() => {
    const s = new Stream(seed, 'objects');
    return { n: [10, 3, 1, 1000000, 4294967295], values: [10, 3, 1, 1000000, 4294967295].map((n) => s.int(n)) };
  })(),
  sample: { n: 100, k: 8, indices: sampleIndices(new Stream(seed, 'objects'), 100, 8) },
  rounding: [[50, 5], [49, 5], [1000, 2.5], [7, 0.1], [333, 33.3333], [1, 50]].map(([n, r]) => ({ n, rate: r, target: roundHalfUp(n, r) })),
  empty: { rowsHash: rowsHash([]) },
};
function sha256Hex(bytes: number[]) {
  return createHash('sha256').update(Buffer.from(bytes)).digest('hex') as string;
}
if (process.argv.includes('--print')) console.log(JSON.stringify(vectors));
else {
  writeFileSync(new URL('../tests/draw/spec-vectors.json', import.meta.url), `${JSON.stringify(vectors, null, 2)}\n`);
  console.log('wrote tests/draw/spec-vectors.json');
}
