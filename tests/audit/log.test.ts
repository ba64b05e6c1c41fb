import { describe, expect, it } from 'vitest';
import { nextEntry, verifyChain, type AuditEntry } from '../../src/core/audit';
import { fixtureRandom } from '../../src/sandbox/generate-registries';

function log(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = 0; i < n; i++) out.push(nextEntry(out[i - 1], i % 3 ? 'draw-rerun' : 'submit-with-findings', { task: `RW-${i}`, reason: `理由 ${i}`, rules: ['plan.schedule.end-by'] }, `2026-11-23T08:${String(i % 60).padStart(2, '0')}:00Z`));
  return out;
}

describe('hash-chained audit log', () => {
  it('a log as written verifies, and its head is the last hash', () => {
    const l = log(50);
    expect(verifyChain(l)).toEqual({ ok: true, length: 50, head: l[49].hash });
    expect(verifyChain([])).toMatchObject({ ok: true, length: 0 });
  });

  it('names the first broken link for each kind of tampering', () => {
    const l = log(10);
    const edited = structuredClone(l);
    edited[4].data.reason = '改过的理由';
    expect(verifyChain(edited)).toMatchObject({ ok: false, brokenAt: 4, reason: expect.stringMatching(/changed/) });
    expect(verifyChain([...l.slice(0, 3), ...l.slice(4)])).toMatchObject({ ok: false, brokenAt: 3 });
    expect(verifyChain([l[0], l[2], l[1], ...l.slice(3)])).toMatchObject({ ok: false, brokenAt: 1 });
    expect(verifyChain(l.slice(0, 7), { length: 10, head: l[9].hash })).toMatchObject({ ok: false, reason: expect.stringMatching(/ends before/) });
  });

  it('detects 1,000 random tamperings (edit, delete, reorder, truncate, rehash-one)', () => {
    const r = fixtureRandom(99);
    const base = log(40);
    const head = { length: base.length, head: base[base.length - 1].hash };
    let detected = 0;
    for (let k = 0; k < 1000; k++) {
      const l = structuredClone(base);
      const i = r.int(l.length);
      switch (k % 5) {
        case 0:
          l[i].data.reason = `${l[i].data.reason}!`;
          break;
        case 1:
          l.splice(i, 1);
          break;
        case 2: {
          const j = (i + 1 + r.int(l.length - 1)) % l.length;
          [l[i], l[j]] = [l[j], l[i]];
          break;
        }
        case 3:
          l.length = i;
          break;
        case 4: {
          // A forger who edits an entry and recomputes its own hash still breaks the next link (or the head).
          l[i].at = '2026-01-01T00:00:00Z';
          l[i] = nextEntry(l[i - 1], l[i].kind, l[i].data, l[i].at);
          break;
        }
      }
      if (!verifyChain(l, head).ok) detected++;
    }
    expect(detected).toBe(1000);
  });
});
