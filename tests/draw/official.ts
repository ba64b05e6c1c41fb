/** Official draws for tests: an announcement naming one public value and one committed contribution, then the draw. */
import { announce, commitContribution, drawOfficial, type DrawParams, type DrawRequestInput } from '../../src/core/draw';
import { nodeListHasher } from '../../src/helper/node-hash';

export const SECRET = 'notary-7f3a9c1e5b2d4086';

export function officialDraw(objects: unknown[], inspectors: unknown[], request: DrawRequestInput, params: DrawParams, o: { publicValue?: string; secret?: string; attempt?: number; reason?: string } = {}) {
  const secret = o.secret ?? SECRET;
  const announcement = announce(objects, inspectors, request, {
    profile: { id: 'baseline', params },
    randomness: { publicValues: [{ id: 'lottery', source: '福彩3D 第2026320期开奖号码', availableAfter: '2026-11-20' }], contributions: [{ id: 'notary', holder: '公证处', commitment: commitContribution(secret) }] },
    attempt: o.attempt,
    reason: o.reason,
    now: () => new Date('2026-11-19T02:00:00Z'),
    hashList: nodeListHasher,
  });
  const record = drawOfficial(objects, inspectors, { announcement, publicValues: { lottery: o.publicValue ?? '3 0 7' }, contributions: { notary: secret }, now: () => new Date('2026-11-20T08:00:00Z'), hashList: nodeListHasher });
  return { announcement, record };
}
